import fc from "fast-check";
import PostalMime from "postal-mime";
import { describe, expect, it, vi } from "vitest";
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

  it("dates the reply as mimetext does (RFC 5322, UTC as +0000) and encodes subject and sender name as UTF-8 encoded-words", () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 1, 9, 5, 7) });
    try {
      const raw = buildReplyMime({ ...ENV, fromName: "phishcheck (ACME 株式会社)" }, { subject: "[判定: 危険] Re: 😀", text: "t", html: "h" });
      expect(raw.startsWith("Date: Tue, 01 Dec 2026 09:05:07 +0000\r\n")).toBe(true);
      expect(raw).toContain(`From: =?utf-8?B?${Buffer.from("phishcheck (ACME 株式会社)").toString("base64")}?= <check@phishcheck.example>\r\n`);
      expect(raw).toContain(`Subject: =?utf-8?B?${Buffer.from("[判定: 危険] Re: 😀").toString("base64")}?=\r\n`);
    } finally {
      vi.useRealTimers();
    }
  });
});
