/**
 * A text-only mail checked directly that writes a link the way a client's HTML-to-text conversion
 * does — "https://www.paypal.com/signin<http://elsewhere.example/>" — is read like a plain-text forward
 * (src/original/text-links.ts): the reader sees the address in front, the click goes to the one in
 * brackets. Genuine counterparts: an Outlook plain-text reply whose links are Safe Links-wrapped (the
 * wrapper carries the shown address) and an address written next to its own URL.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { fixture } from "../fixtures";
import { rules } from "../signal-helpers";

describe("addresses shown next to another target in text-only mail", () => {
  it("www.paypal.com shown, the bracketed target elsewhere: link_text_mismatch naming both", async () => {
    const r = await checkMail(fixture("phishing/recall-paypal-text-only-link.eml"), rules);
    const m = r.reasons.find((x) => x.code === "link_text_mismatch");
    expect(m?.params.shown).toBe("www.paypal.com");
    expect(m?.params.domain).toBe("paypal-resolution-centre.example.net");
    expect(r.verdict).toBe("dangerous");
  });

  it("an Outlook plain-text reply with Safe Links-wrapped links and 'www.jisc.go.jp <http://www.jisc.go.jp/>': no mismatch, no signs", async () => {
    const r = await checkMail(fixture("genuine/recall-outlook-text-safelinks.eml"), rules);
    expect(r.reasons.map((x) => x.code)).not.toContain("link_text_mismatch");
    expect(r.verdict).toBe("no_signs");
  });
});
