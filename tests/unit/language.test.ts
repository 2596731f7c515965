import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/verdict/language";
import { runs } from "../runs";

/** The rule as first written, with regular expressions: the counting loop must agree with it. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/g;
function reference(...texts: string[]): string {
  let ja = 0;
  let letters = 0;
  for (const t of texts) {
    const sample = t.slice(0, 3000);
    ja += sample.match(JAPANESE)?.length ?? 0;
    letters += sample.match(/[a-z]/gi)?.length ?? 0;
  }
  return ja >= 8 && ja * 4 >= letters * 0.5 ? "ja" : ja >= 40 ? "ja" : "en";
}

describe("detectLanguage", () => {
  it("calls a mail Japanese by its kana and kanji, not by a few characters in an English mail", () => {
    expect(detectLanguage("Amazonプライム会員情報の更新をお願いします")).toBe("ja");
    expect(detectLanguage(`Your order has shipped. ${"Thank you for shopping with us. ".repeat(20)}ありがとう`)).toBe("en");
  });

  it("agrees with the regular-expression rule on any text, long ones cut at 3,000 units", () => {
    const unit = fc.oneof(fc.constantFrom("a", "Z", "ſ", "K", " ", "あ", "漢", "ｶ", "ー", "\u3040", "\u30ff", "\u4dbf", "\uff9f", "\uff65", "😀"), fc.string({ unit: "grapheme", maxLength: 1 }));
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 3500 }), { maxLength: 4 }), (ts) => {
        expect(detectLanguage(...ts)).toBe(reference(...ts));
      }),
      { numRuns: runs(100) },
    );
  }, 30_000);
});
