import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { folded, forgetFolded } from "../../src/facts/folded";
import { foldCompact, foldSpaced } from "../../src/text/normalize";
import { runs } from "../runs";

describe("folded text: both folds from one pass, kept while a mail is analysed", () => {
  it("is foldSpaced and foldCompact of the text, whatever its spaces, invisible letters, widths and cases", () => {
    // Spaces of every kind (NBSP and the ideographic space fold to spaces under NFKC), invisible
    // characters, full and half width, a final sigma (lower-cased by what follows it).
    const unit = fc.constantFrom("A", "b", " ", "  ", "\t", "\n", "\u00a0", "\u3000", "\u200b", "\u00ad", "\ufeff", "Ｐａｙ", "ｱﾏｿﾞﾝ", "楽天", "É", "ß", "ΟΔΟΣ", "Σ", "ﬁ", "¨");
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 400 }), { minLength: 1, maxLength: 8 }), (texts) => {
        for (const t of [...texts, ...texts.reverse()]) {
          const f = folded(t);
          expect(f.spaced).toBe(foldSpaced(t));
          expect(f.compact).toBe(foldCompact(t));
        }
        forgetFolded();
      }),
      { seed: 20261201, numRuns: runs(200) },
    );
  });

  it("folds a long body right though it is not kept, and a forgotten text afresh", () => {
    const body = "Ｙｏｕｒ Ａｍａｚｏｎ account\u200b ".repeat(2000);
    const both = (f: { spaced: string; compact: string }) => ({ spaced: f.spaced, compact: f.compact });
    expect(both(folded(body))).toEqual({ spaced: foldSpaced(body), compact: foldCompact(body) });
    const top = "ヤマト運輸 お荷物のお届けについて ".repeat(20);
    const first = folded(top);
    expect(folded(top)).toBe(first);
    forgetFolded();
    expect(folded(top)).not.toBe(first);
    expect(both(folded(top))).toEqual(both(first));
  });
});
