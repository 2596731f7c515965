export type Language = "ja" | "en";

const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/g;

/** Japanese when the text has a fair amount of kana/kanji (a few characters in a signature don't count). */
export function detectLanguage(...texts: string[]): Language {
  let ja = 0;
  let letters = 0;
  for (const t of texts) {
    const sample = t.slice(0, 3000);
    ja += sample.match(JAPANESE)?.length ?? 0;
    letters += sample.match(/[a-z]/gi)?.length ?? 0;
  }
  return ja >= 8 && ja * 4 >= letters * 0.5 ? "ja" : ja >= 40 ? "ja" : "en";
}
