import { describe, expect, it } from "vitest";
import { greetingBrand, subjectSender } from "../../src/signals/brand-claims";

describe("where a mail names who it is from", () => {
  it.each([
    ["【三井住友カード】ご利用確認のお願い", "三井住友カード"],
    ["【 りそな銀行 】取引を規制いたしました", "りそな銀行"],
    ["[PayPal] Your account is limited", "PayPal"],
    ["Amazon.co.jp: ご注文の確認", "Amazon.co.jp"],
    ["Fwd: Apple | Your receipt", "Apple"],
    ["Re: Google? Not in China", ""],
    ["Microsoft buys XDegress - more of a p2p/distributed data thing...", ""],
    ["Meeting notes for Tuesday", ""],
  ])("subject %s → %s", (subject, sender) => {
    expect(subjectSender(subject)).toBe(sender);
  });

  it.each([
    ["Dear valued PayPal member,\nWe noticed…", "PayPal"],
    ["Dear Amazon Customer,", "Amazon"],
    ["Amazonをご利用のお客様\n\nいつも…", "Amazon"],
    ["楽天会員様\nポイントが…", "楽天"],
    ["Hi Bob,\nDear customer service team, please…", ""],
    ["Hello all,\nthe meeting moved.", ""],
  ])("greeting in %j → %s", (text, brand) => {
    expect(greetingBrand(text)).toBe(brand);
  });
});
