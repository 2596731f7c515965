/** The reply's wording pieces: lookalike tricks, brand names in Japanese, unlinkable official domains, explanations that fit the quote, one reason per idea. */
import { describe, expect, it } from "vitest";
import { plainDomain, brandName } from "../../src/reply/defang";
import { japaneseName } from "../../src/verdict/evidence";
import { explain } from "../../src/reply/reasons";
import { score } from "../../src/verdict/score";
import { readableHost } from "../../src/text/host";
import { lookalikeTrick } from "../../src/verdict/trick";
import type { ReasonCode, Signal } from "../../src/signals/types";
import { check, rules } from "../signal-helpers";

const domainsOf = (id: string) => rules.brands.find((b) => b.id === id)!.domains;
const brandIdx = (id: string) => rules.brands.findIndex((b) => b.id === id);

describe("lookalike tricks", () => {
  it.each([
    ["paypa1-resolution.com", "paypal", "paypal.com", "digit:1:l|word:resolution"],
    ["xn--pypal-4ve.com", "paypal", "paypal.com", "script:а:a:cyrillic"],
    ["micorsoft.com", "microsoft", "microsoft.com", "swap:ro:or"],
    ["hotmal.com", "microsoft", "hotmail.com", "missing:i"],
    ["trust-wallet.com", "trustwallet", "trustwallet.com", "hyphen"],
    ["arnazon.co.jp", "amazon", "amazon.co.jp", "letters:rn:m"],
    ["amaz0n-co-jp.com", "amazon", "amazon.co.jp", "digit:0:o|word:co-jp|ending:com:co.jp"],
  ])("%s imitates %s's %s: %s", (host, brand, real, trick) => {
    expect(lookalikeTrick(host, domainsOf(brand))).toEqual({ real, trick });
  });

  it("punycode is shown as the reader saw it", () => {
    expect(readableHost("xn--pypal-4ve.com")).toBe("pаypal.com");
    expect(readableHost("mail.example.com")).toBe("mail.example.com");
  });

  it("a host is quoted without the invisible characters the matcher ignores (Hangul filler, joiners, variation selectors)", () => {
    const domain = "pay\u3164pa1\u034f-\ufe0fsecure.com";
    const m = explain({ code: "link_lookalike", params: { domain, brand: "PayPal", real: "paypal.com", trick: "digit:1:l" } });
    expect(m.en).toContain("paypa1-secure[.]com");
    expect(m.ja).toContain("paypa1-secure[.]com");
  });

  it("the reason spells the trick out in both languages", () => {
    const m = explain({ code: "sender_lookalike", params: { address: "a@paypa1-resolution.com", domain: "paypa1-resolution.com", brand: "PayPal", real: "paypal.com", trick: "digit:1:l|word:resolution" } });
    expect(m.en).toContain('it has the digit "1" where the real one has the letter "l" and it adds the word "resolution"');
    expect(m.ja).toContain("英字の「l」の代わりに、数字の「1」が使われています");
    expect(m.ja).toContain("「resolution」という言葉が付け足されています");
  });
});

describe("brand names in Japanese", () => {
  it("the name the mail used (ヤマト運輸, 楽天, JCB, Amazon), else a kanji name, else the Latin one", () => {
    expect(japaneseName(rules, brandIdx("yamato"), "ヤマト運輸をご利用いただき")).toBe("ヤマト運輸");
    expect(japaneseName(rules, brandIdx("rakuten"), "楽天カードをご利用のお客様")).toBe("楽天");
    expect(japaneseName(rules, brandIdx("jcb"), "お客様のJCBアカウントがロック")).toBe("JCB");
    expect(japaneseName(rules, brandIdx("amazon"), "Amazonプライム会員様")).toBe("Amazon");
    expect(japaneseName(rules, brandIdx("japanpost"), "tracking")).toBe("日本郵便");
    expect(japaneseName(rules, brandIdx("paypal"), "")).toBe("PayPal");
  });

  it("the reasons use it in Japanese, the English name in English", () => {
    const r = check({ from: "ヤマト運輸 <info@yamato-delivery.example.net>", subject: "【ヤマト運輸】お荷物のお知らせ", text: "ヤマト運輸です。お荷物をお届けに上がりましたが不在のため持ち帰りました。" });
    const mismatch = r.reasons.find((x) => x.code === "sender_name_brand_mismatch")!;
    expect(explain(mismatch).ja).toContain("ヤマト運輸のものではありません");
    expect(explain(mismatch).en).toContain("Yamato Transport");
    expect(r.brand?.ja).toBe("ヤマト運輸");
  });
});

