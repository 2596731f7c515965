import { persuasive, REASON_CODES, spec, topic, unlistedClaim, type ReasonCode } from "../reasons/catalogue";
import type { Supersedes } from "../reasons/types";
import type { Signal, Severity } from "../signals/types";
import { hostInfo } from "../text/host";

export type Verdict = "dangerous" | "suspicious" | "no_signs" | "unreadable";

/**
 * Thresholds on the summed points. A brand claim with an unrelated sender or link domain
 * (≥ 6 points together) is dangerous on its own; phrases are capped at 4 points, so pressure
 * words alone can make a mail suspicious but never dangerous.
 *
 * Chosen on the dev split of the evaluation corpus (share of mails scoring ≥ t; `npm run eval`):
 *
 *     t       1    1.5    2   2.5    3   3.5    4   4.5    5   5.5    6    7
 *     phish 96.8 96.6 96.3 95.5 95.3 92.2 89.5 86.2 83.5 79.3 76.8 68.9
 *     ham   25.0 13.1 12.6  2.3  1.4  1.1  0.8  0.7  0.3  0.3  0.3  0.2
 *
 * dangerous ≥ 5 keeps legitimate mail called phishing at 0.3 %; suspicious ≥ 3 catches 95.3 % of
 * phishing with 1.4 % of legitimate mail at suspicious or worse (below 3 it jumps to 12.6 % at 2).
 */
export const THRESHOLDS = { dangerous: 5, suspicious: 3 } as const;

/**
 * A reason as the verdict gives it: its code and evidence (`params`, raw; src/reply/reasons.ts words
 * and defangs it). `repeats`: the code of a reason shown before it that says the same thing; a reply
 * leaves this one out.
 */
export type Reason = { code: ReasonCode; severity: Severity; points: number; params: Record<string, string>; repeats?: ReasonCode };

export type Scored = { verdict: Exclude<Verdict, "unreadable">; score: number; reasons: Reason[] };

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

type Params = Record<string, string>;
const sameBrand = (a: Params, b: Params) => a.brand === b.brand;
const sameAddress = (a: Params, b: Params) => !!a.address && a.address === b.address;
const sameHost = (a: Params, b: Params) => !!a.domain && a.domain === b.domain;
const SAME: Record<Supersedes["when"], (winner: Params, loser: Params) => boolean> = {
  sameBrand,
  sameAddress,
  sameHost,
  shownOfficialHost: (a, b) => !!a.shownOfficial && sameHost(a, b),
};

/**
 * Pairs that would tell the reader the same thing twice, from the catalogue's `supersedes`: when a
 * winner is present, a matching loser is marked as repeating it. By loser, its winners in catalogue order.
 */
const WINNERS = new Map<ReasonCode, [winner: ReasonCode, same: (winner: Params, loser: Params) => boolean][]>();
for (const code of REASON_CODES) {
  const s = spec(code).supersedes;
  for (const loser of s?.losers ?? []) {
    const list = WINNERS.get(loser as ReasonCode) ?? [];
    list.push([code, SAME[s!.when]]);
    WINNERS.set(loser as ReasonCode, list);
  }
}

function repeated(s: Signal, all: Signal[]): ReasonCode | undefined {
  for (const [winner, same] of WINNERS.get(s.code) ?? []) {
    const w = all.find((x) => x.code === winner && same(x.params, s.params));
    if (w) return w.code;
  }
  return undefined;
}

/**
 * The whole case is one brand claim by one site we don't know: the mail names a brand, comes from a
 * domain that is not among the brand's, links (mail services' trackers aside) only to that same
 * domain if anywhere, and nothing else is wrong with it — no lookalike, no pressure, no ask, no
 * failed check. That is also how a brand's own company, subsidiary or new service domain looks until
 * the catalogue lists it (JALカード from jalcard.co.jp, Kobo for Rakuten), so it is said, but as a
 * warning: calling it phishing takes a second, independent sign. Not for crypto brands: a wallet's
 * name on a stranger's mail is how drainers write through a hijacked mail account, and a loss there
 * cannot be undone.
 */
