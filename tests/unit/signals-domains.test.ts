/**
 * Domain spelling and brand claims: lookalikes, a brand's name inside a foreign domain, and which
 * names, subjects and bodies claim a brand — each next to the genuine domain or mail nearest to it.
 */
import { describe, expect, it } from "vitest";
import { check, link } from "../signal-helpers";

const sender = (domain: string) => check({ from: `Customer Service <info@${domain}>` });

describe("sender_lookalike: the brand's name spelled to look the same", () => {
  it.each([
    ["arnazon.co.jp", "rn for m"],
    ["amaz0n.com", "digit for letter"],
    ["\u0430mazon.com", "Cyrillic а"],
    ["xn--mazon-3ve.com", "punycode of the Cyrillic а"],
    ["amazn.com", "one letter dropped"],
    ["b1nance.com", "digit for letter, Binance"],
  ])("%s (%s) imitates Amazon/Binance", (domain) => {
    const s = sender(domain).signal("sender_lookalike");
    expect(s?.severity).toBe("high");
    expect(["Amazon", "Binance"]).toContain(s?.params.brand);
  });

  // Brand tokens are also searched in the label with its disguise undone (0→o, 1→l, rn→m …).
  it("amaz0n-co-jp.com (and paypa1-secure.com) imitates the brand", () => {
    const r = sender("amaz0n-co-jp.com");
    expect(r.codes.some((c) => c === "sender_lookalike" || c === "sender_brand_in_domain")).toBe(true);
    expect(sender("paypa1-secure.com").codes).toContain("sender_lookalike");
    expect(sender("arnazon-co-jp.com").codes).toContain("sender_lookalike");
  });

  it("not amazon.co.jp itself, nor Amazon's other country domain amazon.de", () => {
    expect(sender("amazon.co.jp").codes).toEqual([]);
    expect(sender("amazon.de").codes).toEqual([]);
  });

  it("PayPay (paypay.ne.jp) is not a PayPal lookalike", () => {
    expect(sender("paypay.ne.jp").codes).toEqual([]);
    expect(check({ from: "PayPay <no-reply@paypay.ne.jp>", subject: "【PayPay】ご利用のお知らせ", links: [link("https://paypay.ne.jp/help/")] }).verdict).toBe("no_signs");
  });

  it("one edit counts a hyphen: eneco.be (Eneco, an energy company) is two edits from NEXCO's e-nexco and no lookalike; e-nexo.com is one", () => {
    expect(sender("eneco.be").codes).toEqual([]);
    expect(check({ from: "Eneco <klantenservice@eneco.be>", subject: "Uw factuur staat klaar", links: [link("https://www.eneco.be/mijn-eneco")] }).verdict).toBe("no_signs");
    expect(sender("e-nexo.com").codes).toContain("sender_lookalike");
    expect(sender("enexco.com").codes.some((c) => c === "sender_lookalike" || c === "sender_brand_in_domain")).toBe(true);
  });

  it("finance.example.com and finance.com are not Binance lookalikes (one substituted letter is left alone)", () => {
    expect(sender("finance.example.com").codes).toEqual([]);
    expect(sender("finance.com").codes).toEqual([]);
  });
});

describe("sender_brand_in_domain: the brand's name inside someone else's domain", () => {
  it("emailamazoncojp.cf: brand in the registrable name, on an abused ending", () => {
    const r = sender("emailamazoncojp.cf");
    expect(r.codes).toEqual(expect.arrayContaining(["sender_brand_in_domain", "sender_abused_tld"]));
    expect(r.signal("sender_brand_in_domain")).toMatchObject({ severity: "high", points: 5 });
    expect(r.verdict).toBe("dangerous");
  });

  it("amazon.co.jp.example-login.ml / .com: the official domain spelled out as subdomains", () => {
    expect(sender("amazon.co.jp.example-login.ml").signal("sender_brand_in_domain")?.params.token).toBe("amazon.co.jp");
    expect(sender("amazon.co.jp.example-login.com").signal("sender_brand_in_domain")?.params.token).toBe("amazon.co.jp");
  });

  it("a brand's exact name only as a subdomain label is weaker, until the mail also claims the brand", () => {
    expect(sender("paypal.server4566.com").signal("sender_brand_in_domain")).toMatchObject({ severity: "medium", points: 2 });
    expect(check({ from: "x <info@paypal.server4566.com>", imageAlts: ["PayPal"] }).signal("sender_brand_in_domain")).toMatchObject({ severity: "high", points: 5 });
  });

  it("not a short brand token that is just a department's name (citi.umich.edu), nor the brand on another country ending", () => {
    expect(sender("citi.umich.edu").codes).toEqual([]);
    expect(sender("yahoo.co.uk").codes).toEqual([]);
  });
});

describe("brand claims: which names and subjects claim a brand", () => {
  it("the Japanese display name with spaces 三 井 住 友 カード still claims SMBC", () => {
    const r = check({ from: "三 井 住 友 カード <info@mail-notice.com>" });
    expect(r.codes).toContain("sender_name_brand_mismatch");
    expect(r.brand?.domain).toBe("smbc-card.com");
  });

  it("but not from SMBC's own domain", () => {
    expect(check({ from: "三 井 住 友 カード <info@vpass.ne.jp>" }).codes).toEqual([]);
  });

  it("【りそな銀行】 in the subject of mail from an unrelated domain is a weak claim of Resona", () => {
    const r = check({ from: "Info <info@mail-notice.com>", subject: "【りそな銀行】取引を規制いたしました" });
    expect(r.signal("claimed_brand_unofficial_sender")?.points).toBe(2);
    expect(r.brand?.domain).toBe("resonabank.co.jp");
    expect(check({ from: "りそな銀行 <info@resonabank.co.jp>", subject: "【りそな銀行】取引を規制いたしました" }).codes).toEqual([]);
  });

  it("a Cyrillic А in the display name still claims Amazon", () => {
    expect(check({ from: "\u0410mazon <info@mail-notice.com>" }).codes).toContain("sender_name_brand_mismatch");
  });

  it("a genuine Rakuten mail that mentions Amazon in its body is not an Amazon impersonation", () => {
    const r = check({
      from: "楽天市場 <order@rakuten.co.jp>",
      subject: "【楽天市場】注文内容ご確認（自動配信メール）",
      text: "ご注文ありがとうございます。Amazonギフトカードなど他社のギフト券はご利用いただけません。Amazon",
      links: [link("https://order.rakuten.co.jp/ordHistory/")],
    });
    expect(r.codes).not.toContain("sender_name_brand_mismatch");
    expect(r.codes).not.toContain("brand_links_elsewhere");
    expect(r.verdict).toBe("no_signs");
  });
});
