import { spec } from "../reasons/catalogue";
import { headText } from "../facts/head-text";
import type { CompiledRules } from "../rules/compile";
import { folded, type Folded } from "../facts/folded";
import { foldCompact, foldSpaced, isAsciiWordChar } from "../text/normalize";
import type { Original } from "../original/types";
import { domainFacts } from "../facts/domain-facts";
import type { Signal } from "../signals/types";
import { lookalikeTrick } from "./trick";

/**
 * What the reply needs beyond the evidence a signal found, looked up in the rules (never taken
 * from the mail): the brand's name as a Japanese reader knows it, the official domain a lookalike
 * imitates and how it differs, whether a shown address is really the brand's, and the kind of each
 * quoted phrase (a deadline is explained differently from a parcel on hold).
 */

const byEnglishName = new WeakMap<CompiledRules, Map<string, number>>();

function brandIndex(rules: CompiledRules, en: string): number | undefined {
  let map = byEnglishName.get(rules);
  if (!map) {
    map = new Map();
    for (const [i, b] of rules.brands.entries()) {
      const name = b.names.en[0];
      if (name && !map.has(name)) map.set(name, i);
    }
    byEnglishName.set(rules, map);
  }
  return map.get(en);
}

const HAS_KANJI_OR_KANA = /[\u3040-\u309f\u3400-\u4dbf\u4e00-\u9fff]/;

/** The mail's text where brand names are looked for: what the reader saw first. */
export function mailText(original: Original): string {
  return headText(original, BODY_CHARS, true);
}

const BODY_CHARS = 4000;
const mailFolds = new WeakMap<Original, Folded>();

/**
 * mailText(original) folded (facts/folded), assembled from its three lines' folds: the top of the
 * body is the text brand claims already folded (facts/folded keeps it during the analysis), so it is
 * not folded a second time. The same as folding the joined text: a line break is a space run of
 * its own to NFKC, lower-casing (no letter is cased across it) and the space collapse, which
 * only merges it with the spaces around it.
 */
export function mailFolded(original: Original): Folded {
  let f = mailFolds.get(original);
  if (!f) {
    const parts = [original.from?.name ?? "", original.subject, original.text.slice(0, BODY_CHARS)].map(folded);
    let spaced = parts[0]!.spaced;
    for (const p of parts.slice(1)) spaced = (spaced.endsWith(" ") ? spaced : `${spaced} `) + (p.spaced.startsWith(" ") ? p.spaced.slice(1) : p.spaced);
    f = { spaced, compact: parts.map((p) => p.compact).join("") };
    mailFolds.set(original, f);
  }
  return f;
}

/** Each brand's Japanese names that are not its Latin name plus words (Amazonプライム), and their compact folds. */
const ownNames = new WeakMap<CompiledRules, Map<number, { name: string; compact: string }[]>>();

function ownJapaneseNames(rules: CompiledRules, brand: number): { name: string; compact: string }[] {
  let byBrand = ownNames.get(rules);
  if (!byBrand) {
    byBrand = new Map();
    ownNames.set(rules, byBrand);
  }
  let own = byBrand.get(brand);
  if (!own) {
    const names = rules.brands[brand]!.names;
    const en = foldCompact(names.en[0]!);
    own = names.ja.map((name) => ({ name, compact: foldCompact(name) })).filter((n) => !n.compact.includes(en));
    byBrand.set(brand, own);
  }
  return own;
}

/**
 * The brand's name in a Japanese sentence: the Japanese name the mail itself used (ヤマト運輸,
 * 楽天, メルカリ, 三井住友カード), else the Latin name if the mail wrote that (Amazon, not アマゾン),
 * else its Japanese name when it has one in kanji (日本郵便), else the Latin name.
 * Names that only add to the Latin one (Amazonプライム) don't count as the Japanese name.
 * `text`: the mail's text, or its fold (mailFolded).
 */
export function japaneseName(rules: CompiledRules, brand: number, text: string | Folded): string {
  const names = rules.brands[brand]!.names;
  const en = names.en[0]!;
  const own = ownJapaneseNames(rules, brand);
  const { compact, spaced } = typeof text === "string" ? folded(text) : text;
  const used = own.find((n) => compact.includes(n.compact));
  if (used) return used.name;
  const word = (n: string) => {
    const f = foldSpaced(n);
    for (let i = spaced.indexOf(f); i >= 0; i = spaced.indexOf(f, i + 1))
      if (!isAsciiWordChar(spaced.charCodeAt(i - 1)) && !isAsciiWordChar(spaced.charCodeAt(i + f.length))) return true;
    return false;
  };
  if (names.en.some(word)) return en;
  return own.find((n) => HAS_KANJI_OR_KANA.test(n.name))?.name ?? en;
}

