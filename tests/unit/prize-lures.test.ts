/**
 * "You won" lures that lead to a login or card form, and their genuine counterpart: a shop's
 * campaign newsletter (抽選で, プレゼント, キャンペーン, ポイント) that links to the shop's own site.
 */
import { describe, expect, it } from "vitest";
import { check, link } from "../signal-helpers";

const LURE = "三井住友カード会員様\nユニバーサル・スタジオ・ジャパン ペアチケットプレゼントキャンペーンにご当選されました。\n賞品の受け取りには、下記よりお届け先情報を入力し、本人確認のためカード情報を入力してください。\n受取期限：本日23:59まで";

describe("prize lures", () => {
  it("a card brand's 'you won' lure from a stranger's domain asking for card details: dangerous", () => {
    const r = check({ from: "三井住友カード <campaign@smcc-usj-present.com>", subject: "【ご当選】USJペアチケットが当選しました", text: LURE, links: [link("https://smcc-usj-present.com/entry", "受け取り手続きへ")] });
    expect(r.codes).toContain("pressure");
    expect(r.verdict).toBe("dangerous");
  });

  it("the same lure 'from' the brand's own domain with nothing to vouch for it and a shortener: dangerous", () => {
    const r = check({ from: "三井住友カード <campaign@contact.vpass.ne.jp>", subject: "【ご当選】USJペアチケットが当選しました", text: LURE, links: [link("https://bit.ly/4usjPair")] });
    expect(r.codes).toContain("forged_official");
    expect(r.verdict).toBe("dangerous");
  });

  it("the prize phrases count as a lure on their own, but never make a mail dangerous alone", () => {
    const r = check({ from: "Taro <taro@yamada-kogyo.co.jp>", subject: "当選のお知らせ", text: "抽選で当選しました。賞品の受け取りには送料のみお支払いください。受取期限は明日です。" });
    expect(r.codes).toContain("pressure");
    expect(r.verdict).not.toBe("dangerous");
  });
});

describe("genuine campaign newsletter", () => {
  it("a shop's campaign (抽選で, プレゼント, ポイント, ログインしてエントリー) linking to its own site: not dangerous", () => {
    const r = check({
      from: "やまだ家電 <news@mail.yamada-kaden.co.jp>",
      subject: "【抽選で100名様】ポイント10倍＆プレゼントキャンペーン開催中",
      text: "やまだ家電をご利用のお客様\n12月の冬のキャンペーンのご案内です。期間中のお買い物でポイント10倍、さらに抽選で100名様に電子レンジをプレゼント。\n当選者様には賞品の発送をもってご連絡に代えさせていただきます。\nマイページにログインしてエントリーしてください。\n配信停止はこちら",
      links: [link("https://www.yamada-kaden.co.jp/campaign/winter?utm_source=mail", "エントリーはこちら"), link("https://www.yamada-kaden.co.jp/mypage/"), link("https://mail.yamada-kaden.co.jp/unsubscribe?u=123")],
      headers: { "List-Unsubscribe": "<https://mail.yamada-kaden.co.jp/unsubscribe?u=123>", "Feedback-ID": "winter:campaign:yamada" },
    });
    expect(r.verdict).not.toBe("dangerous");
    expect(r.verdict).toBe("no_signs");
  });
});
