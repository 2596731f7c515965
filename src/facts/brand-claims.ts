import { insideNotName, NAME_DASHES, officialBrand, type CompiledRules } from "../rules/compile";
import { isAsciiWordChar, nfkc } from "../text/normalize";
import { folded } from "./folded";
import type { Original } from "../original/types";
import { latinLookalikes, letterSwaps } from "../text/confusables";
import { unmask } from "./disguise";
import { imitatedBrand, senderBrand, type SenderFacts } from "./domain-facts";
import { greetingBrand, letterhead, ownBusinessName, subjectSenderForm } from "./claim-places";
import { spelledApart } from "../text/strings";
import { echoedNameClaim } from "./name-echo";

/** Where a mail says it is from a brand; earlier entries weigh more. */
export type ClaimPlace = "display_name" | "subject" | "logo" | "letterhead" | "greeting" | "body";

/**
 * `strong`: the display name, a logo, or a subject in a mail that talks like a service notice.
 * A subject merely in notice form ("Apple: …", "【りそな銀行】…") is a weak claim on its own.
 */
export type BrandClaim = {
  brand: number;
  place: ClaimPlace;
  quote: string;
  strong: boolean;
  /** named only in disguised letters ("Apܿplܿe", "WaIIet") */
  disguised?: boolean;
  /** a weak claim of the kind shops and news write too (a picture, a first line, a "Name: …" headline) */
  shopLike?: boolean;
};

/** Brands the mail claims to be, strongest place first, at most one claim per brand. */
export type BrandClaims = BrandClaim[];

/** How much of the body is searched for brand names (claims sit at the top of a mail). */
const BODY_CLAIM_CHARS = 4000;

