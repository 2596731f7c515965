import { foldCompact } from "../rules/normalize";
import type { CompiledRules } from "../rules/compile";
import type { Phrase } from "../rules/schema";
import type { Original } from "../original/types";
import type { Signal, SignalContext } from "./types";

/** All phrases together add at most this much: pressure alone never outweighs a brand/domain mismatch. */
export const PHRASE_POINTS_CAP = 4;

const GROUPS = {
  pressure: ["urgency", "threat", "reward", "delivery"],
  asks_secrets: ["credential", "payment"],
  pushes_action: ["action"],
} as const;

/** Heaviest first, but one of each kind before a second of any: the quotes show a threat *and* a deadline. */
function interleaveKinds(sorted: Phrase[]): Phrase[] {
  const seen = new Set<string>();
  const first: Phrase[] = [];
  const rest: Phrase[] = [];
  for (const p of sorted) {
    (seen.has(p.kind) ? rest : first).push(p);
    seen.add(p.kind);
  }
  return [...first, ...rest];
}

/** Ids of the rule phrases found in the subject and body: one pass over the folded text. */
export function findPhrases(rules: CompiledRules, original: Original): number[] {
  const hits = new Set<number>();
  rules.phraseMatcher.scan(foldCompact(`${original.subject}\n${original.text}`), (id) => hits.add(id));
  return [...hits];
}

/** Pressure and credential phrases (found once by findPhrases), grouped and capped. */
export function phraseSignals({ original, rules, phraseHits }: SignalContext): Signal[] {
  const out: Signal[] = [];
  if (original.truncated) out.push({ code: "text_truncated", severity: "info", points: 0, params: { chars: String(original.text.length) } });
  if (phraseHits.length === 0) return out;
  let budget = PHRASE_POINTS_CAP;
  for (const [code, kinds] of Object.entries(GROUPS)) {
    const phrases = interleaveKinds(
      phraseHits
        .map((id) => rules.phrases[id]!)
        .filter((p) => (kinds as readonly string[]).includes(p.kind))
        .sort((a, b) => b.weight - a.weight),
    );
    if (phrases.length === 0) continue;
    const sum = phrases.reduce((n, p) => n + p.weight, 0);
    const points = Math.min(sum, budget);
    // Past the cap a group adds nothing, and a reason that adds nothing is left out.
    if (points <= 0) continue;
    budget -= points;
    out.push({
      code,
      severity: sum >= 3 ? "medium" : "low",
      points,
      params: { phrases: phrases.slice(0, 3).map((p) => p.text).join("\u0000"), count: String(phrases.length) },
    });
  }
  return out;
}
