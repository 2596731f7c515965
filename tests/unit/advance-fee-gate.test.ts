import { describe, expect, it } from "vitest";
import { BIG_SUM, bigSum } from "../../src/facts/advance-fee";

/** The sum as found without the pre-tests: every form tried over the whole text, the first match wins. */
function reference(text: string): string | undefined {
  let best: RegExpExecArray | null = null;
  for (const form of BIG_SUM) {
    const m = new RegExp(form.source, form.flags.replace("g", "")).exec(text);
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best?.[0];
}

/** A small deterministic generator (no Math.random: a failure must be repeatable). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = ["million", "MILLION", "Millions", "milhões", "milhao", "millones", "millón", "Mio.", "milioni", "miljoen", "ſ", "K", "familiar", "military", "mil", "mi", "lion",
  "US$", "usd", "$", "€", "£", "EUR", "dollars", "dólares", "euros", "pounds sterling", "reais", "of", "de", "d'", "united states", "american",
  "1", "4.5", "2,000,000.00", "1.700.000,00", "150.500,00", "150 500", "12", "123", ",", ".", " ", "  ", "\n", "万", "億", "米ドル", "ユーロ", "ポンド", "850",
  "two", "twenty", "𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋", "élevé", "the", "sum", "x"];

describe("bigSum's pre-tests are exact", () => {
  it("finds the same sum as every form tried over the whole text", () => {
    const next = rng(16);
    let found = 0;
    for (let n = 0; n < 4000; n++) {
      const parts: string[] = [];
      const len = 1 + Math.floor(next() * 14);
      for (let i = 0; i < len; i++) parts.push(PIECES[Math.floor(next() * PIECES.length)]!);
      // Some texts put a long run of words before the sum, some after: the window before the millions word.
      const filler = "word ".repeat(Math.floor(next() * 12));
      const text = next() < 0.5 ? filler + parts.join(next() < 0.5 ? " " : "") : parts.join(" ") + filler;
      const want = reference(text);
      if (want) found++;
      expect(bigSum(text), text).toBe(want);
    }
    // The generator reaches the forms often enough for the comparison to mean something.
    expect(found).toBeGreaterThan(400);
  });

  it("finds the sums the letters write", () => {
    for (const text of ["the sum of US$4.5 million", "2.5 million dollars to you", "dois milhões de dólares", "$2,000,000.00", "€ 1.700.000,00", "850万ドル", "Twenty Million United States Dollars"])
      expect(bigSum(text)).toBe(reference(text));
    expect(bigSum("a familiar military milieu of 12 people")).toBeUndefined();
  });
});
