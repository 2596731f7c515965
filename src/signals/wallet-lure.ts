import { reason } from "../reasons/catalogue";
import { walletLure } from "../facts/wallet-lure";
import { domainFacts } from "../facts/domain-facts";
import { lureCanApply, strangerLink } from "../facts/stranger-link";
import { hostInfo, linkHost } from "../text/host";
import type { Signal, SignalContext } from "./types";

/**
 * A crypto-wallet lure (src/facts/wallet-lure.ts) — tokens to claim, a wallet to verify, a recovery
 * phrase asked for — with a link to a stranger's site: suspicious. A wallet or exchange writes from
 * its own domain and links there; a news digest that mentions an airdrop links to many sites, the
 * lure to one: more than two strangers' sites is a digest. Not on a mailing list, not from a brand's
 * own domain.
 */
export function walletLureSignals({ original, rules, sender }: SignalContext): Signal[] {
  if (!lureCanApply(original, sender)) return [];
  const words = walletLure(original);
  if (!words) return [];
  const stranger = strangerLink(rules, original, sender);
  if (!stranger) return [];
  const strangers = new Set<string>();
  for (const l of original.links.slice(0, 100)) {
    const host = linkHost(l.href);
    const f = host ? domainFacts(rules, host) : undefined;
    if (f && f.official === undefined && !f.mailService && f.info.domain !== sender?.facts.info.domain) strangers.add(f.info.domain);
  }
  if (strangers.size > 2) return [];
  return [reason("wallet_lure", { words: words.slice(0, 60), url: stranger.href.slice(0, 200), domain: hostInfo(linkHost(stranger.href) ?? "").host })];
}
