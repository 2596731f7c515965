/**
 * prize_fee: "you won — enter your card / pay the shipping to receive it". The card number or the fee
 * is the scam; a real prize arrives without either. Genuine counterparts: a brand's own winner
 * notice (the brand pays the shipping), a shop newsletter with a prize draw, free shipping and card
 * payment offers, and an English giveaway newsletter.
 */
import { describe, expect, it } from "vitest";
import { check, link } from "../signal-helpers";

describe("prize lures that ask for a card or a fee", () => {
  it("an unbranded 当選 notice asking for card details and the shipping fee: dangerous", () => {
    const r = check({
      from: "キャンペーン事務局 <info@happy-present.example.net>",
      subject: "ご当選おめでとうございます",
      text: "キャンペーンにご当選されました。\n賞品発送のため、お届け先とクレジットカード情報をご入力ください。送料500円のみご負担ください。",
      links: [link("https://happy-present.example.net/form", "入力フォームへ")],
    });
    expect(r.signal("prize_fee")?.params.ask).toBeTruthy();
    expect(r.verdict).toBe("dangerous");
  });

  it("an English 'you have been selected' lure asking to cover the shipping fee: dangerous", () => {
    const r = check({
      from: "Rewards Center <noreply@reward-center.example.com>",
      subject: "Congratulations! You've won",
      text: "Congratulations! You have been selected as the winner of our monthly draw. To claim your prize, enter your credit card details to cover the shipping fee of $1.95.",
      links: [link("https://reward-center.example.com/claim", "Claim your prize")],
    });
    expect(r.codes).toContain("prize_fee");
    expect(r.verdict).toBe("dangerous");
  });
});

it("the same wording with no link to a form is left to the phrase cap (never dangerous on words alone)", () => {
  const r = check({ from: "キャンペーン事務局 <info@happy-present.example.net>", subject: "ご当選おめでとうございます", text: "キャンペーンにご当選されました。クレジットカード情報をご入力ください。送料500円のみご負担ください。" });
  expect(r.codes).not.toContain("prize_fee");
  expect(r.verdict).not.toBe("dangerous");
});

describe("genuine prize and campaign mail", () => {
  it("a shop's own winner notice: the shop pays the shipping, delivery address on its own site: no signs", () => {
    const r = check({
      from: "やまだ家電 <campaign@mail.yamada-kaden.example.co.jp>",
      subject: "【当選のお知らせ】冬のプレゼントキャンペーン",
      text: "このたびは冬のプレゼントキャンペーンにご応募いただきありがとうございます。\n厳正なる抽選の結果、ご当選されました。賞品は送料当社負担にてお送りします。\nお届け先はマイページでご確認ください。",
      links: [link("https://www.yamada-kaden.example.co.jp/mypage/", "マイページ")],
      headers: { "List-Unsubscribe": "<https://www.yamada-kaden.example.co.jp/unsubscribe>" },
    });
    expect(r.codes).not.toContain("prize_fee");
    expect(r.verdict).toBe("no_signs");
  });

  it("a shop newsletter with a prize draw, free shipping and card payment: no prize_fee", () => {
    const r = check({
      from: "やまだ家電 <news@mail.yamada-kaden.example.co.jp>",
      subject: "抽選で100名様にプレゼント＆送料無料",
      text: "抽選で100名様に電子レンジをプレゼント。当選者の発表は賞品の発送をもって代えさせていただきます。\n期間中は送料無料。クレジットカードでのお支払いでポイント2倍。",
      links: [link("https://www.yamada-kaden.example.co.jp/campaign/")],
    });
    expect(r.codes).not.toContain("prize_fee");
    expect(r.verdict).not.toBe("dangerous");
  });

  it("an English giveaway newsletter with free shipping and card rewards: no prize_fee", () => {
    const r = check({
      from: "Outdoor Co <news@email.outdoorco.example.com>",
      subject: "Enter to win a $500 gift card",
      text: "Enter our giveaway: one winner gets a $500 gift card. Free shipping on orders over $50. Pay with your credit card and earn rewards.",
      links: [link("https://www.outdoorco.example.com/giveaway", "Enter now")],
      headers: { "List-Unsubscribe": "<https://www.outdoorco.example.com/unsubscribe>" },
    });
    expect(r.codes).not.toContain("prize_fee");
    expect(r.verdict).not.toBe("dangerous");
  });
});
