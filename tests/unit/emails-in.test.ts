/**
 * emailsIn (src/text/strings.ts) finds the addresses the expression finds, searching from near each "@"
 * instead of trying every position: the same matches, values and indices, on hand-written and random text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emailsIn } from "../../src/text/strings";
import { runs } from "../runs";

const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}/g;
const byExpression = (text: string, max: number) => [...text.matchAll(EMAIL)].slice(0, max).map((m) => [m.index, m[0]]);
const found = (text: string, max: number) => emailsIn(text, max).map((m) => [m.index, m[0]]);

describe("emailsIn: the addresses EMAIL matches, found from each '@'", () => {
  it("finds addresses in a letter, up to the number asked for", () => {
    const text = "Please reply to my private email barrister.john@gmail.com or j_doe+x@mail.example.co.uk.\nRegards";
    expect(found(text, 10)).toEqual([
      [33, "barrister.john@gmail.com"],
      [61, "j_doe+x@mail.example.co.uk"],
    ]);
    expect(found(text, 1)).toEqual([[33, "barrister.john@gmail.com"]]);
    expect(found("no address here", 10)).toEqual([]);
  });

  it("a local part longer than 64 characters is cut where the expression cuts it; an '@' with no domain is skipped", () => {
    const text = `${"a".repeat(80)}@example.com then @ alone, then x@y and ok@host.jp`;
    expect(found(text, 10)).toEqual(byExpression(text, 10));
    expect(found(text, 10)[0]).toEqual([16, `${"a".repeat(64)}@example.com`]);
  });

  it("random text: the same matches as [...matchAll].slice", () => {
    const piece = fc.constantFrom("a", "b.", "@", "x".repeat(30), "-", ".com", " ", "\n", "é", "+", "_", "y".repeat(70), "@@", ".", "z".repeat(63));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(25), (parts, max) => {
        const text = parts.join("");
        expect(found(text, max)).toEqual(byExpression(text, max));
      }),
      { seed: 20261201, numRuns: runs(2000) },
    );
  });
});
