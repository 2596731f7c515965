/**
 * Red team round 5: genuine mail aimed at session 5's recall rules, and the narrowings it led to —
 * a namesake's own site among the links is no brand claim by display name (facts/name-echo), a draw's
 * own words ("当選のチャンス", "当選者の発表") are not being chosen (facts/survey-prize), and a brand's
 * notice pointing only to a government's site is not a forged one (signals/forged-official,
 * facts/unvouched-official). Each genuine case has its phishing counterpart, which must stay caught.
 * Hand-written; the gallery mails are tests/fixtures/genuine/rt5-*.eml.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { fixture } from "../fixtures";
import { check, link, rules } from "../signal-helpers";

const FIRMWARE = "A new software version is ready for your device. To install it, connect your device and open Ledger Live; the application will walk you through it.";

describe("a namesake's own site among the links: no claim by display name", () => {
  it("'Peacock', a boutique on Shopify linking to its own shop, mentioning Peacock TV: no claim", () => {
    const r = check({ from: "Peacock <store+71203@t.shopifyemail.com>", subject: "As seen on Peacock TV: our velvet scarf", text: "As seen on Peacock TV's The Traitors! Our emerald velvet scarf made an appearance this week.", links: [link("https://peacock-boutique.myshopify.com/products/emerald-velvet-scarf", "Shop the scarf")] });
    expect(r.codes).not.toContain("sender_name_brand_mismatch");
    expect(r.verdict).toBe("no_signs");
  });

  it("'Ledger' with a link to ledger.com itself among the stranger's links: still a claim, dangerous", () => {
    const r = check({ from: "Ledger <noreply@aerosimple-example.com>", subject: "A note from Ledger", text: FIRMWARE, links: [link("http://url4135.aerosimple-example.com/ls/click?upn=u001.VTz", "Open Ledger Live"), link("https://www.ledger.com/privacy", "Privacy")] });
    expect(r.codes).toContain("sender_name_brand_mismatch");
    expect(r.verdict).toBe("dangerous");
  });

  it("'Ledger' linking to a lookalike of the brand (ledger-live-update.example): still a claim", () => {
    const r = check({ from: "Ledger <support@waiteraid-example.com>", subject: "Security update", text: FIRMWARE, links: [link("https://ledgerlive-update.com/firmware", "Update now")] });
    expect(r.codes).toContain("sender_name_brand_mismatch");
    expect(r.verdict).toBe("dangerous");
  });

  it("the gallery's Substack newsletter, Shopify boutique and Bandcamp band: no signs", async () => {
    for (const name of ["rt5-ledger-substack-newsletter", "rt5-fwd-gmail-en-peacock-boutique", "rt5-iphone-en-sirius-band-bandcamp"]) {
      const r = await checkMail(fixture(`genuine/${name}.eml`), rules);
      expect(r.verdict, name).toBe("no_signs");
    }
  });
});

describe("a draw still to be held is not being chosen", () => {
  const SURVEY = "サービス向上のためのアンケートを実施しています。ご回答いただいた方の中から抽選で10名様に10,000ポイントをプレゼント！";
  it("'当選のチャンス … 当選者の発表は…' from an unrelated domain to a stranger: no prize_survey", () => {
    const r = check({ from: "ポイント事務局 <info@point-news-example.jp>", subject: "【当選のチャンス】アンケートに答えてポイントが当たる", text: `${SURVEY}\n当選者の発表は、ポイントの付与をもってかえさせていただきます。`, links: [link("https://survey-answer-example.com/q/2511", "回答する")] });
    expect(r.codes).not.toContain("prize_survey");
  });

  it("'おめでとうございます！あなたが当選しました' with the same survey and a stranger's link: prize_survey", () => {
    const r = check({ from: "ポイント事務局 <info@point-news-example.jp>", subject: "当選のお知らせ", text: `おめでとうございます！あなたが当選しました。${SURVEY}`, links: [link("https://survey-answer-example.com/q/2511", "回答する")] });
    expect(r.codes).toContain("prize_survey");
  });
});

describe("a brand's notice pointing to a government's site", () => {
  const DORMANT = "10年以上お取引のない貯金は休眠預金等となります。移管後も、通帳・キャッシュカードと本人確認書類を窓口にお持ちいただければお引き出しいただけます。";
  it("a bank's dormant-deposit notice, headers gone, linking only to the deposit insurer (go.jp): not forged, no signs", () => {
    const r = check({ from: "ゆうちょ銀行 <info@jp-bank.japanpost.jp>", subject: "長期間お取引のない貯金について", text: DORMANT, links: [link("https://www.dic.go.jp/kyumin/index.html", "https://www.dic.go.jp/kyumin/index.html")] });
    expect(r.codes).not.toContain("forged_official");
    expect(r.codes).not.toContain("official_sender_elsewhere");
    expect(r.verdict).toBe("no_signs");
  });

  it("the same notice with its link on a stranger's host beside the government's: forged_official, dangerous", () => {
    const r = check({ from: "ゆうちょ銀行 <info@jp-bank.japanpost.jp>", subject: "長期間お取引のない貯金について", text: DORMANT, links: [link("https://www.dic.go.jp/kyumin/index.html", "預金保険機構"), link("https://yucho-kyumin.example-check.com/login", "お手続きはこちら")] });
    expect(r.codes).toContain("forged_official");
    expect(r.verdict).toBe("dangerous");
  });

  it("a lookalike government ending (go-jp.example, gov.example.com) vouches for nothing", () => {
    const r = check({ from: "ゆうちょ銀行 <info@jp-bank.japanpost.jp>", subject: "長期間お取引のない貯金について", text: DORMANT, links: [link("https://dic.go.jp.kyumin-example.com/index.html", "預金保険機構")] });
    expect(r.codes).toContain("forged_official");
  });
});

describe("a review site's page about the brand is no brand host dressed up as a folder", () => {
  const ASK = "Sie nutzen die TF Bank Mastercard Gold seit sechs Monaten. Wie zufrieden sind Sie? Wir freuen uns über Ihre Bewertung.";
  it("TF Bank's review request to de.trustpilot.com/evaluate/tfbank.de, headers gone: no link_brand_in_path, not dangerous", () => {
    const r = check({ from: "TF Bank <service@tfbank.de>", subject: "Bewertung abgeben", text: ASK, links: [link("https://de.trustpilot.com/evaluate/tfbank.de", "Jetzt bewerten")] });
    expect(r.codes).not.toContain("link_brand_in_path");
    expect(r.codes).not.toContain("forged_official");
    expect(r.verdict).not.toBe("dangerous");
  });

  it("the brand's host as a folder leading on to a page (evil.example/tfbank.de/login): still link_brand_in_path", () => {
    const r = check({ from: "TF Bank <service@tfbank.de>", subject: "Bewertung abgeben", text: ASK, links: [link("https://evil-example.com/review/tfbank.de/login", "Jetzt bewerten")] });
    expect(r.codes).toContain("link_brand_in_path");
  });
});

describe("a wallet lure is read from the mail's words, not from its links' addresses", () => {
  it("an exchange's Japanese airdrop notice, forwarded as text, '…/airdrop' only in the project's URL: no wallet_lure", () => {
    const r = check({ from: "Coincheck <info@coincheck.com>", subject: "【Coincheck】エアドロップ対象銘柄の付与について", text: "当社は、XYZトークンのエアドロップに対応し、基準日時点で対象銘柄を保有されていたお客様へ付与いたします。お客様によるお手続きは不要です。\nプロジェクトの詳細（外部サイト）：https://xyz-foundation.org/airdrop", links: [link("https://xyz-foundation.org/airdrop", "https://xyz-foundation.org/airdrop")] });
    expect(r.codes).not.toContain("wallet_lure");
    expect(r.verdict).not.toBe("dangerous");
  });

  it("'Claim your airdrop' in the words, to the same stranger's site: wallet_lure", () => {
    const r = check({ from: "Coincheck <info@coincheck.com>", subject: "Claim your airdrop", text: "Your XYZ tokens are ready. Claim your airdrop before it expires: https://xyz-foundation.org/airdrop", links: [link("https://xyz-foundation.org/airdrop", "https://xyz-foundation.org/airdrop")] });
    expect(r.codes).toContain("wallet_lure");
  });
});
