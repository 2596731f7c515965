/**
 * Every reason code, declared once, by topic (sender.ts, disguise.ts, auth.ts, links.ts, content.ts):
 * what it is about (topic, which a reply uses to show one reason per topic first), its severity and
 * points (a number, or named levels where the emitter chooses by case), how it ranks and what it
 * supersedes, and its sentence in Japanese and English. `ReasonCode` is derived from it, so an unknown
 * code does not compile, nor a code without a sentence. The sentences are composed with a kit the
 * reply layer passes in (src/reply/reasons.ts), which quotes and defangs the evidence: nothing here
 * imports from above, so signals, verdict and reply may all read it.
 *
 * Points are plain data (a figure or named levels per code), so KV rules could later carry overrides
 * of the same shape, merged over this table at compile time.
 */
import { AUTH } from "./auth";
import { CONTENT } from "./content";
import { DISGUISE } from "./disguise";
import { LINKS } from "./links";
import { SENDER } from "./sender";
import type { ReasonSpec, Severity, Topic } from "./types";

export type { Bilingual, Kit, Params, Severity, Topic } from "./types";

export const CATALOGUE = { ...SENDER, ...DISGUISE, ...AUTH, ...LINKS, ...CONTENT } as const satisfies Record<string, ReasonSpec>;

/** Each topic file's entries, for the test that no code is declared twice (a spread would hide it). */
export const PARTS: readonly Readonly<Record<string, ReasonSpec>>[] = [SENDER, DISGUISE, AUTH, LINKS, CONTENT];

export type ReasonCode = keyof typeof CATALOGUE;

/** Every code an entry supersedes is a declared code (a typo here does not compile). */
type Losers = { [K in ReasonCode]: (typeof CATALOGUE)[K] extends { supersedes: { losers: readonly (infer L)[] } } ? L : never }[ReasonCode];
export const LOSERS_ARE_CODES: [Losers] extends [ReasonCode] ? true : never = true;

export const REASON_CODES = Object.keys(CATALOGUE) as ReasonCode[];

export function isReasonCode(code: string): code is ReasonCode {
  return Object.hasOwn(CATALOGUE, code);
}

export function spec(code: ReasonCode): ReasonSpec {
  return CATALOGUE[code];
}

/** How convincing a reason is to a lay reader, among reasons of the same severity (lower first). */
export function persuasive(code: ReasonCode): number {
  return spec(code).persuasive ?? 3;
}

/** Whether, in mail confirmed as the brand's own, the reason is the brand's own wording or tracking. */
export function brandsOwn(code: ReasonCode): boolean {
  return spec(code).brandsOwn === true;
}

/** Whether the reason confirms the mail as the brand's own: its sender is not the attacker's text. */
export function confirmsSender(code: ReasonCode): boolean {
  return spec(code).confirmsSender === true;
}

/** Whether the reason says only that a brand is named by a site we don't list as its own: by the sender, or by a link. */
export function unlistedClaim(code: ReasonCode): "sender" | "link" | undefined {
  return spec(code).unlistedClaim;
}

/** What a reason is about; a reply shows one reason per topic before a second of any. */
export function topic(code: ReasonCode): Topic {
  return CATALOGUE[code].topic;
}

type Entry<C extends ReasonCode> = (typeof CATALOGUE)[C];
type Named<T, V> = T extends Readonly<Record<string, V>> ? keyof T & string : never;

/** The level names a code's emitter chooses from: those of its points, or of its severity. */
export type Level<C extends ReasonCode> = Named<Entry<C>["points"], number> | Named<Entry<C>["severity"], Severity>;

/** What an emitter adds to the code and evidence: a level when the code has levels; for phrase reasons, also the points. */
type How<C extends ReasonCode> = Entry<C>["points"] extends "phrases" ? [level: Level<C>, points: number] : [Level<C>] extends [never] ? [] : [level: Level<C>];

/** One thing we noticed: its code, severity and points (from the catalogue), and its evidence. */
export type Signal = { code: ReasonCode; severity: Severity; points: number; params: Record<string, string> };

/**
 * The one way an emitter makes a signal: `reason(code, params)`, or with the level the case decides,
 * `reason(code, params, "weak")`. Severity and points come from the catalogue, never
 * from the emitter (rule phrases, whose points are their weights, pass those). This is also the seam
 * for overriding points from the rules: look a code's level up in a compiled table here, the catalogue
 * as the default.
 */
export function reason<C extends ReasonCode>(code: C, params: Record<string, string>, ...how: How<C>): Signal {
  const entry: ReasonSpec = CATALOGUE[code];
  const [level, phrasePoints] = how as [string?, number?];
  const severity = typeof entry.severity === "string" ? entry.severity : entry.severity[level!];
  const points = typeof entry.points === "number" ? entry.points : entry.points === "phrases" ? phrasePoints : entry.points[level!];
  if (severity === undefined || points === undefined) throw new Error(`reason ${code}: no level ${String(level)}`);
  return { code, severity, points, params };
}
