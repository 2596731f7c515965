import type { Original } from "../original/types";
import type { CompiledRules } from "../rules/compile";
import { brandsIn, type BrandClaims } from "./brand-claims";

/** How much of the text is read: as much as the body's brand claim reads. */
const READ = 4000;

/** Links, addresses and host names in the text ("info@kimura-apple-farm.jp", "rakuten-point-info.com/mypage"). */
const ADDRESSES = /\S*[\w-]\.[a-z]{2,}(?:[/?#]\S*)?/gi;

/**
 * Whether the mail names the brand in its own words — "楽天ポイント 12,480ポイントが失効", "Your PayPal
 * account access is limited" — not only inside an address, a link or a host name (its own address in its
 * footer) nor inside the sender's own name signing it ("Apple Tree Dental"). A company whose domain merely
 * holds a brand's word never speaks of the brand; a scam on such a domain does, below its neutral
 * display name (red team 8: rakuten-point-info.com under "ポイント事務局").
 */
export function brandNamedInBody(rules: CompiledRules, original: Original, claims: BrandClaims, brand: number): boolean {
  if (!claims.some((c) => c.brand === brand && c.place === "body")) return false;
  const name = (original.from?.name ?? "").trim();
  let text = original.text.slice(0, READ).replace(ADDRESSES, " ");
  if (name.length >= 3) text = text.split(name).join(" ");
  return brandsIn(rules, text).has(brand);
}
