import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64Lines, base64LinesPortable } from "../../src/reply/mime";
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
    const unit = fc.constantFrom("a", "Z", " ", "\n", "\r\n", "\r", "é", "判定", "😀", "\u0000", "[.]");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), (text) => {
        const bytes = new TextEncoder().encode(text.replace(/\r?\n/g, "\r\n"));
        expect(base64Lines(text)).toBe(base64LinesPortable(bytes));
      }),
      { seed: 20261201, numRuns: runs(300) },
    );
  });
});
