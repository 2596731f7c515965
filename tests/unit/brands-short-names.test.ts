/**
 * Brands whose name is also a word or initials — au (KDDI), ANA, ETC (NEXCO's toll service), JAL,
 * VISA, JTB, DMM — are named by `shortNames`: as written, as a whole word, in a place that says who a
 * mail is from, and only in Japanese text or as the only Latin word there. A brand's name inside
 * another company's longer name (`notNames`: アイフルホーム is not アイフル) is not that brand.
 * Each claim test has its genuine counterpart: the brand's own mail, and ordinary mail using the word.
 */
import { describe, expect, it } from "vitest";
import { findBrandClaims, shortNamesIn } from "../../src/facts/brand-claims";
import { senderFacts } from "../../src/facts/domain-facts";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";
import { RuleSetSchema } from "../../src/rules/schema";
import { check, link, original, rules } from "../signal-helpers";

const claimed = (init: Parameters<typeof original>[0]) => {
  const o = original(init);
  // Read as strictly as a mail that talks like a service notice.
  return findBrandClaims(rules, o, o.from ? senderFacts(rules, o.from.address) : null, true).map((c) => rules.brands[c.brand]!.id);
};

describe("short names claim the brand where a mail says who it is from", () => {
  for (const [what, init, id] of [
    ["au as the display name", { from: "au <info@au-kakunin.top>", subject: "ご利用料金のお支払い確認" }, "kddi"],
    ["au in a Japanese subject tag", { from: "お客様センター <info@kakunin.top>", subject: "【au】ご利用料金のお支払いについて" }, "kddi"],
    ["au in the greeting", { from: "お客様センター <info@kakunin.top>", subject: "重要なお知らせ", text: "auをご利用のお客様\nお支払い方法の確認が必要です。" }, "kddi"],
    ["ETC in a Japanese display name", { from: "ETCメッセージ <etc-melsal@1ndax.top>", subject: "情報を知らせる" }, "nexco"],
    ["ANA alone as the display name", { from: "ANA <info@ana-mile.top>", subject: "Your miles expire" }, "ana"],
    ["ANA in a Japanese subject", { from: "マイレージ事務局 <info@mile.top>", subject: "【ANA】マイル失効のお知らせ" }, "ana"],
    ["アイフル, the lender", { from: "アイフル <info@aiful-kakunin.top>", subject: "ご契約内容の確認" }, "aiful"],
    ["JAL alone as the display name", { from: "JAL <info@jal-mile.top>", subject: "マイル失効のお知らせ" }, "jal"],
  ] as const) {
    it(what, () => expect(claimed(init)).toContain(id));
  }

  it("a stranger's domain named au asking to log in: the name and the domain disagree", () => {
    const r = check({ from: "au <info@au-kakunin.top>", subject: "【重要】ご利用料金のお支払い確認", text: "auをご利用のお客様\nお支払いが確認できません。下記よりログインしてご確認ください。", links: [link("https://au-kakunin.top/login", "ログイン")] });
    expect(r.codes).toContain("sender_name_brand_mismatch");
    expect(r.verdict).toBe("dangerous");
  });
});

describe("the same words in ordinary mail are no claim", () => {
  for (const [what, init] of [
    ["French au in a display name and subject", { from: "Service au client <service@boutique.example.fr>", subject: "Bienvenue au club", text: "Merci de votre inscription au club." }],
    ["Au as a capitalised word", { from: "Au Bon Pain <news@aubonpain.example.com>", subject: "Au revoir, summer" }],
    ["ANA in a Latin name", { from: "ANA SILVA <ana.silva@example.com.br>", subject: "Reunião amanhã" }],
    ["Ana as a given name", { from: "Ana <ana@example.es>", subject: "Hola" }],
    ["etc. in an English subject", { from: "Accounts <accounts@example.com>", subject: "Invoices, receipts, etc." }],
    ["ETC among other Latin words", { from: "ETC Group <ir@etcgroup.example.com>", subject: "ETC Group quarterly report" }],
    ["an uppercase AU for Australia", { from: "Shop AU <hello@shop.example.com.au>", subject: "AU shipping update" }],
    ["アイフルホーム, the house builder", { from: "アイフルホーム <news@eyefulhome.example.jp>", subject: "アイフルホームの見学会", text: "アイフルホームのモデルハウス見学会を開催します。" }],
  ] as const) {
    it(what, () => expect(claimed(init)).toEqual([]));
  }

  it("the short name is no claim in running body text", () => {
    expect(claimed({ from: "Taro <taro@yamada-kogyo.co.jp>", subject: "出張の件", text: "来週の出張は羽田からANAの便で行きます。ETCの明細は経理に回してください。" })).toEqual([]);
  });

  it("shortNamesIn reads case as written and whole words only", () => {
    expect([...shortNamesIn(rules, "auからのお知らせ").keys()].map((b) => rules.brands[b]!.id)).toEqual(["kddi"]);
    expect(shortNamesIn(rules, "beau").size).toBe(0);
    expect(shortNamesIn(rules, "AUからのお知らせ").size).toBe(0);
  });
});

