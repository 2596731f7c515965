import type { Signal, Severity } from "../signals/types";
import { explain, type Bilingual } from "./messages";

export type Verdict = "dangerous" | "suspicious" | "no_signs" | "unreadable";

/**
 * Thresholds on the summed points. A brand claim with an unrelated sender or link domain
 * (≥ 6 points together) is dangerous on its own; phrases are capped at 4 points, so pressure
 * words alone can make a mail suspicious but never dangerous.
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
  if (code === "auth_pass_official" || code === "auth_pass_relay") return "genuine";
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
