/**
 * The Japanese lure shapes of 2025 that name no brand — unpaid taxes "final demand", a tax refund "to
 * receive" — at a stranger's site come out at least suspicious on their phrases (税金が未納, 最終催告,
 * 還付金を受け取). Genuine counterparts: a power company's own dunning notice ("送電を停止する場合があります"
 * is deliberately no phrase: real retailers write it) and e-Tax's own refund notice.
 */
import { describe, expect, it } from "vitest";
import { check, link } from "../signal-helpers";

describe("Japanese lures without a brand", () => {
  it("unpaid taxes, 'final demand', pay by card at a stranger's site: suspicious", () => {
    const r = check({
      from: "納税窓口 <no-reply@zeimu-center.com>",
      subject: "【最終催告】未納税金のお支払いについて",
      text: "あなたの税金が未納となっております。以下よりお支払いください。",
      links: [link("https://zeimu-center.com/pay")],
    });
    expect(r.verdict).not.toBe("no_signs");
  });

  it("a tax refund 'to receive' at a stranger's site: suspicious", () => {
    const r = check({
      from: "還付金窓口 <info@kanpu-info.com>",
      subject: "還付金のお知らせ",
      text: "あなたの所得税の還付金があります。還付金を受け取るには、以下のリンクから手続きを行ってください。",
      links: [link("https://kanpu-info.com/")],
    });
    expect(r.verdict).not.toBe("no_signs");
  });
});

describe("the genuine notices they imitate", () => {
  // (Its "お支払いが確認できておりません" and "確認できない場合" already make it suspicious before this work; 送電を停止 adds nothing.)
  it("a power company's own reminder (送電を停止する場合があります) from its own domain: not dangerous", () => {
    const r = check({
      from: "ひかりでんき <info@hikari-denki.example.jp>",
      subject: "【ひかりでんき】電気料金のお支払いについて",
      text: "ひかりでんきをご利用のお客様\n11月分の電気料金のお支払いが確認できておりません。12月15日までにお支払いが確認できない場合、送電を停止する場合があります。お支払い方法はマイページでご確認ください。",
      links: [link("https://www.hikari-denki.example.jp/mypage/")],
    });
    expect(r.verdict).not.toBe("dangerous");
    expect(r.score).toBeLessThanOrEqual(4);
  });

  it("an e-Tax notice of a refund from its own domain: no signs", () => {
    const r = check({
      from: "e-Tax <info@e-tax.nta.go.jp>",
      subject: "【e-Tax】還付金処理状況のお知らせ",
      text: "申告書等の還付金処理状況をメッセージボックスに格納しました。e-Taxにログインしてご確認ください。",
      links: [link("https://clientweb.e-tax.nta.go.jp/")],
    });
    expect(r.verdict).toBe("no_signs");
  });
});
