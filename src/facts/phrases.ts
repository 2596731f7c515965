import type { CompiledRules } from "../rules/compile";
import type { Original } from "../original/types";
import { foldCompact } from "../text/normalize";

/**
 * How much of the text the phrase search reads: its first 80,000 characters and its last 30,000 (the
 * subject always). Folding and scanning all 200,000 characters the text keeps cost some 8 ms of CPU in
 * Node, most of the free plan's 10 ms. Phishing does put wording deep in long mails (the dev corpus has
 * it at 70,000 and 135,000 characters; a 50,000 + 10,000 window lost a reason there): this window keeps
 * every verdict and reason of the corpus. Phrases alone never make a mail dangerous (the phrase cap).
 */
export const PHRASE_HEAD = 80_000;
export const PHRASE_TAIL = 30_000;

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Ids of the rule phrases found in the subject and body: one pass over the folded text (two when it is cut).
 * Plain-ASCII text (most English mail) is folded as it is read, without a folded copy.
 */
export function findPhrases(rules: CompiledRules, original: Original): number[] {
  const hits = new Set<number>();
  const found = (id: number) => hits.add(id);
  const scan = (text: string) => {
    if (NON_ASCII.test(text)) rules.phraseMatcher.scan(foldCompact(text), found);
    else rules.phraseMatcher.scanCompactAscii(text, found);
  };
  const text = original.text;
  if (text.length <= PHRASE_HEAD + PHRASE_TAIL) scan(`${original.subject}\n${text}`);
  else {
    // (Two scans, not one of the joined parts: a phrase must not be made of the head's end and the tail's start.)
    scan(`${original.subject}\n${text.slice(0, PHRASE_HEAD)}`);
    scan(text.slice(-PHRASE_TAIL));
  }
  return [...hits];
}