describe("genuine counterparts stay not-dangerous", () => {
  it("KDDI's own au notice from au.com with its links: no signs", () => {
    const r = check({
      from: "au <info@mail.au.com>",
      subject: "【au】ご利用料金確定のお知らせ",
      text: "auをご利用のお客様\n12月分のご利用料金が確定しました。詳しくはMy auでご確認ください。\n配信停止はこちら",
      links: [link("https://www.au.com/my-au/", "My auで確認する"), link("https://www.au.com/mail-stop/")],
      headers: { "Authentication-Results": "mx.example.jp; spf=pass smtp.mailfrom=mail.au.com; dkim=pass header.d=au.com; dmarc=pass header.from=au.com", "List-Unsubscribe": "<https://www.au.com/mail-stop/>" },
    });
    expect(r.verdict).toBe("no_signs");
  });

  it("ANA's own boarding notice, also forwarded without its headers: not dangerous", () => {
    const init = {
      from: "ANA <info@121.ana.co.jp>",
      subject: "【ANA】ご搭乗のご案内 12月20日 羽田→那覇",
      text: "ANAマイレージクラブ会員様\nご予約の便のご案内です。オンラインチェックインはこちらから。\n※このメールは送信専用です。",
      links: [link("https://www.ana.co.jp/ja/jp/checkin/", "オンラインチェックイン"), link("https://www.ana.co.jp/ja/jp/amc/")],
    };
    expect(check({ ...init, headers: { "Authentication-Results": "mx.example.jp; spf=pass smtp.mailfrom=121.ana.co.jp; dkim=pass header.d=ana.co.jp; dmarc=pass header.from=ana.co.jp" } }).verdict).toBe("no_signs");
    expect(check(init).verdict).not.toBe("dangerous");
  });

  it("a travel agency's newsletter offering ANA flights, linking to its own site: not dangerous", () => {
    const r = check({
      from: "たびの窓口 <news@mail.tabinomado.example.jp>",
      subject: "ANAで行く沖縄3日間 冬のキャンペーン",
      text: "いつもたびの窓口をご利用いただきありがとうございます。\nANAで行く沖縄ツアー、抽選で10名様にマイルをプレゼント。\n詳しくはこちら\n配信停止",
      links: [link("https://www.tabinomado.example.jp/okinawa/?utm_source=mail", "ツアーを見る"), link("https://www.tabinomado.example.jp/unsubscribe")],
      headers: { "List-Unsubscribe": "<https://www.tabinomado.example.jp/unsubscribe>" },
    });
    expect(r.verdict).not.toBe("dangerous");
  });

  for (const [shop, domain] of [
    ["auショップ山田店", "aushop-yamada.example.jp"],
    ["ドコモショップ山田店", "docomoshop-yamada.example.jp"],
    ["ソフトバンクショップ山田店", "sbshop-yamada.example.jp"],
  ] as const) {
    it(`a carrier's franchise shop (${shop}) confirming a visit from its own domain: no claim in its name, not dangerous`, () => {
      const init = { from: `${shop} <info@${domain}>`, subject: "ご来店予約の確認", text: `${shop}です。ご来店予約を承りました。`, links: [link(`https://www.${domain}/`, "店舗情報")] };
      expect(claimed(init)).toEqual([]);
      expect(check(init).verdict).toBe("no_signs");
    });
  }

  it("a car shop's ETC on-board unit sale, linking to its own site: not dangerous", () => {
    const r = check({
      from: "カーショップ山田 <info@carshop-yamada.example.jp>",
      subject: "【ETC車載器】セットアップ込みセールのお知らせ",
      text: "カーショップ山田をご利用のお客様\nETC車載器のセットアップ込みセールを開催中です。ご来店お待ちしております。",
      links: [link("https://www.carshop-yamada.example.jp/sale/", "セール会場へ")],
    });
    expect(r.verdict).not.toBe("dangerous");
  });
});

describe("notNames and shortNames in a rule set", () => {
  it("are optional, and a bad short name is rejected naming the field", () => {
    const ok = RuleSetSchema.safeParse({ ...defaultRules(), brands: [{ id: "x", names: { en: ["Xample"] }, domains: ["x.example"], category: "other" }] });
    expect(ok.success).toBe(true);
    const bad = RuleSetSchema.safeParse({ ...defaultRules(), brands: [{ id: "x", names: { en: ["Xample"] }, shortNames: ["a b"], domains: ["x.example"], category: "other" }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path.join(".")).toBe("brands.0.shortNames.0");
  });

  it("a not-name only hides the name where the longer name stands", () => {
    const r = compileRules(RuleSetSchema.parse({ ...defaultRules(), brands: [{ id: "x", names: { en: ["Xample"], ja: ["エグザ"] }, notNames: ["エグザホーム"], domains: ["x.example"], category: "other" }] }));
    const ids = (from: string) => {
      const o = original({ from, subject: "お知らせ" });
      return findBrandClaims(r, o, senderFacts(r, o.from!.address), true).map((c) => r.brands[c.brand]!.id);
    };
    expect(ids("エグザホーム <a@b.example>")).toEqual([]);
    expect(ids("エグザ <a@b.example>")).toEqual(["x"]);
    expect(ids("エグザ・エグザホーム <a@b.example>")).toEqual(["x"]);
  });
});