export function loneUnlistedClaim(signals: Signal[]): boolean {
  const counted = signals.filter((s) => s.points > 0);
  if (!counted.length || !counted.every((s) => unlistedClaim(s.code))) return false;
  if (new Set(counted.map((s) => s.params.brand)).size !== 1 || counted.some((s) => s.params.category === "crypto")) return false;
  const sender = counted.find((s) => unlistedClaim(s.code) === "sender" && s.params.domain);
  if (!sender) return false;
  const info = hostInfo(sender.params.domain!);
  if (serviceWordsOnly(info.label)) return false;
  const site = info.domain;
  return counted.every((s) => unlistedClaim(s.code) !== "link" || (s.params.sites ?? "").split(" ").every((d) => !d || d === site));
}

/**
 * Words a service's page is named with, in any brand's mail: a brand's own company or new service domain is
 * named after something (jalcard, au-sonpo, clickpost, smile-etc); a domain made of these only, hyphenated
 * (card-meisai-center.com, member-jp-notice.com, pp-receipts-mail.com, kundenpostfach-mitteilung.de),
 * names nothing — it is registered to pass for any brand's (red team 8).
 */
const SERVICE_WORD =
  /^(?:[a-z0-9]{1,2}|notice|notices|info|infos|information|center|centre|member|members|mail|email|web|card|cards|meisai|service|services|support|account|accounts|secure|security|update|online|portal|receipt|receipts|statement|statements|billing|kundenpostfach|postfach|mitteilung|kundenservice|remboursement|takkyubin|delivery|customer|help|check|login|auth|verify|official|news|alert|alerts|notification|system|my|pay|payment|office|net|site|id|user)$/;

function serviceWordsOnly(label: string): boolean {
  const parts = label.toLowerCase().split("-");
  return parts.length >= 2 && parts.every((p) => SERVICE_WORD.test(p));
}

export function score(signals: Signal[]): Scored {
  const total = signals.reduce((n, s) => n + s.points, 0);
  const level = total >= THRESHOLDS.dangerous ? "dangerous" : total >= THRESHOLDS.suspicious ? "suspicious" : "no_signs";
  const verdict = level === "dangerous" && loneUnlistedClaim(signals) ? "suspicious" : level;
  const ranked = [...signals].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || persuasive(a.code) - persuasive(b.code) || Math.abs(b.points) - Math.abs(a.points),
  );
  // The strongest reason of each topic first, so the few shown in a reply tell different things
  // (who sent it, where the links go, how it pressures you), then the rest in rank order; reasons
  // that repeat one shown before them go last, marked. A lookalike's trick is told once.
  const repeats = new Map(ranked.map((s) => [s, repeated(s, signals)]));
  const seenTopics = new Set<string>();
  const leaders: Signal[] = [];
  const rest: Signal[] = [];
  const repeating: Signal[] = [];
  for (const s of ranked) {
    const t = topic(s.code);
    (repeats.get(s) ? repeating : seenTopics.has(t) ? rest : leaders).push(s);
    if (!repeats.get(s)) seenTopics.add(t);
  }
  const told = new Set<string>();
  const reasons = [...leaders, ...rest, ...repeating].map((s): Reason => {
    const key = s.params.trick ? `${s.params.real}|${s.params.trick}` : s.params.added ? `${s.params.real}|+${s.params.added}` : "";
    const params = key && told.has(key) ? { ...s.params, trick: "", added: "" } : s.params;
    if (key && !repeats.get(s)) told.add(key);
    const r: Reason = { code: s.code, severity: s.severity, points: s.points, params };
    const rep = repeats.get(s);
    return rep ? { ...r, repeats: rep } : r;
  });
  return { verdict, score: Math.round(total * 10) / 10, reasons };
}
