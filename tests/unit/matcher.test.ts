import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Matcher } from "../../src/rules/matcher";
import { foldCompact } from "../../src/text/normalize";
import { runs } from "../runs";

/** Every (pattern id, end) a naive search finds, sorted. */
function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, id) => {
    if (!p) return;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push(`${id}@${i + p.length}`);
  });
  return out.sort();
}

function found(patterns: string[], text: string): string[] {
  const out: string[] = [];
  new Matcher(patterns).scan(text, (id, end) => out.push(`${id}@${end}`));
  return out.sort();
}

describe("Matcher (Aho–Corasick)", () => {
  it("finds overlapping, nested and repeated patterns, in Japanese too", () => {
    const patterns = ["he", "she", "his", "hers", "24時間以内", "時間", "自動的に削除", "アカウントは自動的に削除"];
    expect(found(patterns, "ushers")).toEqual(naive(patterns, "ushers"));
    const ja = "アカウントは自動的に削除されます。24時間以内に";
    expect(found(patterns, ja)).toEqual(naive(patterns, ja));
    expect(found(patterns, ja)).toHaveLength(4);
  });

  it("agrees with a naive search on random patterns and texts (small alphabet, so many overlaps; characters no pattern uses, ASCII and not)", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "あ", "い"), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.string({ unit: fc.constantFrom("a", "b", "c", "あ", "い", "x", "ー"), maxLength: 200 }), (patterns, text) => {
        expect(found(patterns, text)).toEqual(naive(patterns, text));
      }),
      { seed: 20261125, numRuns: runs(300) },
    );
  }, 30_000);

  it("states with many edges (binary search) behave like states with few", () => {
    const patterns = Array.from({ length: 300 }, (_, i) => `q${String.fromCharCode(0x3041 + i)}z`);
    const text = patterns.filter((_, i) => i % 7 === 0).join("-");
    expect(found(patterns, text)).toEqual(naive(patterns, text));
  });

  it("with patterns all beyond ASCII, skips plain-ASCII text and still finds them in any other", () => {
    const patterns = ["りそな", "三井住友", "ｱﾏｿﾞﾝ", "paypalの"];
    expect(found(patterns, "paypal no match here, plain ascii")).toEqual([]);
    const text = "Your 三井住友 card; paypalの請求; りそな銀行";
    expect(found(patterns, text)).toEqual(naive(patterns, text));
    expect(found(patterns, text).length).toBe(3);
  });

  it("reads plain ASCII folded as it goes: the same phrases, in the same order, as a scan of foldCompact's copy", () => {
    const ids = (m: Matcher, run: (m: Matcher, push: (id: number) => void) => void) => {
      const out: number[] = [];
      run(m, (id) => out.push(id));
      return out;
    };
    const patterns = ["verifyyouraccount", "account", "24hours", "clickhere", "アカウント"].map(foldCompact);
    const text = "Please VERIFY your\r\n Account within 24 HOURS:\tclick  here.";
    const m = new Matcher(patterns);
    expect(ids(m, (mm, push) => mm.scanCompactAscii(0, text, push))).toEqual([0, 1, 2, 3]);
    const unit = fc.constantFrom("a", "B", "c", " ", "\t", "\n", "\r", "\v", "\f", "x", "-", ".");
    const ascii = (max: number) => fc.string({ unit, maxLength: max });
    fc.assert(
      fc.property(fc.array(ascii(6), { minLength: 1, maxLength: 30 }), ascii(200), (raw, t) => {
        const mm = new Matcher(raw.map(foldCompact));
        expect(ids(mm, (x, push) => x.scanCompactAscii(0, t, push))).toEqual(ids(mm, (x, push) => x.scan(foldCompact(t), push)));
      }),
      { seed: 20261201, numRuns: runs(300) },
    );
  });

  it("first() is the first occurrence scan() reports", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "あ"), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), fc.string({ unit: fc.constantFrom("a", "b", "c", "あ", "x", "ー"), maxLength: 100 }), (patterns, text) => {
        const m = new Matcher(patterns);
        let first: { id: number; end: number } | undefined;
        m.scan(text, (id, end) => {
          first ??= { id, end };
        });
        expect(m.first(text)).toEqual(first);
      }),
      { seed: 20261201, numRuns: runs(300) },
    );
  });
});
