import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldCompact, foldSpaced, stripInvisible } from "../../src/text/normalize";
import { runs } from "../runs";

/** The folds as defined, without the ASCII shortcut of src/text/normalize.ts. */
const SPACES = /[\s\u200b-\u200d\u2060\ufeff\u00ad]+/g;
const fullCompact = (s: string) => stripInvisible(s).normalize("NFKC").toLowerCase().replace(SPACES, "");
const fullSpaced = (s: string) => stripInvisible(s).normalize("NFKC").toLowerCase().replace(SPACES, " ");

describe("text folds", () => {
  it("fold plain ASCII by the shortcut exactly as the full NFKC path does", () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), maxLength: 300 });
    fc.assert(
      fc.property(ascii, (s) => {
        expect(foldCompact(s)).toBe(fullCompact(s));
        expect(foldSpaced(s)).toBe(fullSpaced(s));
      }),
      { numRuns: runs(100) },
    );
  }, 30_000);

  it("still fold widths, invisible characters and Unicode spaces once a non-ASCII character is present", () => {
    expect(foldCompact("ＰａｙＰａｌ\u3000Ｌｏｇｉｎ")).toBe("paypallogin");
    expect(foldCompact("P\u200ba\u200by Pal")).toBe("paypal");
    expect(foldSpaced("Apple\u00a0\u00a0ID\tSupport")).toBe("apple id support");
    const mixed = fc.string({ unit: fc.constantFrom("A", "b", " ", "\t", "\n", "\u00a0", "\u200b", "Ａ", "ｶ", "\u3000", "é", "\ufeff"), maxLength: 100 });
    fc.assert(
      fc.property(mixed, (s) => {
        expect(foldCompact(s)).toBe(fullCompact(s));
        expect(foldSpaced(s)).toBe(fullSpaced(s));
      }),
      { numRuns: runs(100) },
    );
  }, 30_000);
});
