import { reason } from "../reasons/catalogue";
import { brandCallback } from "../facts/brand-callback";
import type { BrandClaims } from "../facts/brand-claims";
import type { SenderFacts } from "../facts/domain-facts";
import type { Original } from "../original/types";
import type { CompiledRules } from "../rules/compile";
import { lureMailCanApply } from "../facts/stranger-link";
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
export function securityScareSignals({ original, rules, sender, claims }: SignalContext): Signal[] {
  if (!original.links.some((l) => /^(?:https?:)?\/\//i.test(l.href.trim()))) return phoneScare(original, sender, claims, rules);
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

/**
 * The tech-support scam that has you call, not click ("Windows セキュリティ警告 … お使いのPCはウイルスに感染して
 * います … マイクロソフトサポート 050-…"): the alarm, no link at all, and a brand's or an antivirus name from a
 * domain that is no brand's with a phone number as the only answer (facts/brand-callback: no web or mail address,
 * the sender's own name nowhere in it) — not from the reader's own organisation (an IT desk that writes the same
 * words signs with its name or is the reader's own domain).
 */
function phoneScare(original: Original, sender: SenderFacts, claims: BrandClaims, rules: CompiledRules): Signal[] {
  if (!sender || !lureMailCanApply(original, sender, rules)) return [];
  const own = sender.facts.info.domain;
  if (original.recipients.some((r) => r.toLowerCase().endsWith(`@${own}`) || r.toLowerCase().endsWith(`.${own}`))) return [];
  const scare = securityScare(original, sender);
  if (!scare) return [];
  const found = brandCallback(original, sender, claims, false);
  return found ? [reason("security_scare", { words: scare.words.slice(0, 80), phone: found.phone })] : [];
}
