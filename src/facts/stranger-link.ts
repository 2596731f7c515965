import { hasHeader } from "./headers";
import type { CompiledRules } from "../rules/compile";
import type { Link, Original } from "../original/types";
import { linkHost } from "../text/host";
import { domainFacts, senderBrand, type SenderFacts } from "./domain-facts";
import { unvouchedOfficialLink } from "./unvouched-official";

/**
 * The first web link to a stranger's site: neither the sender's own domain (nor a domain of the same
 * name under another ending), nor a brand's official site, nor a mail service's click tracker —
 * where a shop, a lottery or a dating app's own mail does not send its readers.
 */
export function strangerLink(rules: CompiledRules, original: Original, sender: SenderFacts): Link | undefined {
  const own = sender?.facts.info;
  return original.links.find((l) => {
    const host = /^(?:https?:)?\/\//i.test(l.href.trim()) ? linkHost(l.href) : null;
    if (!host) return false;
    const f = domainFacts(rules, host);
    if (f.official !== undefined || f.mailService) return false;
    return !own || (f.info.domain !== own.domain && (f.info.label === "" || f.info.label !== own.label));
  });
}

/**
 * Whether a lure can be judged in this mail at all: it is no mailing list's post (a discussion may
 * quote the lure) and not from a brand's own domain (a brand's own mail is left to the other signals)
 * — unless nothing vouches for that address and no link goes to the brand (facts/unvouched-official):
 * then the address is only typed, and the lure is judged like anyone's.
 */
export function lureMailCanApply(original: Original, sender: SenderFacts, rules: CompiledRules): boolean {
  if (hasHeader(original.headers, "list-id")) return false;
  return !(sender && senderBrand(sender.facts) !== undefined) || unvouchedOfficialLink(rules, original, sender) !== undefined;
}

/**
 * Whether a lure that needs a stranger's link can be judged at all: the mail has links, and a lure
 * can be judged in it (lureMailCanApply: a brand's own campaign links to its own site).
 */
export function lureCanApply(original: Original, sender: SenderFacts, rules: CompiledRules): boolean {
  return original.links.length > 0 && lureMailCanApply(original, sender, rules);
}

/** How many strangers' sites the mail links to (its first 100 links): no brand's, no mail service's, not the sender's own. */
export function strangerSiteCount(rules: CompiledRules, original: Original, sender: SenderFacts): number {
  const strangers = new Set<string>();
  for (const l of original.links.slice(0, 100)) {
    const host = linkHost(l.href);
    const f = host ? domainFacts(rules, host) : undefined;
    if (f && f.official === undefined && !f.mailService && f.info.domain !== sender?.facts.info.domain) strangers.add(f.info.domain);
  }
  return strangers.size;
}
