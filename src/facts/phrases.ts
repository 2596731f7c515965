import type { CompiledRules } from "../rules/compile";
import type { Original } from "../original/types";
import { foldCompact } from "../text/normalize";

/** Ids of the rule phrases found in the subject and body: one pass over the folded text. */
export function findPhrases(rules: CompiledRules, original: Original): number[] {
  const hits = new Set<number>();
  rules.phraseMatcher.scan(foldCompact(`${original.subject}\n${original.text}`), (id) => hits.add(id));
  return [...hits];
}
