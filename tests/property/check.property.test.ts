/**
 * Property: the CLI pipeline (checkMail) never throws, whatever it is given, and what it returns
 * is well formed: a verdict, a finite score, reasons with both languages, and — when unreadable —
 * an error that names the failure, never mail content.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { explain } from "../../src/reply/reasons";
import { activeRules } from "../../src/rules/store";
import { garbageArb, mutatedMailArb } from "./arbitraries";
import { runs } from "../runs";
import { SEED, SEEDS } from "./seeds";

const VERDICTS = new Set(["dangerous", "suspicious", "no_signs", "unreadable"]);

describe("property: checkMail never throws and always returns a well-formed result", () => {
  it("mutated fixtures, generated mails, random bytes", async () => {
    const rules = await activeRules(undefined);
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 5, arbitrary: mutatedMailArb(SEEDS) }, garbageArb), async (c) => {
        const r = await checkMail(c.bytes, rules, { forwarder: "taro.yamada@example.jp" });
        expect(VERDICTS.has(r.verdict)).toBe(true);
        expect(Number.isFinite(r.score)).toBe(true);
        expect(["ja", "en"]).toContain(r.language);
        for (const reason of r.reasons) {
          const m = explain(reason);
          expect(typeof m.ja).toBe("string");
          expect(typeof m.en).toBe("string");
        }
        if (r.verdict === "unreadable") {
          expect(r.error).toMatch(/^[\w :.,()-]{1,120}$/);
          expect(r.reasons).toEqual([]);
        }
        // The same bytes as a string (the CLI reads files as bytes; other callers may pass text).
        const again = await checkMail(new TextDecoder("latin1").decode(c.bytes), rules);
        expect(VERDICTS.has(again.verdict)).toBe(true);
      }),
      { seed: SEED + 5, numRuns: runs(100), endOnFailure: true },
    );
  }, 120_000);
});