export function brandsIn(rules: CompiledRules, text: string): Map<number, string> {
  const found = new Map<number, string>();
  if (!text) return found;
  const f = folded(text);
  const spaced = f.spaced;
  rules.latinNames.scan(spaced, (id, end) => {
    const brand = rules.latinNameBrand[id]!;
    const start = end - rules.latinNames.patternLength(id);
    if (found.has(brand) || isAsciiWordChar(spaced.charCodeAt(start - 1)) || isAsciiWordChar(spaced.charCodeAt(end))) return;
    if (insideNotName(spaced, start, rules.latinNameNot[id])) return;
    found.set(brand, spaced.slice(start, end));
  });
  // (The compact fold is not made for text where no name in another script can be: plain ASCII.)
  if (!rules.scriptNames.mayMatchIn(spaced)) return found;
  const compact = f.compact;
  rules.scriptNames.scan(compact, (id, end) => {
    const brand = rules.scriptNameBrand[id]!;
    const start = end - rules.scriptNames.patternLength(id);
    if (!found.has(brand) && !insideNotName(compact, start, rules.scriptNameNot[id])) found.set(brand, compact.slice(start, end));
  });
  return found;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * Brands named by a short name ("au", "ANA", "ETC") in a place that says who the mail is from. Written
 * as the brand writes it, as a whole word, and either in Japanese text ("auからのお知らせ",
 * "ETCメッセージ") or as the only Latin word there ("ANA"): "Service au client", "Ana Silva" and
 * "ANA SILVA" are not the brand.
 */
export function shortNamesIn(rules: CompiledRules, text: string): Map<number, string> {
  const found = new Map<number, string>();
  if (!text || rules.shortNames.size === 0) return found;
  const plain = nfkc(text.slice(0, 300));
  if (!hasShortName(rules, plain)) return found;
  const words = [...plain.matchAll(/[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*/g)];
  if (words.length !== 1 && !JAPANESE.test(plain)) return found;
  for (const m of words) {
    const b = rules.shortNames.get(m[0]);
    if (b === undefined || found.has(b)) continue;
    // Not inside another's name that contains it (auショップ山田店 is a shop, not KDDI).
    const inside = (rules.brands[b]!.notNames ?? []).some((n) => {
      const [nn, dashless] = [n.normalize("NFKC").replace(NAME_DASHES, " "), plain.replace(NAME_DASHES, " ")];
      for (let at = dashless.indexOf(nn); at >= 0; at = dashless.indexOf(nn, at + 1)) if (at <= m.index && m.index < at + nn.length) return true;
      return false;
    });
    if (!inside) found.set(b, m[0]);
  }
  return found;
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether a short name may be one of the words shortNamesIn reads (runs of Latin letters and digits
 * with a letter in them): a short name standing in `plain` with no letter or digit either side. Most
 * places hold none, and then the words are not listed. (Exact: a word that is a short name is such an
 * occurrence. A true answer only sends the text on to the full reading.)
 */
function hasShortName(rules: CompiledRules, plain: string): boolean {
  for (const n of rules.shortNames.keys())
    for (let at = plain.indexOf(n); at >= 0; at = plain.indexOf(n, at + 1))
      if (!isAsciiAlnum(plain.charCodeAt(at - 1)) && !isAsciiAlnum(plain.charCodeAt(at + n.length))) return true;
  return false;
}

/**
 * Brands in a display name or subject, also when written as one word ("TrustWallet") or in
 * disguised letters ("Apܿplܿe ID", "Trust WaIIet", "lRS.GOV"); the latter are marked.
 */
function brandsInName(rules: CompiledRules, text: string): Map<number, { quote: string; disguised: boolean }> {
  const found = new Map<number, { quote: string; disguised: boolean }>();
  if (!text) return found;
  for (const [b, quote] of brandsIn(rules, text)) found.set(b, { quote, disguised: false });
  const plain = unmask(text);
  for (const word of plain.toLowerCase().split(/[^a-z0-9]+/)) {
    const b = word.length >= 6 ? rules.joinedNames.get(word) : undefined;
    if (b !== undefined && !found.has(b)) found.set(b, { quote: word, disguised: plain !== text });
  }
  const read = [text];
  for (const v of [plain, ...letterSwaps(plain)]) {
    if (v === text) continue;
    read.push(v);
    for (const [b, quote] of brandsIn(rules, v)) if (!found.has(b)) found.set(b, { quote, disguised: true });
  }
  // Written apart in other ways: "Albert-Heijn", "CenterParcsActies", "D P D Versand". (Not searched
  // again when it reads the same as a text already searched: every brand there is already found.)
  const apart = spelledApart(plain);
  if (!read.includes(apart)) for (const [b, quote] of brandsIn(rules, apart)) if (!found.has(b)) found.set(b, { quote, disguised: false });
  for (const [b, quote] of shortNamesIn(rules, text)) if (!found.has(b)) found.set(b, { quote, disguised: false });
  return found;
}

/**
 * Image texts of badges and icons: they name a brand without the mail being it ("Follow us on
 * Facebook", "Download on the App Store", "We accept Visa", "Sent with Mailchimp").
 */
const BADGE = /\b(?:follow|like us|find us|join us|connect with|share|tweet|icon|download|get it on|available on|app ?store|google play|play store|badge|pay with|we accept|accepted|payment|powered by|sent with|sent via|mailchimp)\b|フォロー|アイコン|シェア|ダウンロード|公式アカウント|お支払い/i;

/**
 * Social networks: their names in a mail's images are its "follow us" icons unless they come first,
 * and even first only when the sender's name or the subject names the network too (a text newsletter
 * whose only images are its footer icons starts with one; the body is no witness, as the icons' alt
 * texts are read into it).
 */
const SOCIAL = "social";

/**
 * The image texts that present the mail as someone's: its masthead, the first images. Images further
 * down are content and footers — product pictures, "follow us" icons, app-store badges, payment
 * logos, a mail service's credit — which name brands without the mail being them. A row of icons
 * (images next to each other naming different brands) is a footer or share bar wherever it stands.
 */
export function mastheadAlts(rules: CompiledRules, alts: string[], words = ""): string[] {
  const brandOf = (alt: string | undefined) => (alt === undefined ? undefined : brandsIn(rules, latinLookalikes(alt)).keys().next().value);
  const first = alts.slice(0, 3).map(brandOf);
  const out: string[] = [];
  for (let i = 0; i < Math.min(2, alts.length); i++) {
    const alt = alts[i]!;
    if (BADGE.test(alt)) continue;
    const b = first[i];
    if (b !== undefined) {
      const neighbours = [first[i - 1], first[i + 1]].filter((n) => n !== undefined && n !== b);
      // Three brands in the first three images, or the second image a different brand from its neighbours: a row.
      if (i === 0 ? neighbours.length > 0 && first[2] !== undefined && first[2] !== first[1] && first[2] !== b : neighbours.length > 0) continue;
      if (rules.brands[b]!.category === SOCIAL && (i > 0 || !brandsIn(rules, latinLookalikes(words)).has(b))) continue;
    }
    out.push(alt);
  }
  return out;
}

/** Brands whose official sites serve the mail's remote images (at most a few looked at; badges and icons aside). */
function hotlinkedBrands(rules: CompiledRules, sources: string[]): Map<number, string> {
  const found = new Map<number, string>();
  for (const src of sources.slice(0, 50)) {
    if (/badge|icon|social|app-?store|google-?play|play-?store|footer|payment/i.test(src)) continue;
    const host = /^https?:\/\/([^/?#:@\s]+)/i.exec(src)?.[1]?.toLowerCase();
    if (!host) continue;
    const b = officialBrand(rules, host);
    if (b !== undefined && !found.has(b)) found.set(b, host);
  }
  return found;
}

/**
 * False when the display name also names the sender's own organisation ("Lockergnome Apple Core"
 * from lockergnome.com): a newsletter about a brand, signed by who really sends it. A domain that
 * itself looks like a brand (amazon.shop) doesn't count as "its own organisation".
 */
function namesOtherThanSender(sender: SenderFacts, text: string): boolean {
  if (!sender) return true;
  const name = nfkc(text).toLowerCase().replace(/[^a-z0-9]/g, "");
  if (!name) return true;
  const f = sender.facts;
  const label = f.info.label.replace(/[^a-z0-9]/g, "");
  return !(label.length >= 4 && name.includes(label) && imitatedBrand(f) === undefined && !f.freemail) && !ownBusinessName(sender, text);
}

/**
 * "Kurier DPD (via Poczta Allegro)" from allegromail.pl: a marketplace or sharing service passing on
 * a message from someone (a shop, a courier, a colleague). Who the mail is from is the service,
 * named after "via" and matching the sender's domain; the name before it is not a claim to be the
 * sender. Any other display name is returned as it is.
 */
export function relayedName(sender: SenderFacts, name: string): string {
  const m = /^(.{1,80}?)\s*[(（](?:via|über|par|por|через|経由)\s+([^()（）]{1,60})[)）]\s*$/i.exec(name.slice(0, 200));
  if (!m || !sender || sender.facts.freemail || imitatedBrand(sender.facts) !== undefined) return name;
  const label = sender.facts.info.label.toLowerCase().replace(/[^a-z0-9]/g, "");
  const via = nfkc(m[2]!).toLowerCase();
  const words = via.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
  const official = senderBrand(sender.facts);
  const names = official === undefined ? [] : [sender.facts.info.label];
  return words.some((w) => label.includes(w.replace(/[^a-z0-9]/g, "") || "\u0000")) || names.some((n) => via.replace(/[^a-z0-9]/g, "").includes(n)) ? m[2]! : name;
}

/**
 * The sender's own masthead (or first line: ownLine): co-branded with its own domain's name, itself no brand's ("Microsoft
 * × Sansan" from sansan.com), it claims no brand; under a brand's own sender's From name ("LINEギフト") the next image is content.
 */
const namesSender = (rules: CompiledRules, sender: SenderFacts, text: string) =>
  !!sender && senderBrand(sender.facts) === undefined && !namesOtherThanSender(sender, text) && brandsInName(rules, sender.facts.info.label).size === 0;
const ownLine = (rules: CompiledRules, sender: SenderFacts, line: string) => (namesSender(rules, sender, line) ? "" : line);
function ownMasthead(rules: CompiledRules, sender: SenderFacts, name: string, alts: string[]): string[] {
  if (!sender || alts.length < 2) return alts;
  if (senderBrand(sender.facts) === undefined) return alts.slice(0, 2).some((alt) => namesSender(rules, sender, alt)) ? [] : alts;
  const plain = (s: string) => nfkc(s).toLowerCase().replace(/\s+/g, "");
  const first = plain(alts[0]!);
  return first.length >= 2 && first === plain(name) ? alts.slice(0, 1) : alts;
}

/**
 * Where the mail claims to be a brand. A brand named in the subject counts when the subject is
 * in the form of a notice from it ("【りそな銀行】…", "PayPal: …"), or when the mail also talks like
 * a service notice (some pressure or credential phrase): "Re: Google? Not in China" on a
 * mailing list is talk about Google, not mail claiming to be Google.
 */
export function findBrandClaims(rules: CompiledRules, original: Original, sender: SenderFacts, talksLikeNotice: boolean): BrandClaims {
  const claims: BrandClaims = [];
  const seen = new Set<number>();
  const name = relayedName(sender, original.from?.name ?? "");
  const { text: noticeForm, prefixOnly } = subjectSenderForm(original.subject);
  const greeting = greetingBrand(original.text);
  const places: [ClaimPlace, string, boolean][] = [
    ["display_name", namesOtherThanSender(sender, name) ? latinLookalikes(name) : "", true],
    ["subject", latinLookalikes(!namesOtherThanSender(sender, original.subject) ? "" : talksLikeNotice ? original.subject : noticeForm), talksLikeNotice],
    ["logo", mastheadAlts(rules, ownMasthead(rules, sender, name, original.imageAlts), `${name}\n${original.subject}`).join("\n"), true],
    // A first line naming a brand is a claim when the mail talks like a notice; a shop's newsletter
    // opening with a product ("Apple Watch Series 9") is not one, nor one naming the sender too ("Microsoft × Sansan").
    ["letterhead", ownLine(rules, sender, letterhead(original.text)), talksLikeNotice],
    ["greeting", greeting, true],
    ["body", withoutReaders(original.text.slice(0, BODY_CLAIM_CHARS), original.recipients), false],
  ];
  for (const [place, text, strong] of places) {
    const named = place !== "greeting" && place !== "body";
    const found = named ? brandsInName(rules, text) : new Map([...brandsIn(rules, text)].map(([b, quote]) => [b, { quote, disguised: false }]));
    if (place === "greeting") for (const [b, quote] of shortNamesIn(rules, text)) if (!found.has(b)) found.set(b, { quote, disguised: false });
    for (const [brand, { quote, disguised }] of found) {
      if (seen.has(brand)) continue;
      seen.add(brand);
      const shopLike = !strong && (place === "logo" || place === "letterhead" || (place === "subject" && prefixOnly));
      claims.push(disguised ? { brand, place, quote, strong: true, disguised } : shopLike ? { brand, place, quote, strong, shopLike } : { brand, place, quote, strong });
    }
    // Images hot-linked from a brand's own site dress the mail in the brand's look. A weak claim on
    // its own: deal newsletters show shop images too — but then their links go to the shop.
    if (place === "logo")
      for (const [brand, host] of hotlinkedBrands(rules, original.imageSources ?? [])) {
        if (seen.has(brand)) continue;
        seen.add(brand);
        claims.push({ brand, place, quote: host, strong: false, shopLike: true });
      }
  }
  // "Ledger" in the display name, "Ledger Live" in the text: the display name claims the brand (facts/name-echo).
  const echo = echoedNameClaim(rules, places[0]![1], claims, sender?.facts.info.label ?? "", original.links);
  if (echo === undefined) return claims;
  return [{ brand: echo, place: "display_name", quote: places[0]![1].trim(), strong: true }, ...claims.filter((c) => c.brand !== echo)];
}

/**
 * The text with the reader's own addresses blanked: "hanako@gmail.com 様" at the top of a shop's
 * newsletter is the reader, not the mail talking about Google.
 */
function withoutReaders(text: string, readers: readonly string[]): string {
  if (!text.includes("@")) return text;
  let out = text;
  // The text lower-cased once, and again only after a reader's address was blanked in it.
  let lower: string | undefined;
  for (const r of readers) {
    if (!r.includes("@")) continue;
    lower ??= out.toLowerCase();
    // (Lower-casing keeps the length of almost every text; where it does not, only exact matches are found.)
    const hay = lower.length === out.length ? lower : out;
    for (let i = hay.indexOf(r); i >= 0; i = hay.indexOf(r, i + r.length)) {
      out = out.slice(0, i) + " ".repeat(r.length) + out.slice(i + r.length);
      lower = undefined;
    }
  }
  return out;
}

/** Claims strong enough to call an unofficial sender an impersonation (not a passing mention in the body). */
export function strongClaims(claims: BrandClaims): BrandClaims {
  return claims.filter((c) => c.place !== "body");
}
