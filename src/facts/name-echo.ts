import type { CompiledRules } from "../rules/compile";
import { officialBrand } from "../rules/compile";
import { nfkc } from "../text/normalize";
import { linkHost } from "../text/host";
import { domainFacts, imitatedBrand } from "./domain-facts";

/**
 * A display name that is only the first word of a brand's name ("Ledger", "LEDGER" for Ledger Live /
 * Ledger Wallet), in a mail that names the brand in full (subject or body): the sender calls itself by
 * the brand's short name and the text says which brand — a claim to be it, as strong as the full name
 * in the display name. The word alone is no claim (a ledger is also a book, The Ledger a newspaper):
 * the display name must be that one word and nothing else, of 4 letters or more, and the brand's
 * full name must stand in the mail. Only for wallets, exchanges and streaming services, whose names'
 * first words are names of their own (Ledger, Trezor, Phantom, Peacock), not the ordinary words that
 * begin many banks' and shops' names (Royal Mail, Home Depot, Office 365); and not when the sender's
 * own domain carries the word (a company called that, writing about the brand), nor when one of the
 * mail's links goes to a host that carries it and is not the brand's own (the namesake's own site on
 * a platform: peacock-boutique.myshopify.com, siriusband.bandcamp.com, ledgernotes.substack.com —
 * a shop, band or newsletter of that name, sent through the platform's mail). Returns the
 * brand, whose display-name claim replaces the weaker one (facts/brand-claims).
 */
const CATEGORIES = new Set(["crypto", "streaming"]);

export function echoedNameClaim(rules: CompiledRules, displayName: string, claims: readonly { brand: number; place: string }[], senderLabel: string, links: readonly { href: string }[] = []): number | undefined {
  const word = nfkc(displayName).trim().replace(/[.!:,;]+$/, "").toLowerCase();
  if (word.length < 4 || !/^\p{L}+$/u.test(word)) return undefined;
  if (claims.some((c) => c.place === "display_name") || senderLabel.toLowerCase().includes(word)) return undefined;
  for (const c of claims) {
    if ((c.place !== "subject" && c.place !== "body" && c.place !== "letterhead") || !CATEGORIES.has(rules.brands[c.brand]!.category)) continue;
    const full = rules.brands[c.brand]!.names.en.some((n) => {
      const parts = nfkc(n).toLowerCase().split(/\s+/);
      return parts.length >= 2 && parts[0] === word;
    });
    if (full) return namesakeSite(rules, word, links) ? undefined : c.brand;
  }
  return undefined;
}

/** A link to a host carrying the word that is neither a brand's own site nor a lookalike of one: the namesake's own site. */
function namesakeSite(rules: CompiledRules, word: string, links: readonly { href: string }[]): boolean {
  return links.some((l) => {
    const host = linkHost(l.href)?.toLowerCase();
    return !!host && host.includes(word) && officialBrand(rules, host) === undefined && imitatedBrand(domainFacts(rules, host)) === undefined;
  });
}
