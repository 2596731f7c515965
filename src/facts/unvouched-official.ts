import { hasHeader } from "./headers";
import type { CompiledRules } from "../rules/compile";
import type { Link, Original } from "../original/types";
import { linkHost } from "../text/host";
import { domainFacts, senderBrand, type SenderFacts } from "./domain-facts";

/**
 * A brand's real address in From that nothing vouches for, in a mail that does not lead to the brand:
 * no authentication results came with it (an inline forward dropped them, or none were ever added),
 * and it has web links, none of which goes to any brand's official site, a host named after the
 * sender's brand (its campaign site, or a lookalike other signals tell), a mail service's click
 * tracker, a host the admins vouch for (free hosting aside: anyone can put a page there), or a
 * government's site (a bank's notice pointing to the deposit insurer or the regulator: no one else
 * can put a page under go.jp or gov.uk). A
 * brand's own notice or campaign, headers stripped, still sends its reader to the brand's site or
 * through its tracker. Returns the first web link (the one the mail leads with), else undefined.
 */
export function unvouchedOfficialLink(rules: CompiledRules, original: Original, sender: SenderFacts): Link | undefined {
  const brand = sender ? senderBrand(sender.facts) : undefined;
  if (!sender || brand === undefined) return undefined;
  if (hasHeader(original.headers, "authentication-results") || hasHeader(original.headers, "arc-authentication-results")) return undefined;
  let first: Link | undefined;
  for (const l of original.links) {
    if (!/^https?:\/\//i.test(l.href.trim())) continue;
    const host = linkHost(l.href);
    if (!host) continue;
    const f = domainFacts(rules, host);
    if (f.official !== undefined || f.mailService || (f.allowed && !f.hosting) || f.brandToken?.brand === brand || governmentHost(host)) return undefined;
    first ??= l;
  }
  return first;
}

/**
 * A sender's mailbox that speaks for an organisation ("noreply", "notificacoes", "service", "support",
 * "security", "customercare"), not a person's (taro.yamada, tim.one): what a forged brand notice uses.
 */
const ROLE_WORD =
  /^(?:no-?reply|noresponder|naoresponder|nao-?responda|do-?not-?reply|donotreply|reply|notifica\w*|notification\w*|alert\w*|aviso\w*|info|service\w*|servicio|kundenservice|support|help|contato|contact|message\w*|mailer|news\w*|security|secure|account\w*|customer\w*|billing|update\w*|confirm\w*|verif\w*|team|admin|online)$/i;

export function roleMailbox(address: string): boolean {
  const local = address.slice(0, address.lastIndexOf("@")).toLowerCase();
  return local.split(/[._+-]/).some((w) => ROLE_WORD.test(w)) || ROLE_WORD.test(local.replace(/[._+-]/g, ""));
}

/** A government's own host (dic.go.jp, city.yokohama.lg.jp, irs.gov, gov.uk, service-public.gouv.fr): registered only by governments. */
const GOVERNMENT = /(?:^|\.)(?:go\.jp|lg\.jp|gov|mil|gov\.[a-z]{2}|gouv\.fr|gob\.[a-z]{2}|gc\.ca|admin\.ch|bund\.de|europa\.eu)$/i;

export function governmentHost(host: string): boolean {
  return GOVERNMENT.test(host);
}
