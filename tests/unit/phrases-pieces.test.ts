/**
 * findPhrases reads the subject and body in pieces (cut before a space or line break), plain-ASCII
 * pieces folded as they are read: it must find what one scan of the whole folded text finds, in
 * the same order (the order decides which phrases a reason quotes).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";
import { RuleSetSchema } from "../../src/rules/schema";
import { findPhrases, PHRASE_HEAD, PHRASE_TAIL } from "../../src/facts/phrases";
import { foldCompact } from "../../src/text/normalize";
import type { Original } from "../../src/original/types";
import { runs } from "../runs";

const rules = compileRules(defaultRules());

function original(subject: string, text: string): Original {
  return { via: "direct", from: null, replyTo: [], subject, date: null, text, links: [], imageAlts: [], attachments: [], headers: null, recipients: [], truncated: false };
}

/** The phrases as one scan of the folded text finds them (two scans when the text is cut). */
function reference(subject: string, text: string): number[] {
  const hits = new Set<number>();
  const scan = (t: string) => rules.phraseMatcher.scan(foldCompact(t), (id) => hits.add(id));
  if (text.length <= PHRASE_HEAD + PHRASE_TAIL) scan(`${subject}\n${text}`);
  else {
    scan(`${subject}\n${text.slice(0, PHRASE_HEAD)}`);
    scan(text.slice(-PHRASE_TAIL));
  }
  return [...hits];
}

describe("phrases read in pieces", () => {
  // Rule phrases in pieces, spaces of every kind, capitals, a sigma, marks, widths and invisible characters.
  const words = rules.phrases.slice(0, 400).map((p) => p.text);
  const unit = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom("Verify", "YOUR", "Account", "アカウント", "確認", " ", "  ", "\n", "\r\n", "\t", "\u3000", "\u00a0", "\u200b", "\u00ad", "ΑΣ", "Σ", "\u0301", "e", "ﬁ", "Ｐａｙ", "ｱｶｳﾝﾄ", "https://example.com/login?x=1", ".", ":", "'"),
  );
  it("finds what one scan of the folded text finds, in the same order, across subject, pieces and the cut", () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 8 }), fc.array(unit, { maxLength: 1500 }), (s, t) => {
        const subject = s.join("");
        const text = t.join("");
        expect(findPhrases(rules, original(subject, text))).toEqual(reference(subject, text));
      }),
      { seed: 20261201, numRuns: runs(60) },
    );
  }, 60_000);

  it("a phrase that runs from the subject into the body, or over a piece's edge, is found", () => {
    const id = rules.phrases.findIndex((p) => foldCompact(p.text) === "verifyyouraccount");
    expect(id).toBeGreaterThanOrEqual(0);
    expect(findPhrases(rules, original("Please verify", "your account today"))).toContain(id);
    const long = `${"x ".repeat(1023)}verify\nyour account ${"アカウント ".repeat(500)}`;
    expect(findPhrases(rules, original("", long))).toContain(id);
    expect(findPhrases(rules, original("", long))).toEqual(reference("", long));
    // Long enough to be cut: the head and the tail are read apart.
    const cut = `${"y ".repeat(PHRASE_HEAD / 2 - 3)}verify your ${"z".repeat(PHRASE_TAIL)}account`;
    expect(findPhrases(rules, original("", cut))).toEqual(reference("", cut));
  });

  it("a piece is cut only where the fold reads the same: not between a letter and its accent, nor after a sigma", () => {
    const own = compileRules(
      RuleSetSchema.parse({
        brands: [],
        abusedTlds: [],
        phrases: ["café offert", "οδοσα"].map((text) => ({ text, lang: "en", kind: "threat", weight: 1 })),
      }),
    );
    // The 2,048th character is where a piece would end if cut anywhere: an accent and a letter after Σ.
    const accent = `${"x".repeat(2044)}cafe\u0301 offert`;
    const sigma = `${"x".repeat(2044)}ΟΔΟΣΑ`;
    expect(findPhrases(own, original("", accent))).toEqual([0]);
    expect(findPhrases(own, original("", sigma))).toEqual([1]);
  });
});
