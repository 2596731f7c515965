/**
 * A link whose visible text is a brand's address while it goes to a stranger (link_text_mismatch), in
 * the shapes HTML gives that text: invisible characters inside the address, punctuation after it.
 * Genuine counterparts: the brand's own mail showing its address the same way, and a shop's newsletter
 * showing its own address through its mail service's click tracker. Written for these tests.
 */
import { describe, expect, it } from "vitest";
import { check, link } from "../signal-helpers";

const lure = (text: string) =>
  check({
    from: "Service Desk <notice@mailer-notice.biz>",
    subject: "Account notice",
    text: "Hello, please review your account.",
    links: [link("http://review-center.biz/x", text)],
  });

describe("a brand's address shown over a stranger's link", () => {
  for (const [shape, text] of [
    ["a zero-width space inside the address", "www.pay\u200Bpal.com"],
    ["a soft hyphen inside the address", "https://www.pay\u00ADpal.com/signin"],
    ["a full stop after the address", "https://www.paypal.com."],
    ["a chevron after the address", "www.paypal.com ›"],
    ["the plain address", "https://www.paypal.com/signin"],
  ] as const) {
    it(`${shape}: link_text_mismatch, dangerous`, () => {
      const r = lure(text);
      expect(r.signal("link_text_mismatch")?.params.shown).toBe("www.paypal.com");
      expect(r.verdict).toBe("dangerous");
    });
  }
});

describe("genuine mail showing its own address the same way", () => {
  it("the brand's own notice showing 'https://www.paypal.com.' over its own link: no mismatch", () => {
    const r = check({
      from: "PayPal <service@paypal.com>",
      subject: "Your monthly statement is ready",
      text: "Your statement is ready. View it at https://www.paypal.com.",
      links: [link("https://www.paypal.com/myaccount/statements", "https://www.paypal.com.")],
    });
    expect(r.codes).not.toContain("link_text_mismatch");
    expect(r.verdict).not.toBe("dangerous");
  });

  it("a shop newsletter showing 'www.outdoorco.example.com ›' through its mail service's tracker: not dangerous", () => {
    const r = check({
      from: "Outdoor Co <news@email.outdoorco.example.com>",
      subject: "New arrivals",
      text: "New jackets are in. Visit www.outdoorco.example.com",
      links: [link("https://click.sendgrid.net/ls/click?upn=abc123", "www.outdoorco.example.com ›")],
      headers: { "List-Unsubscribe": "<https://www.outdoorco.example.com/unsubscribe>" },
    });
    expect(r.codes).not.toContain("link_text_mismatch");
    expect(r.verdict).toBe("no_signs");
  });
});
