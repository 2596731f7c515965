/**
 * A host that spells a brand's official domain with hyphens for its dots (goldpoint-co-jp.example.com,
 * orico-co-jp.top) carries the brand's name even for brands too ordinary to have tokens; and the
 * campaign lures that use one ("会員様限定 キャッシュバック") against the brand's own campaign mail.
 * Also ろうきん by its everyday name, against a regional labour bank's own notice.
 */
import { describe, expect, it } from "vitest";
import { domainFacts } from "../../src/facts/domain-facts";
import { check, link, rules } from "../signal-helpers";

const brandOf = (host: string) => {
  const b = domainFacts(rules, host).brandToken?.brand;
  return b === undefined ? undefined : rules.brands[b]!.id;
};

describe("an official domain spelled with hyphens inside another host", () => {
  for (const [host, id] of [
    ["goldpoint-co-jp.ycuxione.com", "yodobashi"],
    ["orico-co-jp.com", "orico"],
    ["www.ana-co-jp.xyz", "ana"],
    ["smbc-card-com.info", "smbc"],
  ] as const) {
    it(`${host} names ${id}`, () => expect(brandOf(host)).toBe(id));
  }

  for (const host of ["my-shop-co-jp.example.com", "co-jp.example.com", "eki-net.com", "ana-silva.com.br", "tokyo-gas-station.example.jp"]) {
    it(`${host} names no brand by spelling`, () => {
      const f = domainFacts(rules, host);
      expect(f.brandToken?.token ?? "").not.toContain("-co-");
      if (host !== "eki-net.com") expect(brandOf(host)).toBeUndefined();
    });
  }
});

const LURE = {
  from: "ゴールドポイントカード・プラス <kmjldy@greenhome-news.example.com>",
  subject: "【新春初売】ゴールドポイントカード・プラス会員様限定！10,000円キャッシュバック！",
  text: "いつも ゴールドポイントカード・プラスをご利用いただき、誠にありがとうございます。\n★ 会員様限定 特別キャンペーン ★\n最大10,000円キャッシュバックがもらえるキャンペーン実施中。\n▼ 今すぐキャッシュバック特典を手に入れましょう",
};

describe("a card's campaign lure and the card's own campaign", () => {
  it("the lure from a stranger's domain linking to goldpoint-co-jp.<random>: dangerous", () => {
    const r = check({ ...LURE, links: [link("https://goldpoint-co-jp.ycuxione.com/?apply=07kwokz9")] });
    expect(r.codes).toContain("sender_name_brand_mismatch");
    expect(r.verdict).toBe("dangerous");
  });

  it("the card's own campaign mail from goldpoint.co.jp linking to its site: no signs", () => {
    const r = check({
      ...LURE,
      from: "ゴールドポイントカード・プラス <info@goldpoint.co.jp>",
      links: [link("https://www.goldpoint.co.jp/campaign/2025new/?utm_source=mail", "キャンペーン詳細"), link("https://www.goldpoint.co.jp/mail/stop/")],
      headers: { "Authentication-Results": "mx.example.jp; spf=pass smtp.mailfrom=goldpoint.co.jp; dkim=pass header.d=goldpoint.co.jp; dmarc=pass header.from=goldpoint.co.jp", "List-Unsubscribe": "<https://www.goldpoint.co.jp/mail/stop/>" },
    });
    expect(r.verdict).toBe("no_signs");
  });

  it("a Yodobashi newsletter mentioning the card, from yodobashi.com: no signs", () => {
    const r = check({
      from: "ヨドバシ・ドット・コム <info@mail.yodobashi.com>",
      subject: "ヨドバシ・ドット・コム 新春初売りのご案内",
      text: "ゴールドポイントカード・プラスでのお支払いでポイント還元率アップ。\n詳しくはこちら",
      links: [link("https://www.yodobashi.com/ec/campaign/?utm_source=mail", "詳しくはこちら")],
      headers: { "Authentication-Results": "mx.example.jp; spf=pass smtp.mailfrom=mail.yodobashi.com; dkim=pass header.d=yodobashi.com; dmarc=pass header.from=yodobashi.com" },
    });
    expect(r.verdict).toBe("no_signs");
  });
});

describe("ろうきん by its everyday name", () => {
  it("a restriction notice from a stranger's domain is claimed as ろうきん and dangerous", () => {
    const r = check({
      from: "ろうきんダイレクト <support@shop-mail.example.jp>",
      subject: "【 重要 】労働金庫における一時的なご利用制限のお知らせ",
      text: "いつも＜ろうきん＞をご利用いただき、誠にありがとうございます\nあなたのアカウントは一時的に制限されています。\n▼本人確認をご希望の方は、以下のボタンをクリックしてご本人様確認を行ってください。",
      links: [link("https://hdlvxingshe.example.com/", "本人確認")],
    });
    expect(r.codes).toContain("sender_name_brand_mismatch");
    expect(r.verdict).toBe("dangerous");
  });

  it("a regional labour bank's own maintenance notice from rokin.or.jp: no signs", () => {
    const r = check({
      from: "中央ろうきん <info@chuo.rokin.or.jp>",
      subject: "【中央ろうきん】システムメンテナンスのお知らせ",
      text: "ろうきんダイレクトをご利用のお客さま\nシステムメンテナンスのため、一部サービスを休止いたします。\n詳しくはホームページをご覧ください。",
      links: [link("https://chuo.rokin.or.jp/news/", "お知らせ")],
      headers: { "Authentication-Results": "mx.example.jp; spf=pass smtp.mailfrom=chuo.rokin.or.jp; dkim=pass header.d=rokin.or.jp; dmarc=pass header.from=chuo.rokin.or.jp" },
    });
    expect(r.verdict).toBe("no_signs");
  });
});