describe("official domains and brand names: plain, never clickable", () => {
  it("a word joiner before each dot; anything that is not a host name is defanged", () => {
    expect(plainDomain("www.paypal.com")).toBe("www\u2060.paypal\u2060.com");
    expect(plainDomain("https://evil.example/x")).not.toMatch(/https?:\/\/|evil\.example/);
    expect(brandName("Booking.com")).toBe("Booking\u2060.com");
    expect(brandName("<a href=x>")).not.toContain("<a");
  });
});

describe("explanations fit what was quoted", () => {
  const pressure = (phrases: string[], kinds: string[]) =>
    explain({ code: "pressure", params: { phrases: phrases.join("\u0000"), kinds: kinds.join("\u0000"), count: String(phrases.length) } });

  it("a deadline is called a deadline", () => {
    const m = pressure(["within 48 hours"], ["urgency"]);
    expect(m.en).toBe('It tries to rush or scare you: "within 48 hours". Real companies rarely demand that you act within a deadline like this.');
  });
  it("a fraud alert: real card companies do send them; check without the mail", () => {
    const m = pressure(["不正利用の可能性"], ["threat"]);
    expect(m.ja).toContain("本物のカード会社や銀行も不正利用の連絡をしますが");
    expect(m.ja).not.toContain("期限");
    expect(m.en).toContain('"不正利用の可能性"');
  });
  it("an account stopped, a parcel on hold, a prize", () => {
    expect(pressure(["ご利用を一時停止"], ["threat"]).ja).toContain("アカウントが止められた");
    expect(pressure(["parcel is on hold"], ["delivery"]).en).toMatch(/^It says a parcel could not be delivered: "parcel is on hold"\. Fake delivery notices/);
    expect(pressure(["当選"], ["reward"]).ja).toMatch(/^当選や特典で気を引こうとしています：「当選」。/);
  });
});

describe("one reason per idea", () => {
  const sig = (code: ReasonCode, params: Record<string, string>, points = 6): Signal => ({ code, severity: "high", points, params });
  it("a lookalike sender makes 'the name says PayPal, the address is not PayPal's' a repeat, put last and marked", () => {
    const s = score([
      sig("sender_name_brand_mismatch", { brand: "PayPal", address: "a@paypa1.com", name: "PayPal" }),
      sig("sender_lookalike", { brand: "PayPal", address: "a@paypa1.com", domain: "paypa1.com" }),
      sig("link_text_mismatch", { shown: "www.paypal.com", shownOfficial: "1", domain: "paypa1.com", url: "https://paypa1.com/" }, 5),
      sig("link_lookalike", { brand: "PayPal", domain: "paypa1.com", url: "https://paypa1.com/" }, 5),
    ]);
    expect(s.reasons.map((r) => [r.code, r.repeats])).toEqual([
      ["link_text_mismatch", undefined],
      ["sender_lookalike", undefined],
      ["link_lookalike", "link_text_mismatch"],
      ["sender_name_brand_mismatch", "sender_lookalike"],
    ]);
    // A repeat is only left out of the reply: its points still count.
    expect(s.score).toBe(22);
  });

  it("a genuine mail is unaffected: nothing is marked when there is nothing to repeat", () => {
    const r = check({ from: "Taro <taro@yamada-kogyo.co.jp>", text: "Lunch on Tuesday?" });
    expect(r.reasons.every((x) => !x.repeats)).toBe(true);
  });
});
