import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64Header, base64Lines, base64LinesPortable, utf8Both } from "../../src/reply/mime";
import { runs } from "../runs";

describe("reply body base64 in plain JavaScript (Node has no Uint8Array toBase64)", () => {
  it("is standard base64 with padding, in CRLF-separated lines of 76 characters", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const want = Buffer.from(bytes).toString("base64").replace(/.{76}(?=.)/g, "$&\r\n");
        expect(base64LinesPortable(bytes)).toBe(want);
      }),
      { seed: 20261201, numRuns: runs(300) },
    );
    for (const n of [0, 1, 2, 3, 56, 57, 58, 114]) expect(base64LinesPortable(new Uint8Array(n).fill(0xfb))).toBe(Buffer.alloc(n, 0xfb).toString("base64").replace(/.{76}(?=.)/g, "$&\r\n"));
  });

  it("gives the same lines by whichever encoder the runtime has (Node's Buffer here), line breaks as CRLF", () => {
    // Lone surrogates too: written as U+FFFD, as TextEncoder writes them.
    const unit = fc.constantFrom("a", "Z", " ", "\n", "\r\n", "\r", "é", "判定", "😀", "\u0000", "[.]", "\ud83d", "\ude00", "\u07ff", "\u0800", "\uffff");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), (text) => {
        const bytes = new TextEncoder().encode(text.replace(/\r?\n/g, "\r\n"));
        expect(base64Lines(text)).toBe(base64LinesPortable(bytes));
      }),
      { seed: 20261201, numRuns: runs(300) },
    );
  });

  it("writes the same UTF-8 by workerd's loop as by TextEncoder (Node's way), line breaks as CRLF or kept", () => {
    const unit = fc.constantFrom("a", " ", "\n", "\r\n", "\r", "é", "判定", "😀", "\u0000", "\ud83d", "\ude00", "\u07ff", "\u0800", "\uffff");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), fc.boolean(), (text, crlf) => {
        const [loop, encoder] = utf8Both(text, crlf);
        expect([...loop]).toEqual([...encoder]);
      }),
      { seed: 20261201, numRuns: runs(300) },
    );
  });

  it("writes a header's encoded-word text as standard padded base64 of the UTF-8, in one line", () => {
    const unit = fc.constantFrom("a", " ", "\n", "é", "判定", "😀", "\ud83d", "\ude00", "=", "?");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), (text) => {
        expect(base64Header(text)).toBe(Buffer.from(new TextEncoder().encode(text)).toString("base64"));
      }),
      { seed: 20261201, numRuns: runs(300) },
    );
    // Longer than the buffer the encoder starts with.
    const long = "判定".repeat(40_000);
    expect(base64Header(long)).toBe(Buffer.from(long, "utf8").toString("base64"));
  });
});
