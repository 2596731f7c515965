import { describe, expect, it } from "vitest";
import { subjectSenderForm } from "../../src/facts/claim-places";
import { normaliseSubject } from "../../src/reports/row";
import { stripReplyPrefixes } from "../../src/text/subject";

describe("reply/forward prefixes (one list for every reader of a subject)", () => {
  it("takes off every language's prefixes, one after another, with either colon", () => {
    expect(stripReplyPrefixes("Re: Fwd: 転送： Your order")).toBe("Your order");
    expect(stripReplyPrefixes("AW: WG: TR: RV: SV: VS: 返信: Konto gesperrt")).toBe("Konto gesperrt");
    expect(stripReplyPrefixes("FW : [Fwd: Rechnung]")).toBe("Rechnung]");
    expect(stripReplyPrefixes("RE：ご注文")).toBe("ご注文");
  });

  it("leaves words that only start like a prefix, and prefixes not at the start", () => {
    expect(stripReplyPrefixes("Regarding: your account")).toBe("Regarding: your account");
    expect(stripReplyPrefixes("Trade confirmation")).toBe("Trade confirmation");
    expect(stripReplyPrefixes("Your order Re: 123")).toBe("Your order Re: 123");
    expect(stripReplyPrefixes("")).toBe("");
  });

  it("reads a subject the same way in brand claims, campaigns and signals", () => {
    // A Finnish or French forward of a notice names its sender after the prefix, not "VS" or "TR".
    expect(subjectSenderForm("VS: Amazon.co.jp: ご注文の確認").text).toBe("Amazon.co.jp");
    expect(subjectSenderForm("TR: [PayPal] Re: Votre compte").text).toBe("PayPal");
    expect(normaliseSubject("SV: Fwd: Order 123")).toBe(normaliseSubject("Order 456"));
  });
});
