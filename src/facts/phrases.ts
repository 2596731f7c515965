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

/** A notice's promise never to ask: "メールで暗証番号をお尋ねすることはありません", "we will never ask for your password". */
// Only a promise about asking (お尋ねすることはありません), not any "…ことはありません": "your account will not
// be suspended (停止されることはありません) if you confirm today" is pressure, not a promise.
const NEVER_ASK = /(?:尋ね|たずね|伺い|聞き|要求|求め|お願い|依頼|させ|入力を?(?:いただ|頂))(?:る|く|する|いたす|をする|たりする)?ことは(?:一切|決して)?(?:ありません|ございません)|\b(?:will|would|do(?:es)?) never (?:ask|request)\b/gi;

/**
 * The text with every sentence that promises never to ask blanked out: genuine notices close with one
 * (listing カード番号・暗証番号・セキュリティコード), and the words in it are not asked for. Linear: each
 * sentence is found from its promise outwards, to the nearest 。, ". " or line end.
 */
export function withoutPromises(text: string): string {
  NEVER_ASK.lastIndex = 0;
  let out = "";
  let done = 0;
  for (let m = NEVER_ASK.exec(text); m; m = NEVER_ASK.exec(text)) {
    const from = Math.max(text.lastIndexOf("。", m.index), text.lastIndexOf("\n", m.index), text.lastIndexOf(". ", m.index), done - 1) + 1;
    // (An English sentence ends at its full stop too: "… never ask for your password. Confirm it here" asks.)
    const stop = text.indexOf(". ", m.index);
    const ends = [text.indexOf("。", m.index), text.indexOf("\n", m.index), stop < 0 ? -1 : stop + 1].filter((i) => i >= 0);
    const to = ends.length ? Math.min(...ends) : text.length;
    out += text.slice(done, from) + " ".repeat(to - from);
    done = to;
    NEVER_ASK.lastIndex = Math.max(NEVER_ASK.lastIndex, to);
  }
  return done === 0 ? text : out + text.slice(done);
}

/** Ids of the rule phrases found in the subject and body: one pass over the folded text (two when it is cut). */
export function findPhrases(rules: CompiledRules, original: Original): number[] {
  const hits = new Set<number>();
  const found = (id: number) => hits.add(id);
  const text = withoutPromises(original.text);
  if (text.length <= PHRASE_HEAD + PHRASE_TAIL) rules.phraseMatcher.scan(foldCompact(`${original.subject}\n${text}`), found);
  else {
    // (Two scans, not one of the joined parts: a phrase must not be made of the head's end and the tail's start.)
    rules.phraseMatcher.scan(foldCompact(`${original.subject}\n${text.slice(0, PHRASE_HEAD)}`), found);
    rules.phraseMatcher.scan(foldCompact(text.slice(-PHRASE_TAIL)), found);
  }
  return [...hits];
}
