export type Language = "ja" | "en";

/** Kana, kanji (CJK unified and extension A) and half-width katakana: one UTF-16 unit each (no /u). */
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/g;

/** How much of each text is read: its first 3,000 UTF-16 units. */
const READ = 3000;

/** Japanese characters that settle it, whatever else the texts hold. */
const SURELY = 40;

/**
 * Japanese when the text has a fair amount of kana/kanji (a few characters in a signature don't count):
 * 8 or more and at least one for every 8 Latin letters, or 40 or more. Counted over the first 3,000
 * UTF-16 units of each text. The Japanese characters are found by the regular expression, jumping from
 * one to the next (most mail has none, and 40 settle it); the Latin letters are counted only in
 * between, where they can tip the balance.
 */
export function detectLanguage(...texts: string[]): Language {
  let ja = 0;
  for (const t of texts) {
    const head = t.length > READ ? t.slice(0, READ) : t;
    JAPANESE.lastIndex = 0;
    while (JAPANESE.test(head)) if (++ja >= SURELY) return "ja";
  }
  if (ja < 8) return "en";
  let letters = 0;
  for (const t of texts) {
    const n = Math.min(t.length, READ);
    for (let i = 0; i < n; i++) {
      const c = t.charCodeAt(i) | 32;
      if (c >= 97 && c <= 122) letters++;
    }
  }
  return ja * 4 >= letters * 0.5 ? "ja" : "en";
}
