/**
 * Forwarded attachments inside forwarded attachments: a person forwards (as an attachment, with
 * a short note) a mail someone forwarded to them the same way. The verdict is about the phishing
 * mail at the bottom, not about the notes around it.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { activeRules } from "../../src/rules/store";
import { fixture } from "../fixtures";
import { wrapAsAttachment } from "./arbitraries";

const enc = new TextEncoder();

/** A forward-as-attachment whose own text is a note ("is this real?"). */
function forwardWithNote(inner: Uint8Array, note: string): Uint8Array {
  const wrapped = new TextDecoder("latin1").decode(wrapAsAttachment(inner, "Fwd"));
  return Uint8Array.from(wrapped.replace("\r\n\r\nFYI\r\n", `\r\n\r\n${note}\r\n`), (c) => c.charCodeAt(0));
}

describe("forwarded attachments inside forwarded attachments", () => {
  const original = fixture("originals/amazon-campaign.eml");
  for (const depth of [1, 2, 3]) {
    it(`${depth} level(s) of 'forward as attachment' with a note each: the innermost mail is judged`, async () => {
      let m = original;
      for (let i = 0; i < depth; i++) m = forwardWithNote(m, `これ本物？ (${i}) Is this real? — Hanako\r\n\r\n-- \r\nHanako Suzuki\r\nExample Corp.`);
      const r = await checkMail(m, await activeRules(undefined), { forwarder: "taro.yamada@example.jp" });
      expect(r.verdict).toBe("dangerous");
      expect(r.original).toMatchObject({ via: "attachment", from: { address: "amazonjp@emailamazoncojp.cf" } });
    });
  }

  it("a mail with a long text of its own that attaches a message is itself the original", async () => {
    const own = `Dear customer,\r\n${"This is the mail itself, with plenty of text of its own. ".repeat(40)}\r\n`;
    const itself = forwardWithNote(enc.encode("From: someone@example.org\r\nSubject: attached\r\n\r\nhello\r\n"), own);
    const r = await checkMail(forwardWithNote(itself, "FYI"), await activeRules(undefined));
    // The middle message (its From is the fixed sender of wrapAsAttachment) is the one judged.
    expect(r.original).toMatchObject({ via: "attachment", from: { address: "taro.yamada@example.jp" } });
  });
});
