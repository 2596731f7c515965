import { Matcher } from "./matcher";
import { foldCompact, foldSpaced } from "../text/normalize";
import type { Brand, Phrase, RuleSet } from "./schema";
import { deletions, skeleton } from "../text/confusables";
import { hostInfo } from "../text/host";

/**
 * A rule set turned into look-up structures: hash maps for domains, Aho–Corasick automata for
 * phrases, brand names and brand tokens. Built once per rules version per isolate.
 */
export type CompiledRules = {
  version: number;
  rules: RuleSet;
  brands: Brand[];
  /** Host or registrable domain → brand index, for the brands' official domains. */
  official: Map<string, number>;
  /** Official labels' skeletons with one character deleted → brand indexes (lookalike search). */
  lookalike: Map<string, number>;
  /** Official skeletons themselves (exact skeleton equality is the strongest lookalike). */
  officialSkeletons: Map<string, number>;
  /** Official labels as spelled (amazon, smbc-card): a foreign domain spelled the same is not a lookalike but a brand token. */
  officialLabels: Set<string>;
  /** Brand tokens ≥ 5 characters, matched inside domain labels. */
  tokenMatcher: Matcher;
  tokenBrand: number[];
  /** Brand tokens ≤ 4 characters, matched as whole labels or hyphen-separated parts. */
  shortTokens: Map<string, number>;
  /** Latin-script brand names (spaced fold), matched on word boundaries. */
  latinNames: Matcher;
  latinNameBrand: number[];
  /** Names of two or more words written as one ("TrustWallet", "Deutschebahn"), letters and digits only, ≥ 6 long. */
  joinedNames: Map<string, number>;
  /** Brand names in other scripts (compact fold: 三 井 住 友 still reads 三井住友), matched anywhere. */
  scriptNames: Matcher;
  scriptNameBrand: number[];
  /** Per Latin / script name id: other companies' longer names containing it (brand.notNames), folded the same way. */
  latinNameNot: NotName[][];
  scriptNameNot: NotName[][];
  /** Short names as written ("au", "ANA", "ETC") → brand: only the lone Latin word of a sender place (brand.shortNames). */
  shortNames: Map<string, number>;
  phraseMatcher: Matcher;
  phrases: Phrase[];
  abusedTlds: Set<string>;
  hosting: Set<string>;
  shorteners: Set<string>;
  mailServices: Set<string>;
  freemail: Set<string>;
  allow: Set<string>;
  block: Set<string>;
};

/** A longer name that contains a brand's name `at` characters in (アイフルホーム contains アイフル at 0). */
export type NotName = { text: string; at: number };

/**
 * Hyphens and dashes, read as the space they stand for when a longer name is compared: "Mercedes-Benz GLS",
 * "Mercedes‑Benz GLS" and "Mercedes Benz GLS" are one name, and the display name "GLS-Klasse" is read again
 * spelt apart ("GLS Klasse"). One character each way, so positions in the text stay where they are.
 */
export const NAME_DASHES = /[-\u2010-\u2015\u2212\ufe63\uff0d]/g;

function notNamesOf(brand: Brand, name: string, fold: (s: string) => string): NotName[] {
  const out: NotName[] = [];
  for (const n of brand.notNames ?? []) {
    const text = fold(n).trim().replace(NAME_DASHES, " ");
    const at = text.indexOf(name);
    if (at >= 0 && text !== name) out.push({ text, at });
  }
  return out;
}

/** True when the name found at [start, …) in `text` is part of one of `nots` there (its dashes read as spaces). */
export function insideNotName(text: string, start: number, nots: NotName[] | undefined): boolean {
  if (!nots?.length) return false;
  // (Only the stretch a longer name can cover is copied with its dashes as spaces: the text may be a whole body.)
  const longest = Math.max(...nots.map((n) => n.text.length));
  const from = Math.max(0, start - longest);
  const near = text.slice(from, start + longest).replace(NAME_DASHES, " ");
  return nots.some((n) => start - n.at >= 0 && near.startsWith(n.text, start - n.at - from));
}

