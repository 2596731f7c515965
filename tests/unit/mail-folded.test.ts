import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Folded, folded, forgetFolded } from "../../src/facts/folded";
import type { Original } from "../../src/original/types";
import { mailFolded, mailText } from "../../src/verdict/evidence";
import { runs } from "../runs";

const original = (name: string, subject: string, text: string): Original => ({
  via: "direct",
  from: { name, address: "a@example.com" },
  replyTo: [],
  subject,
  date: null,
  text,
  links: [],
  imageAlts: [],
  attachments: [],
  headers: null,
  recipients: [],
  truncated: false,
});

/** Both folds as plain values (folded() computes its compact fold on first read). */
const both = (f: Folded) => ({ spaced: f.spaced, compact: f.compact });

describe("the mail's text folded from its lines' folds (the reply's Japanese brand name)", () => {
  it("is the fold of the joined text, whatever spaces, invisible letters, widths and cases end or start a line", () => {
    // Spaces of every kind at the joins (they merge with the line break), invisible characters, a
    // final sigma before a line break, combining marks after one, empty lines.
    const unit = fc.constantFrom("A", "b", " ", "  ", "\t", "\n", "\u00a0", "\u3000", "\u200b", "\u00ad", "\ufeff", "Ｐａｙ", "ヤマト", "運輸", "É", "\u0301", "ΟΔΟΣ", "Σ", "ﬁ", "¨", "‾");
    const text = (max: number) => fc.string({ unit, maxLength: max });
    fc.assert(
      fc.property(text(30), text(30), text(600), (name, subject, body) => {
        const o = original(name, subject, body);
        expect(both(mailFolded(o))).toEqual(both(folded(mailText(o))));
        forgetFolded();
      }),
      { seed: 20261201, numRuns: runs(300) },
    );
  });

  it("cuts the body where mailText does", () => {
    const o = original("Amazon", "ご注文", `${"あ".repeat(3999)}  \u00a0Amazon`);
    expect(both(mailFolded(o))).toEqual(both(folded(mailText(o))));
  });
});
