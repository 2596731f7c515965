/**
 * The shape of a reason's declaration (see catalogue.ts). A leaf: imports nothing, so signals,
 * verdict and reply may all read it.
 */

export type Severity = "high" | "medium" | "low" | "info";

/** What a reason is about; a reply shows one reason per topic before a second of any. */
export type Topic = "sender" | "link" | "tracking" | "attachment" | "content" | "genuine" | "provider";

export type Bilingual = { ja: string; en: string };

/** A reason's evidence: raw strings from the mail and the rules, never defanged here. */
export type Params = Readonly<Record<string, string>>;

/**
 * What the reply layer hands each sentence: the means to quote evidence safely. Everything the mail's
 * sender controls comes out defanged; a brand's official domain (from the rules) as the reader knows it,
 * never clickable. A sentence only composes these; it never quotes a raw parameter.
 */
export type Kit = {
  /** An address from the mail, its domain as the reader saw it (punycode decoded), defanged. */
  addr(address: string | undefined): string;
  /** A host name from the mail as the reader saw it, defanged (anything that is no host name, as text). */
  host(domain: string | undefined): string;
  /** A URL from the mail, defanged and shortened. */
  url(url: string | undefined): string;
  /** Free text from the mail (a name, a subject, a file name): one line, at most 60 characters, defanged. */
  txt(text: string | undefined): string;
  /** A brand's official domain, from the rules: shown as written, never clickable. */
  official(domain: string | undefined): string;
  /** The brand as a Japanese sentence names it (ヤマト運輸: `brandJa`, else `brand`). */
  bj(p: Params): string;
  /** The brand as an English sentence names it (Yamato Transport: `brand`). */
  be(p: Params): string;
  /** The quoted phrases (`phrases`, NUL-separated): 「…」「…」 in Japanese, "…", "…" in English. */
  quotes(phrases: string | undefined, lang: keyof Bilingual): string;
  /** "Look closely: …": how a lookalike differs from the real address (`trick`), or nothing. */
  trick(p: Params): Bilingual;
};

/** Points: one figure, named levels the emitter chooses from, or "phrases" (the rule phrases' weights, capped). */
export type Points = number | Readonly<Record<string, number>> | "phrases";

/**
 * Reader-facing parameters the verdict looks up in the rules for a reason (src/verdict/evidence.ts):
 * - `trick`: how the lookalike `domain` differs from the brand's real address (`real`, `trick`);
 * - `punycodeTrick`: the same, only when the address is written in special characters (xn--);
 * - `shownLink`: whether the link's shown address (`shown`) is a brand's official one, and how the target differs;
 * - `brandToken`: the brand's name inside `domain` (`token`), the real address and added words, who owns it;
 * - `senderName`: the sender's own words for itself, from the reason flagged `namesSender`.
 */
export type Need = "trick" | "punycodeTrick" | "shownLink" | "brandToken" | "senderName";

/**
 * When one reason tells the reader what another already said: the winner's entry names the losers
 * (in the same topic file) and how to tell it is the same thing.
 * - `sameBrand`, `sameAddress`, `sameHost` (the `domain` parameter);
 * - `shownOfficialHost`: the winner's link showed a brand's official address, and it is the same host.
 */
export type Supersedes = { readonly losers: readonly string[]; readonly when: "sameBrand" | "sameAddress" | "sameHost" | "shownOfficialHost" };

/**
 * One reason code.
 * - `severity`: one, or one per level (the same level names as `points`);
 * - `persuasive`: how convincing the reason is to someone who is not an expert, among reasons of the
 *   same severity (lower first; unset is 3): what they can see for themselves 0, a lookalike address
 *   with its trick spelled out 1, a brand's name on a stranger's address or link 2 (score.ts);
 * - `brandsOwn`: in mail confirmed as the brand's own this is the brand's own wording or tracking, so a
 *   "no signs" reply does not list it as a weak sign (src/reply/compose.ts);
 * - `confirmsSender`: the mail is confirmed as the brand's own (its sender is not the attacker's text);
 * - `namesSender`: its `name` parameter is the sender's own words for itself, which reasons that explain
 *   the address quote (`needs: ["senderName"]`);
 * - `unlistedClaim`: it says only that a brand (`brand`) is named by mail from a site we do not list as the
 *   brand's — the sender's domain or a link's host (`domain`); one such claim and nothing else is a
 *   warning, not phishing (score.ts);
 * - `say`: the sentence in both languages, composed with the reply's kit.
 */
export type ReasonSpec = {
  readonly topic: Topic;
  readonly severity: Severity | Readonly<Record<string, Severity>>;
  readonly points: Points;
  readonly persuasive?: 0 | 1 | 2;
  readonly brandsOwn?: true;
  readonly confirmsSender?: true;
  readonly namesSender?: true;
  readonly unlistedClaim?: "sender" | "link";
  readonly needs?: readonly Need[];
  readonly supersedes?: Supersedes;
  readonly say: (p: Params, k: Kit) => Bilingual;
};
