/**
 * One random code stuffed into the middle of words again and again, so a filter reads no word whole
 * while a reader skims past. Hand-written; the genuine counterparts carry the same code in links, an
 * order number repeated, and a hex colour left in broken HTML.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stuffedCode } from "../../src/facts/disguise";
import { check } from "../signal-helpers";
import { runs } from "../runs";

const stuffed =
  "Your AQ7ZK2WM5mazon Prime MemQ7ZK2WM5bership is set to renew. The caQ7ZK2WM5rd on file is no longer vQ7ZK2WM5alid. If you don't update your card, your membership will be caQ7ZK2WM5nceled.";

describe("a code stuffed into words", () => {
  it("the same code glued inside words three times or more: text_scrambled", () => {
    expect(stuffedCode(stuffed)).not.toBeNull();
    const r = check({ from: "Membership Service <dono-treply@shop-notice.net>", subject: "Invalid billing payment", text: stuffed });
    expect(r.codes).toContain("text_scrambled");
  });
});

describe("genuine counterparts", () => {
  it("an order number repeated as a word, a tracking id repeated in links, a hex colour debris: nothing", () => {
    const order = "Your order QX42ZK7781 has shipped. Order QX42ZK7781 will arrive Monday. Questions about QX42ZK7781? Reply to this mail.";
    const links = "Track: https://track.example-courier.com/?id=ZK7PQ2W9xy View: https://track.example-courier.com/?id=ZK7PQ2W9xy Help: https://track.example-courier.com/?id=ZK7PQ2W9xy";
    const colour = "hostÿFFFF99 bgÿFFFF99s cellÿFFFF99s";
    for (const text of [order, links, colour]) expect(stuffedCode(text)).toBeNull();
    const r = check({ from: "Example Courier <notify@example-courier.com>", subject: "Your parcel is on its way", text: `${order}\n${links}` });
    expect(r.codes).not.toContain("text_scrambled");
    expect(r.verdict).toBe("no_signs");
  });
});

/** The word-by-word search as first written: every word split off and tested. The reference the one-pass search must agree with. */
function stuffedCodeBySplit(text: string): string | null {
  const counts = new Map<string, number>();
  for (const w of text.slice(0, 20_000).split(/\s+/)) {
    if (w.length > 40 || !/[A-Z0-9]{6}/.test(w) || /[/:=?&@#%<>[\]]/.test(w)) continue;
    for (const m of w.matchAll(/(\p{Ll}*)([A-Z0-9]{6,14})(\p{Ll}*)/gu)) {
      const code = m[2]!;
      if (!(m[1] || m[3]) || !/\d/.test(code) || !/[G-Z].*[G-Z]/.test(code)) continue;
      const n = (counts.get(code) ?? 0) + 1;
      counts.set(code, n);
      if (n >= 3) return m[0];
    }
  }
  return null;
}

describe("stuffedCode: one pass over the runs of capitals finds what a split into words finds", () => {
  it("agrees with the split on random text: every kind of whitespace, long words, URLs, the 20,000-character cut", () => {
    const piece = fc.constantFrom("X34QDJLJ89", "AB12CD", "mazon", "Mem", "bership", "v", "alid", " ", "\n", "\t", "\u00a0", "\u3000", "\u2028", "\ufeff", "\u200b", "https://", "=", "é", "ü", "Q", "9", "x".repeat(41));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.nat(20_010), (parts, pad) => {
        const text = parts.join("");
        expect(stuffedCode(text)).toBe(stuffedCodeBySplit(text));
        const cut = " ".repeat(Math.min(pad, 20_000)) + text;
        expect(stuffedCode(cut)).toBe(stuffedCodeBySplit(cut));
      }),
      { seed: 20261201, numRuns: runs(300) },
    );
  });

  it("ends words at every character \\s matches, and only those (a word with '=' in it is skipped)", () => {
    const spaces = [..."\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"];
    for (const ws of spaces) {
      const text = Array(3).fill(`=${ws}vX34QDJLJ89alid`).join(" ");
      expect(stuffedCode(text)).toBe("vX34QDJLJ89alid");
      expect(stuffedCodeBySplit(text)).toBe("vX34QDJLJ89alid");
    }
    for (const notSpace of ["\u200b", "\u180e", "\u0085", "x"]) expect(stuffedCode(Array(3).fill(`=${notSpace}vX34QDJLJ89alid`).join(" "))).toBeNull();
  });
});