export function compileRules(rules: RuleSet, version = 0): CompiledRules {
  const official = new Map<string, number>();
  const lookalike = new Map<string, number>();
  const officialSkeletons = new Map<string, number>();
  const officialLabels = new Set<string>();
  const tokens: string[] = [];
  const tokenBrand: number[] = [];
  const shortTokens = new Map<string, number>();
  const latinNames: string[] = [];
  const latinNameBrand: number[] = [];
  const scriptNames: string[] = [];
  const scriptNameBrand: number[] = [];
  const joinedNames = new Map<string, number>();
  const latinNameNot: NotName[][] = [];
  const scriptNameNot: NotName[][] = [];
  const shortNames = new Map<string, number>();

  // The first brand to claim a near-miss keeps it: one number per key keeps the index small.
  const addLookalike = (key: string, b: number) => {
    if (!lookalike.has(key)) lookalike.set(key, b);
  };

  rules.brands.forEach((brand, b) => {
    for (const d of brand.domains) {
      if (!official.has(d)) official.set(d, b);
      const { label } = hostInfo(d);
      officialLabels.add(label);
      // Only labels that carry the brand's own distinctive name are imitated: "amazon", "smbc-card";
      // not "service" (service.gov.uk) or "www", whose near-misses are ordinary words.
      const bare = label.replace(/-/g, "");
      if (!brand.tokens.some((t) => bare.includes(t))) continue;
      const sk = skeleton(label);
      if (sk.length >= 4 && !officialSkeletons.has(sk)) officialSkeletons.set(sk, b);
      // One character dropped from the label as written: a hyphen is a character too, so "e-nexco" is
      // one edit from "enexco" but two from "eneco" (a different company's name, not an imitation).
      if (sk.length >= 6) for (const del of deletions(skeleton(label, true))) addLookalike(del, b);
    }
    for (const t of brand.tokens) {
      if (t.length <= 4) shortTokens.set(t, b);
      else {
        tokens.push(t);
        tokenBrand.push(b);
      }
    }
    for (const n of [...brand.names.en, ...brand.names.ja]) {
      const folded = foldSpaced(n).trim();
      if (!folded) continue;
      if (/^[\x20-\x7e]+$/.test(folded)) {
        latinNames.push(folded);
        latinNameBrand.push(b);
        latinNameNot.push(notNamesOf(brand, folded, foldSpaced));
        const joined = folded.replace(/[^a-z0-9]/g, "");
        if (/[^a-z0-9]/.test(folded) && joined.length >= 6 && !joinedNames.has(joined)) joinedNames.set(joined, b);
      } else {
        scriptNames.push(foldCompact(n));
        scriptNameBrand.push(b);
        scriptNameNot.push(notNamesOf(brand, foldCompact(n), foldCompact));
      }
    }
    for (const n of brand.shortNames ?? []) if (!shortNames.has(n.normalize("NFKC"))) shortNames.set(n.normalize("NFKC"), b);
  });

  return {
    version,
    rules,
    brands: rules.brands,
    official,
    lookalike,
    officialSkeletons,
    officialLabels,
    tokenMatcher: new Matcher(tokens),
    tokenBrand,
    shortTokens,
    latinNames: new Matcher(latinNames),
    latinNameBrand,
    joinedNames,
    scriptNames: new Matcher(scriptNames),
    scriptNameBrand,
    latinNameNot,
    scriptNameNot,
    shortNames,
    phraseMatcher: new Matcher(rules.phrases.map((p) => foldCompact(p.text))),
    phrases: rules.phrases,
    abusedTlds: new Set(rules.abusedTlds),
    hosting: new Set(rules.hostingSuffixes),
    shorteners: new Set(rules.shorteners),
    mailServices: new Set(rules.mailServices),
    freemail: new Set(rules.freemailDomains),
    allow: new Set(rules.allowDomains),
    block: new Set(rules.blockDomains),
  };
}

/** Finds the first listed suffix of `host` in `set`: the host itself, then each parent (a.b.c.jp, b.c.jp, c.jp, jp). */
export function suffixIn(set: Set<string> | Map<string, unknown>, host: string): string | undefined {
  // A loop over the dots, not a generator: this runs several times for every host of a mail.
  for (let at = 0; ; ) {
    const h = at === 0 ? host : host.slice(at);
    if (set.has(h)) return h;
    const dot = host.indexOf(".", at);
    if (dot < 0) return undefined;
    at = dot + 1;
  }
}

/** The brand whose official domain covers `host`, if any. */
export function officialBrand(rules: CompiledRules, host: string): number | undefined {
  const hit = suffixIn(rules.official, host);
  return hit === undefined ? undefined : rules.official.get(hit);
}
