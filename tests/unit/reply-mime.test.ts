import fc from "fast-check";
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { buildReplyMime } from "../../src/reply/mime";
import { runs } from "../runs";

const ENV = { from: "check@phishcheck.example", to: "taro@example.jp", inReplyTo: null, references: null };

describe("reply MIME bodies", () => {
  it("encode any text as base64 in lines of at most 76 characters that decode to the same text (CRLF line ends)", async () => {
    const unit = fc.constantFrom("a", "Z", "0", " ", "\n", "\r\n", "判", "定", "・", "😀", "é", "=", "+", "/");
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, maxLength: 400 }), fc.string({ unit, maxLength: 200 }), async (text, html) => {
        const raw = buildReplyMime(ENV, { subject: "phishcheck", text, html: `<p>${html}</p>` });
        const bodyLines = raw.split("\r\n").filter((l) => /^[A-Za-z0-9+/]+=*$/.test(l));
        for (const l of bodyLines) expect(l.length).toBeLessThanOrEqual(76);
        const mail = await PostalMime.parse(raw);
        expect(mail.text ?? "").toBe(text.replace(/\r?\n/g, "\r\n"));
        expect(mail.html ?? "").toBe(`<p>${html.replace(/\r?\n/g, "\r\n")}</p>`);
      }),
      { numRuns: runs(60) },
    );
  }, 30_000);
});
