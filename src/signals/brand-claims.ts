import type { CompiledRules } from "../rules/compile";
import { foldSpaced, isAsciiWordChar } from "../rules/normalize";
import type { Original } from "../original/types";

/** Where a mail says it is from a brand; earlier entries weigh more. */
export type ClaimPlace = "display_name" | "subject" | "logo" | "body";

export type BrandClaim = { brand: number; place: ClaimPlace; quote: string };

/** Brands the mail claims to be, strongest place first, at most one claim per brand. */
export type BrandClaims = BrandClaim[];

/** How much of the body is searched for brand names (claims sit at the top of a mail). */
const BODY_CLAIM_CHARS = 4000;

function brandsIn(rules: CompiledRules, text: string): Map<number, string> {
  const found = new Map<number, string>();
  if (!text) return found;
  const folded = foldSpaced(text);
  rules.nameMatcher.scan(folded, (id, end) => {
    const brand = rules.nameBrand[id]!;
    if (found.has(brand)) return;
    const start = end - rules.nameMatcher.patternLength(id);
    if (rules.nameIsLatin[id] && (isAsciiWordChar(folded.charCodeAt(start - 1)) || isAsciiWordChar(folded.charCodeAt(end)))) return;
    found.set(brand, folded.slice(start, end));
  });
  return found;
}

/**
 * Where the mail claims to be a brand. A brand named in the subject counts only when the mail
 * also talks like a service notice (some pressure or credential phrase): "Re: Google? Not in
 * China" on a mailing list is talk about Google, not mail claiming to be Google.
 */
export function findBrandClaims(rules: CompiledRules, original: Original, talksLikeNotice: boolean): BrandClaims {
  const claims: BrandClaims = [];
  const seen = new Set<number>();
  const places: [ClaimPlace, string][] = [
    ["display_name", original.from?.name ?? ""],
    ["subject", talksLikeNotice ? original.subject : ""],
    ["logo", original.imageAlts.join("\n")],
    ["body", original.text.slice(0, BODY_CLAIM_CHARS)],
  ];
  for (const [place, text] of places) {
    for (const [brand, quote] of brandsIn(rules, text)) {
      if (seen.has(brand)) continue;
      seen.add(brand);
      claims.push({ brand, place, quote });
    }
  }
  return claims;
}

/** Claims strong enough to call an unofficial sender an impersonation (not a passing mention in the body). */
export function strongClaims(claims: BrandClaims): BrandClaims {
  return claims.filter((c) => c.place !== "body");
}