/**
 * Each phrase text's kind, as rules.phrases.find would give it: the first phrase with the text
 * (a later one with the same text is not put in), looked up instead of searched for.
 */
const kindsByText = new WeakMap<CompiledRules, Map<string, string | undefined>>();

function kindOf(rules: CompiledRules, text: string): string {
  let kinds = kindsByText.get(rules);
  if (!kinds) {
    kinds = new Map();
    for (const p of rules.phrases) if (!kinds.has(p.text)) kinds.set(p.text, p.kind);
    kindsByText.set(rules, kinds);
  }
  return kinds.get(text) ?? "";
}

/** Phrases whose kind explains a reason (see src/reasons/pressure.ts): the kinds of the quoted ones, in order. */
function phraseKinds(rules: CompiledRules, phrases: string): string {
  return phrases
    .split("\u0000")
    .map((t) => kindOf(rules, t))
    .join("\u0000");
}

/** Adds the reader-facing parameters to each signal (a copy; the signal's own evidence is unchanged). */
export function withReaderParams(signals: Signal[], rules: CompiledRules, original: Original): Signal[] {
  const nameJa = (b: number) => japaneseName(rules, b, mailFolded(original));
  return signals.map((s) => {
    const p = s.params;
    const extra: Record<string, string> = {};
    const b = p.brand !== undefined ? brandIndex(rules, p.brand) : undefined;
    if (b !== undefined) extra.brandJa = nameJa(b);
    const needs = spec(s.code).needs ?? [];
    if (needs.includes("trick") && b !== undefined && p.domain) {
      const t = lookalikeTrick(p.domain, rules.brands[b]!.domains);
      if (t) Object.assign(extra, t);
    }
    // A sender's punycode domain names a brand's real address only in looks: say how it differs.
    if (needs.includes("punycodeTrick") && b !== undefined && p.domain?.includes("xn--")) {
      const t = lookalikeTrick(p.domain, rules.brands[b]!.domains);
      if (t) Object.assign(extra, t);
    }
    if (needs.includes("shownLink") && p.shown && p.domain) {
      const shown = domainFacts(rules, p.shown);
      if (shown.official !== undefined) {
        extra.shownOfficial = "1";
        const target = domainFacts(rules, p.domain);
        if (target.lookalike === shown.official) {
          const t = lookalikeTrick(p.domain, rules.brands[shown.official]!.domains);
          if (t) Object.assign(extra, t);
        } else if (target.brandToken && target.info.domain !== target.info.host) extra.owner = target.info.domain;
      }
    }
    if (needs.includes("brandToken") && p.domain) {
      const f = domainFacts(rules, p.domain);
      const token = p.token ?? f.brandToken?.token;
      if (token) extra.token = token;
      if (token?.includes(".") && rules.official.has(token)) extra.tokenOfficial = "1";
      // The brand's name plus words (netflix-billing-support.com): the real address, and the words added to it.
      else if (token && b !== undefined) {
        const label = f.info.label;
        const parts = label.split("-");
        const at = parts.indexOf(token);
        const real = rules.brands[b]!.domains.find((d) => d.split(".")[0] === token);
        if (at >= 0 && parts.length > 1 && real) {
          extra.real = real;
          extra.added = parts.filter((_, i) => i !== at).join("-");
        }
      }
      // Who really owns the address: the registrable domain, or the page's own name on a hosting service.
      extra.owner = f.hosting ? `${f.info.host.slice(0, -f.hosting.length - 1).split(".").pop()}.${f.hosting}` : f.info.domain;
    }
    // The sender's own words for itself ("PayPal", "三井住友カード㈱") go into the reason that explains the
    // address, which makes the "name says X, address isn't X's" reason a repeat.
    if (needs.includes("senderName")) {
      const named = signals.find((x) => spec(x.code).namesSender && x.params.brand === p.brand);
      if (named?.params.name) extra.name = named.params.name;
    }
    if (p.phrases) extra.kinds = phraseKinds(rules, p.phrases);
    return Object.keys(extra).length ? { ...s, params: { ...p, ...extra } } : s;
  });
}

/** A notice the reply answers on its own: a sign-in alert (new device, unusual sign-in). */
const SIGN_IN_SUBJECT = /sign.?in|log.?in|new device|security alert|ログイン|サインイン|新しい(?:デバイス|端末)|セキュリティ(?:通知|アラート|警告)/i;
const SIGN_IN_PHRASE = /sign.?in|log.?in|device|ログイン|サインイン|端末|デバイス/i;

export function signInAlert(rules: CompiledRules, phraseHits: number[], original: Original): boolean {
  return SIGN_IN_SUBJECT.test(original.subject) || phraseHits.some((id) => rules.phrases[id]!.kind === "threat" && SIGN_IN_PHRASE.test(rules.phrases[id]!.text));
}
