import type { Original } from "../original/types";
import { hostInfo, linkHost } from "../text/host";
import type { CompiledRules } from "../rules/compile";
import { domainFacts, senderBrand, type SenderFacts } from "./domain-facts";

/** A link that only takes the reader off a list: a scam's own domain may carry one too. */
const UNSUBSCRIBE = /unsub|abmeld|abbestell|d[ée]sinscri|desabonn|opt-?out|darse de baja|uitschrijven/i;

/**
 * Whether the mail sends its reader to its sender's own site, or to the sender's own place on a service
 * (brightwater.service-now.com for brightwater-energy.com) — other than to leave a list. A reseller's
 * renewal links to its shop, an IT department's notice to its knowledge base or its service portal, a
 * provider's bot notice to its help pages, a shop's or a magazine's survey to its own pages beside the
 * survey platform; a lure sends its reader only to a stranger's site. Not from a free mailbox, and not
 * from a brand's own domain (a typed brand address links to the brand's real site to look like it:
 * such mail is judged by the callers' other tests).
 */
export function linksHome(rules: CompiledRules, original: Original, sender: SenderFacts): boolean {
  const own = sender?.facts.info;
  if (!sender || !own?.domain || sender.facts.freemail || senderBrand(sender.facts) !== undefined) return false;
  const label = own.label.toLowerCase().replace(/[^a-z0-9]/g, "");
  return original.links.slice(0, 100).some((l) => {
    const host = /^(?:https?:)?\/\//i.test(l.href.trim()) ? linkHost(l.href) : null;
    if (!host || UNSUBSCRIBE.test(l.href) || UNSUBSCRIBE.test(l.text)) return false;
    const info = hostInfo(host);
    if (info.domain === own.domain) return true;
    // The organisation's tenant on a business service: the host's first label names the sender (at least 4 letters shared from the start).
    // (Compared without hyphens: northwindit.myconnectwise.net for northwind-it.co.uk.)
    const tenant = (info.host.split(".")[0] ?? "").toLowerCase().replace(/[^a-z0-9]/g, "");
    if (info.host === info.domain || tenant.length < 4 || label.length < 4 || !(label.startsWith(tenant) || tenant.startsWith(label))) return false;
    // (A page on a free host named like the sender is anyone's: a business service's tenant is an account someone pays for.)
    const f = domainFacts(rules, host);
    return !f.hosting && !f.abusedTld && !f.shortener && !f.freemail;
  });
}
