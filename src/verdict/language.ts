export type Language = "ja" | "en";

/** Kana, kanji (CJK unified and extension A) and half-width katakana. */
function isJapanese(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff66 && c <= 0xff9f);
}

/**
 * Japanese when the text has a fair amount of kana/kanji (a few characters in a signature don't count).
 * Counted in one pass over the first 3,000 UTF-16 units of each text, without building match arrays.
 */
export function detectLanguage(...texts: string[]): Language {
  let ja = 0;
  let letters = 0;
  for (const t of texts) {
    const n = Math.min(t.length, 3000);
    for (let i = 0; i < n; i++) {
      const c = t.charCodeAt(i);
      if (c < 0x80) {
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
      } else if (isJapanese(c)) ja++;
    }
  }
  return ja >= 8 && ja * 4 >= letters * 0.5 ? "ja" : ja >= 40 ? "ja" : "en";
}
