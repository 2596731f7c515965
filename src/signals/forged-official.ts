import { header } from "../mail/parse";
import { officialBrand } from "../rules/compile";
import { linkHost } from "./domain";
import { domainFacts, senderBrand } from "./domain-facts";
import type { Signal, SignalContext } from "./types";

/** Phrase kinds that ask the reader to sign in, confirm card details or pay. */
const ASKS = new Set(["credential", "payment"]);

/**
 * A brand's real address in From that nothing vouches for. A sender address is the one thing an
 * attacker can type freely; when no authentication result comes with the mail (none at all, or an
 * inline forward that dropped them), the links and the request decide: a mail "from" the brand's
 * own domain whose links all go elsewhere — shorteners or hosts that are not the brand's — and that
 * asks you to sign in, confirm card details or pay, is a forged official sender. A genuine notice
 * whose headers were stripped still links to the brand's own site, and is left alone. (When
 * authentication *fails* for an official domain, src/signals/auth.ts already says so.)
 */
export function forgedOfficialSignals({ original, rules, sender, phraseHits }: SignalContext): Signal[] {
  if (!sender) return [];
  const brand = senderBrand(sender.facts);
  if (brand === undefined) return [];
  const h = original.headers ? { headers: original.headers } : null;
  if (h && (header(h, "authentication-results") !== undefined || header(h, "arc-authentication-results") !== undefined)) return [];
  if (!phraseHits.some((id) => ASKS.has(rules.phrases[id]!.kind))) return [];
  const hosts = [...new Set(original.links.map((l) => linkHost(l.href)).filter((x): x is string => !!x))];
  if (hosts.length === 0 || hosts.some((host) => officialBrand(rules, host) === brand)) return [];
  const elsewhere = hosts.find((host) => domainFacts(rules, host).shortener) ?? hosts[0]!;
  const name = rules.brands[brand]!.names.en[0]!;
  return [{ code: "forged_official", severity: "high", points: 4, params: { brand: name, domain: sender.domain, url: original.links.find((l) => linkHost(l.href) === elsewhere)!.href } }];
}
