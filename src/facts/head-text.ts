import type { Original } from "../original/types";

/**
 * The top of a mail as the lure and trade facts read it, one text: its subject (after the sender's
 * display name, for those that read the name too) and the first `chars` characters of its body, a
 * line break between each. Several facts read the same one (the account lures twice, the callback
 * and prize signals, the fee letter's): made once per mail and shared, not joined anew by each, so
 * the engine also lays it out flat once (each newly joined text is copied flat by the first
 * expression run over it). Kept with the original itself (a WeakMap: nothing outlives the mail).
 */
const kept = new WeakMap<Original, Map<number, string>>();

export function headText(original: Original, chars: number, withName = false): string {
  let texts = kept.get(original);
  if (!texts) {
    texts = new Map();
    kept.set(original, texts);
  }
  const key = withName ? -chars : chars;
  let text = texts.get(key);
  if (text === undefined) {
    const head = `${original.subject}\n${original.text.slice(0, chars)}`;
    text = withName ? `${original.from?.name ?? ""}\n${head}` : head;
    texts.set(key, text);
  }
  return text;
}
