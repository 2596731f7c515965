import fc from "fast-check";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { base64Header, base64Lines, base64LinesPortable } from "../../src/reply/mime";
import { runs } from "../runs";

const enc = new TextEncoder();
const crlf = (t: string) => enc.encode(t.replace(/\r?\n/g, "\r\n"));

describe("reply body base64 in workerd (native toBase64) and in plain JavaScript", () => {
  it("workerd has the native encoder the reply uses", () => {
    expect(typeof (Uint8Array.prototype as { toBase64?: unknown }).toBase64).toBe("function");
  });

  it("gives the same lines both ways: UTF-8, CRLF, padding, 76-character lines", () => {
    // Lone surrogates too: the reply's own UTF-8 writes them as U+FFFD, as TextEncoder does.
    const unit = fc.constantFrom("a", "Z", "\n", "\r\n", "\r", "é", "フィッシング", "🙂", " ", "=", "\ud83d", "\ude00");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 400 }), (t) => {
        expect(base64Lines(t)).toBe(base64LinesPortable(crlf(t)));
        expect(base64Header(t)).toBe(base64LinesPortable(enc.encode(t)).replaceAll("\r\n", ""));
      }),
      { seed: 20261201, numRuns: runs(300, (env as unknown as { FUZZ_RUNS?: string }).FUZZ_RUNS) },
    );
    for (const n of [0, 1, 2, 3, 56, 57, 58, 114, 1000]) {
      const t = "x".repeat(n);
      expect(base64Lines(t)).toBe(base64LinesPortable(crlf(t)));
      expect(base64Lines(t).split("\r\n").every((l) => l.length <= 76)).toBe(true);
    }
  });
});
