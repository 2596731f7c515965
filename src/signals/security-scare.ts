import { reason } from "../reasons/catalogue";
import { securityScare } from "../facts/security-scare";
import { linksHome } from "../facts/links-home";
import { domainFacts } from "../facts/domain-facts";
import { lureCanApply, strangerLink, strangerSiteCount } from "../facts/stranger-link";
import { hostInfo, linkHost } from "../text/host";
import type { Signal, SignalContext } from "./types";

/**
 * The fake antivirus alarm (src/facts/security-scare.ts) with a link to a stranger's site:
 * suspicious. A security company has you renew on its own site, from its own domain (a brand's own
 * mail is left to the other signals, lureCanApply); a reseller's reminder links to the reseller (its
 * own domain is no stranger's unless the mail plays the security company itself: facts/security-scare), and one
 * that links to its sender's own site or its own place on a service (an IT department's portal) is no alarm from a
 * stranger (linksHome); a tech newsletter that writes about infections
 * links to many sites — more than two strangers' sites is a digest. Not on a mailing list.
 */
export function securityScareSignals({ original, rules, sender }: SignalContext): Signal[] {
  if (!lureCanApply(original, sender, rules)) return [];
  const scare = securityScare(original, sender);
  if (!scare) return [];
  // The impostor's own domain is a stranger's too: the first link that is no brand's site nor a tracker.
  const stranger =
    strangerLink(rules, original, sender) ??
    (scare.impostor
      ? original.links.find((l) => {
          const host = /^(?:https?:)?\/\//i.test(l.href.trim()) ? linkHost(l.href) : null;
          const f = host ? domainFacts(rules, host) : undefined;
          return !!f && f.official === undefined && !f.mailService;
        })
      : undefined);
  if (!stranger) return [];
  // A sender that also sends its reader home is a reseller, an IT department, a provider (facts/links-home).
  if (!scare.impostor && linksHome(rules, original, sender)) return [];
  const words = scare.words;
  if (strangerSiteCount(rules, original, sender) > 2) return [];
  return [reason("security_scare", { words: words.slice(0, 80), url: stranger.href.slice(0, 200), domain: hostInfo(linkHost(stranger.href) ?? "").host })];
}
