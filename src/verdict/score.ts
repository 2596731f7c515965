import type { Signal, Severity } from "../signals/types";
import { explain, type Bilingual } from "./messages";

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

export type Reason = { code: string; severity: Severity; points: number; message: Bilingual };

export type Scored = { verdict: Exclude<Verdict, "unreadable">; score: number; reasons: Reason[] };

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

/** What a reason is about; a reply shows one reason per topic before a second of any. */
export function topic(code: string): string {
  if (code === "link_has_your_address") return "tracking";
  if (code.startsWith("link_") || code === "brand_links_elsewhere") return "link";
  if (code.startsWith("attachment_")) return "attachment";
  if (code === "pressure" || code === "asks_secrets" || code === "pushes_action" || code === "template_blank" || code === "callback_invoice" || code === "picture_only") return "content";
  if (code === "auth_pass_official" || code === "auth_pass_relay" || code === "auth_unknown_official") return "genuine";
  if (code.startsWith("provider_")) return "provider";
  return "sender";
}

export function score(signals: Signal[]): Scored {
  const total = signals.reduce((n, s) => n + s.points, 0);
  const verdict = total >= THRESHOLDS.dangerous ? "dangerous" : total >= THRESHOLDS.suspicious ? "suspicious" : "no_signs";
  const ranked = [...signals].sort((a, b) => RANK[a.severity] - RANK[b.severity] || Math.abs(b.points) - Math.abs(a.points));
  // The strongest reason of each topic first, so the few shown in a reply tell different things
  // (who sent it, where the links go, how it pressures you), then the rest in rank order.
  const seenTopics = new Set<string>();
  const leaders: Signal[] = [];
  const rest: Signal[] = [];
  for (const s of ranked) {
    const t = topic(s.code);
    (seenTopics.has(t) ? rest : leaders).push(s);
    seenTopics.add(t);
  }
  const reasons = [...leaders, ...rest].map((s) => ({ code: s.code, severity: s.severity, points: s.points, message: explain(s) }));
  return { verdict, score: Math.round(total * 10) / 10, reasons };
}
