/**
 * The brands Japan's phishing impersonates most (JPCERT/CC's reported phishing sites), appended to
 * the catalogue: they are recognised when a mail claims them, and common words, other companies
 * with a similar name and the brands' own genuine mail do not become false claims.
 */
import { describe, expect, it } from "vitest";
import { check, link, original, rules } from "../signal-helpers";
import { findBrandClaims } from "../../src/facts/brand-claims";
import { senderFacts } from "../../src/facts/domain-facts";

const brandId = (r: ReturnType<typeof check>) => r.signals.map((s) => s.params.brand).filter(Boolean);

describe("newly catalogued brands are claimed", () => {
  for (const [name, from, official] of [
    ["JAバンク", "JAバンク <info@jabank-kakunin.top>", "JA Bank"],
    ["マネックス証券", "マネックス証券 <support@monex-sec-login.top>", "Monex"],
    ["大和証券", "大和証券 <info@daiwa-kouza.top>", "Daiwa Securities"],
    ["UCカード", "UCカード <info@uc-card-check.top>", "UC Card"],
    ["BIGLOBE", "BIGLOBE <info@bg-member.top>", "BIGLOBE"],
    ["松井証券", "松井証券 <info@mts-sec.top>", "Matsui Securities"],
    ["ポケットカード", "ポケットカード <info@pocket-kakunin.top>", "Pocket Card"],
    ["イオンペイ", "イオンペイ <no-reply.email.aeon@mail-notice.cn>", "AEON"],
    ["プロミス (recall4)", "プロミス <info@promise-kaiin-check.top>", "SMBC Consumer Finance"],
    ["レイクALSA (recall4)", "レイクALSA <support@lake-member.top>", "SBI Shinsei Bank"],
  ] as const) {
    it(`${name} in the display name at a stranger's domain`, () => {
      const r = check({ from, subject: "【重要】お取引目的の確認", text: "ログインしてご確認ください。", links: [link("https://example-login.top/")] });
      expect(r.codes).toContain("sender_name_brand_mismatch");
      expect(brandId(r)).toContain(official);
    });
  }
});

describe("no false claims from common words or other companies", () => {
  for (const [what, from, subject, text] of [
    ["French 'au' and 'promise' in English", "Marie <marie@example.fr>", "Rendez-vous au bureau", "Je te promets: à demain au café. I promise to call."],
    ["Daiwa House, not Daiwa Securities", "大和ハウス工業 <info@daiwahouse.co.jp>", "住まいの情報", "大和ハウスからのお知らせです。"],
    ["アイフルホーム (a house builder), not アイフル", "アイフルホーム <news@eyefulhome.example.jp>", "モデルハウス見学会のご案内", "アイフルホームの見学会を開催します。"],
    ["an X server on a Linux list", "Dev <dev@lists.example.org>", "Re: Xserver crash on resume", "The Xserver crashes after suspend; log attached. Please verify your config."],
    ["a Portuguese given name, Ana", "Ana Souza <ana@example.com.br>", "Reunião", "Oi, é a Ana. Até amanhã."],
    ["プロミスリング and コンプロミス, not プロミス (recall4)", "手作りアクセサリー工房 <shop@accessory-koubou.example.jp>", "新作プロミスリングのご案内", "ペアのプロミスリングが入荷しました。デザインのコンプロミスはしていません。"],
    ["レイクタウン (a mall), not レイクALSA (recall4)", "越谷レイクタウン <info@laketown-news.example.jp>", "レイクタウンの冬のイベント", "レイクタウンで冬のイベントを開催します。"],
  ] as const) {
    it(what, () => {
      const o = original({ from, subject, text });
      // Even read as strictly as a mail that talks like a service notice: no brand claimed anywhere.
      const claims = findBrandClaims(rules, o, senderFacts(rules, o.from!.address), true);
      expect(claims.map((c) => rules.brands[c.brand]!.id)).toEqual([]);
      expect(check({ from, subject, text }).verdict).toBe("no_signs");
    });
  }

  it("a genuine JA Bank notice from jabank.org with links to its own site is not dangerous", () => {
    const r = check({
      from: "JAバンク <info@jabank.org>",
      subject: "【JAバンク】JAネットバンク ご利用時間変更のお知らせ",
      text: "JAネットバンクをご利用のお客様\nシステムメンテナンスのため、ご利用時間を変更いたします。\n詳しくはホームページをご覧ください。",
      links: [link("https://www.jabank.org/news/")],
    });
    expect(r.verdict).not.toBe("dangerous");
  });

  it("genuine プロミス and レイクALSA notices from their own domains are not dangerous (recall4)", () => {
    for (const [from, url] of [
      ["プロミス <info@promise.co.jp>", "https://cyber.promise.co.jp/"],
      ["レイクALSA <info@lake.jp>", "https://lake.jp/member/"],
    ] as const) {
      const r = check({
        from,
        subject: "ご返済日のお知らせ",
        text: "いつもご利用いただきありがとうございます。次回のご返済日は12月27日です。会員ページでご確認いただけます。",
        links: [link(url)],
      });
      expect(r.verdict).not.toBe("dangerous");
    }
  });
});

it("the catalogue still compiles with the appended brands, each with an official domain", () => {
  for (const id of ["jabank", "monex", "daiwa", "uccard", "tscubic", "biglobe", "gmoaozora", "matsui", "lifecard", "aiful", "plala", "rokin", "jaccs", "hokkaidobank", "shinkin", "pocketcard", "shopify"])
    expect(rules.brands.find((b) => b.id === id)?.domains.length).toBeGreaterThan(0);
});

describe("AEON's payment app by name, genuine counterpart", () => {
  it("an AEON Pay notice from aeon.co.jp is not a claim against its sender", () => {
    const r = check({ from: "イオンペイ <info@mail.aeon.co.jp>", subject: "イオンペイ ご利用のお知らせ", text: "イオンペイをご利用いただきありがとうございます。", links: [link("https://www.aeon.co.jp/")] });
    expect(r.codes).not.toContain("sender_name_brand_mismatch");
    expect(r.verdict).toBe("no_signs");
  });
});
