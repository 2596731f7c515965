import { foldCompact } from "../rules/normalize";
import type { Signal, SignalContext } from "./types";

/** All phrases together add at most this much: pressure alone never outweighs a brand/domain mismatch. */
export const PHRASE_POINTS_CAP = 4;

const GROUPS = {
  pressure: ["urgency", "threat", "reward", "delivery"],
  asks_secrets: ["credential", "payment", "action"],
} as const;

/** Pressure and credential phrases, matched in one pass over the folded subject and body. */
export function phraseSignals({ original, rules }: SignalContext): Signal[] {
  const text = foldCompact(`${original.subject}\n${original.text}`);
  const hits = new Map<number, true>();
  rules.phraseMatcher.scan(text, (id) => hits.set(id, true));
  if (hits.size === 0) return [];
  let budget = PHRASE_POINTS_CAP;
  const out: Signal[] = [];
  for (const [code, kinds] of Object.entries(GROUPS)) {
    const phrases = [...hits.keys()]
      .map((id) => rules.phrases[id]!)
      .filter((p) => (kinds as readonly string[]).includes(p.kind))
      .sort((a, b) => b.weight - a.weight);
    if (phrases.length === 0) continue;
    const sum = phrases.reduce((n, p) => n + p.weight, 0);
    const points = Math.min(sum, budget);
    budget -= points;
    out.push({
      code,
      severity: sum >= 3 ? "medium" : "low",
      points,
      params: { phrases: phrases.slice(0, 3).map((p) => p.text).join("\u0000"), count: String(phrases.length) },
    });
  }
  if (original.truncated) out.push({ code: "text_truncated", severity: "info", points: 0, params: { chars: String(original.text.length) } });
  return out;
}
