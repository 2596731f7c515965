/**
 * Issue 11 (parity): a display name holding the reader's own address ("taro.yamada@example.jp"
 * <noreply@…>), a mass-mail trick. A client's inline forward keeps the name and the address on its From line
 * (`From: taro.yamada@example.jp <noreply@…>`), so the sender's name signals read it there as in the mail
 * itself: sender_name_other_address and subject_has_your_address. The malformed-From reading of the raw
 * header (sender_malformed) stays with the mail's own header: a client writes the From line its own way, and a
 * name holding an address of the sender's own organisation ("info@shop.example" <info@shop.example>) is
 * how genuine newsletters are written.
 */
import { describe, expect, it } from "vitest";
import { describeOriginal, FORWARDER, forwardAs } from "../../cli/forward-shapes";
import { checkMail } from "../../src/check";
import { parseMail } from "../../src/mail/parse";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";

const rules = compileRules(defaultRules());
const SHAPES = ["gmail-en", "outlook-de", "apple-fr", "thunderbird-it", "k9-ko", "outlook-en-text", "carrier-ja"];

function mail(from: string, subject: string, html: string, extra: string[] = []): string {
  return [
    `From: ${from}`,
    `To: ${FORWARDER}`,
    `Subject: ${subject}`,
    "Date: Tue, 10 Nov 2026 09:12:00 +0900",
    "Message-ID: <p6.sender@mail.example>",
    ...extra,
    "MIME-Version: 1.0",
    "Content-Type: text/html; charset=UTF-8",
    "",
    html,
    "",
  ].join("\r\n");
}

async function inEveryShape(raw: string) {
  const o = describeOriginal(raw, await parseMail(new TextEncoder().encode(raw)));
  const out: { shape: string; verdict: string; codes: string[] }[] = [];
  for (const shape of SHAPES) {
    const r = await checkMail(forwardAs(shape, o), rules, { forwarder: FORWARDER });
    out.push({ shape, verdict: r.verdict, codes: r.reasons.map((x) => x.code) });
  }
  return out;
}

describe("a display name holding an address, forwarded inline", () => {
  it("the reader's own address as the sender's name is still named forwarded, and the mail is still flagged", async () => {
    const raw = mail(
      `"${FORWARDER}" <noreply@parcel-notice-centre.example>`,
      "Your parcel is waiting",
      `<p>Your parcel could not be delivered. Confirm your address and pay the 1.99 EUR fee within 24 hours.</p><p><a href="https://parcel-notice-centre.example/track">Track my parcel</a></p>`,
    );
    for (const r of await inEveryShape(raw)) {
      expect(r.codes, r.shape).toContain("sender_name_other_address");
      expect(r.codes, r.shape).toContain("subject_has_your_address");
      expect(r.verdict, r.shape).not.toBe("no_signs");
    }
  });

  it("counterpart: a newsletter whose name is its own address (or its own organisation's) stays no_signs forwarded", async () => {
    const html = `<p>New in this week: autumn coats and scarves.</p><p><a href="https://shop.example/new">See what's new</a></p><p><a href="https://shop.example/unsubscribe?u=1">Unsubscribe</a></p>`;
    const extra = ["List-Unsubscribe: <https://shop.example/unsubscribe?u=1>", "Feedback-ID: news:shop:esp"];
    for (const from of ['"info@shop.example" <info@shop.example>', '"news@mail.shop.example" <info@shop.example>']) {
      for (const r of await inEveryShape(mail(from, "New this week at Shop", html, extra))) {
        expect(r.codes, `${from} ${r.shape}`).toEqual([]);
        expect(r.verdict, `${from} ${r.shape}`).toBe("no_signs");
      }
    }
  });
});
