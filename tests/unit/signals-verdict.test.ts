/**
 * How signals add up to a verdict: genuine mail stays at no signs, wording alone is capped below
 * "dangerous", a brand claim with a foreign link is dangerous, and no positive signal ever lowers
 * the score.
 */
import { describe, expect, it } from "vitest";
import { rules, YOU, original, run, check, link } from "../signal-helpers";
import type { Original } from "../../src/original/types";
import { PHRASE_POINTS_CAP } from "../../src/signals/phrases";
import { THRESHOLDS } from "../../src/verdict/score";

const AMAZON_NOTICE = {
  from: "Amazon.co.jp <shipment-tracking@amazon.co.jp>",
  subject: "Amazon.co.jp ご注文の商品を発送しました",
  text: "山田 花子 様\nご注文いただいた商品を発送しました。お届け予定: 3月4日(木)\n注文番号: 250-1234567-7654321",
  links: [link("https://www.amazon.co.jp/gp/your-account/order-details?orderID=250-1234567-7654321", "注文の詳細"), link("https://www.amazon.co.jp/gp/css/shiptrack/view.html")],
  imageAlts: ["Amazon.co.jp"],
};

describe("genuine mail", () => {
  it("a real amazon.co.jp shipping notice with links to amazon.co.jp is no_signs", () => {
    const r = check(AMAZON_NOTICE);
    expect(r.codes).toEqual([]);
    expect(r.verdict).toBe("no_signs");
    expect(r.score).toBe(0);
  });

  it("an ordinary personal mail is no_signs", () => {
    expect(check().verdict).toBe("no_signs");
  });
});

describe("the phrase cap", () => {
  const stuffed = (kinds: string[]) =>
    rules.phrases
      .filter((p) => kinds.includes(p.kind))
      .map((p) => p.text)
      .join("。\n");

  it("dozens of pressure phrases and nothing else are never dangerous", () => {
    const text = stuffed(["urgency", "threat", "reward", "delivery"]);
    const r = check({ text });
    expect(text.split("\n").length).toBeGreaterThan(100);
    expect(r.codes).toEqual(["pressure"]);
    expect(r.score).toBeLessThanOrEqual(PHRASE_POINTS_CAP);
    expect(r.verdict).not.toBe("dangerous");
  });

  it("every phrase of every kind together still adds at most the cap", () => {
    const r = check({ text: stuffed(["urgency", "threat", "reward", "delivery", "credential", "payment", "action"]) });
    expect(r.signals.reduce((n, s) => n + s.points, 0)).toBeLessThanOrEqual(PHRASE_POINTS_CAP);
    expect(r.verdict).not.toBe("dangerous");
    expect(PHRASE_POINTS_CAP).toBeLessThan(THRESHOLDS.dangerous);
  });

  it("while a display-name brand claim from an unrelated domain plus a foreign link is dangerous", () => {
    const r = check({ from: "Amazon.co.jp <info@mail-notice.com>", text: "ご注文の確認", links: [link("https://amazon-order-check.net/order")] });
    expect(r.codes).toEqual(expect.arrayContaining(["sender_name_brand_mismatch", "brand_links_elsewhere"]));
    expect(r.verdict).toBe("dangerous");
  });
});

describe("one brand claim by one unlisted site, and nothing else, is a warning, not a verdict of phishing", () => {
  // How a brand's own company or new service domain looks until the catalogue lists it.
  const SUBSIDIARY = {
    from: "JALカード <info@mail.jalcard-members.jp>",
    subject: "【JALカード】ご利用代金明細のお知らせ",
    text: "JALカード会員の皆様\n今月のご利用代金明細をWEB明細サービスに掲載しました。\nお支払日: 3月10日",
    links: [link("https://www.jalcard-members.jp/meisai/", "WEB明細を見る"), link("https://www.jalcard-members.jp/faq/")],
  };

  it("a notice under a brand's name whose links all go to the sender's own domain is suspicious, though it scores past the line", () => {
    const r = check(SUBSIDIARY);
    expect(r.codes.sort()).toEqual(["brand_links_elsewhere", "sender_name_brand_mismatch"]);
    expect(r.score).toBeGreaterThanOrEqual(THRESHOLDS.dangerous);
    expect(r.verdict).toBe("suspicious");
  });

  it("the claim alone, with no link at all, is suspicious too", () => {
    const r = check({ ...SUBSIDIARY, links: [] });
    expect(r.codes).toEqual(["sender_name_brand_mismatch"]);
    expect(r.verdict).toBe("suspicious");
  });

  it("a second sign makes it dangerous: a link to another site, pressure, an ask", () => {
    const other = check({ ...SUBSIDIARY, links: [link("https://jal-card-check.com/login", "ログイン")] });
    expect(other.verdict).toBe("dangerous");
    const pressed = check({ ...SUBSIDIARY, text: `${SUBSIDIARY.text}\n24時間以内にご確認いただけない場合、カードのご利用を停止いたします。` });
    expect(pressed.codes).toContain("pressure");
    expect(pressed.verdict).toBe("dangerous");
    const asked = check({ ...SUBSIDIARY, text: `${SUBSIDIARY.text}\nカード番号と暗証番号を入力してください。` });
    expect(asked.verdict).toBe("dangerous");
  });

  it("a crypto wallet said to be blocked is pressure, so a wallet brand's claim with it is dangerous", () => {
    const r = check({ from: "MetaMask Inc <work@staffing-app.example.com>", subject: "Your Crypto Wallet has been Blocked", text: "Verify your wallet to restore access.", links: [link("https://links.staffing-app.example.com/u/click?_t=1")] });
    expect(r.codes).toContain("pressure");
    expect(r.verdict).toBe("dangerous");
  });
});

describe("the score is the sum of the signals' points", () => {
  it("and the verdict follows the thresholds", () => {
    for (const init of [AMAZON_NOTICE, { from: "Google Security <attacker@gmail.com>", links: [link("http://192.0.2.1/")] }, { subject: "Final notice", text: "verify your account" }]) {
      const r = check(init);
      const sum = r.signals.reduce((n, s) => n + s.points, 0);
      expect(r.score).toBeCloseTo(sum, 5);
      expect(r.verdict).toBe(sum >= THRESHOLDS.dangerous ? "dangerous" : sum >= THRESHOLDS.suspicious ? "suspicious" : "no_signs");
    }
  });
});

describe("monotonicity: adding a positive signal never lowers the score", () => {
  const bases: Record<string, Original> = {
    "a personal mail": original(),
    "the genuine Amazon notice": original(AMAZON_NOTICE),
    "the authenticated Amazon notice": original({ ...AMAZON_NOTICE, via: "attachment", headers: { "Authentication-Results": "mx; dkim=pass header.d=amazon.co.jp; dmarc=pass header.from=amazon.co.jp" } }),
    "a fake Amazon": original({ from: "Amazon <info@mail-notice.com>", links: [link("https://mail-notice.com/x")] }),
    "a weak subject claim": original({ from: "Info <info@mail-notice.com>", subject: "【りそな銀行】取引を規制いたしました", links: [link("https://mail-notice.com/x")] }),
    "a logo claim among real links": original({ from: "Info <info@mail-notice.com>", imageAlts: ["PayPal"], links: [link("https://www.paypal.com/"), link("https://mail-notice.com/x")] }),
    "Rakuten mentioning Amazon": original({ from: "楽天市場 <order@rakuten.co.jp>", text: "Amazonギフトカードはご利用いただけません。", links: [link("https://order.rakuten.co.jp/")] }),
    "a brand label in a subdomain": original({ from: "Info <info@paypal.server4566.com>" }),
  };
  const additions: Record<string, (o: Original) => Original> = {
    "an IP link": (o) => ({ ...o, links: [...o.links, link("http://192.0.2.44/login")] }),
    "a lookalike link": (o) => ({ ...o, links: [...o.links, link("https://arnazon.co.jp/signin")] }),
    "a sign-in link to a stranger": (o) => ({ ...o, links: [...o.links, link("https://evil-host.com/x", "Sign in")] }),
    "a mismatched link text": (o) => ({ ...o, links: [...o.links, link("https://evil-host.com/x", "www.amazon.co.jp")] }),
    "pressure wording": (o) => ({ ...o, text: `${o.text}\nYour account has been suspended. 24時間以内にご対応ください。` }),
    "a request for the password": (o) => ({ ...o, text: `${o.text}\nverify your account and enter your password` }),
    "a brand logo": (o) => ({ ...o, imageAlts: [...o.imageAlts, "PayPal"] }),
    "a brand display name": (o) => ({ ...o, from: { name: "PayPal", address: o.from!.address } }),
    "a Reply-To elsewhere": (o) => ({ ...o, replyTo: [{ name: "", address: "desk@other-org.ml" }] }),
    "an .exe attachment": (o) => ({ ...o, attachments: [...o.attachments, { filename: "invoice.exe", mimeType: "application/octet-stream", size: 1 }] }),
    "invisible characters": (o) => ({ ...o, subject: `${o.subject} up\u200bdate` }),
    "a random subject code": (o) => ({ ...o, subject: `${o.subject} maHSkh0WLRUIpDf6t` }),
    "your address in the subject": (o) => ({ ...o, subject: `${o.subject} ${YOU}` }),
  };

  for (const [baseName, base] of Object.entries(bases)) {
    it(`${baseName}`, () => {
      const before = run(base).score;
      for (const [name, add] of Object.entries(additions)) {
        const once = add(base);
        expect(run(once).score, `+ ${name}`).toBeGreaterThanOrEqual(before);
        // …and a second addition on top of the first never undoes it either.
        for (const [name2, add2] of Object.entries(additions)) expect(run(add2(once)).score, `+ ${name} + ${name2}`).toBeGreaterThanOrEqual(run(once).score);
      }
    });
  }

  it("the same mail plus an IP link scores higher", () => {
    const base = original({ from: "Amazon <info@mail-notice.com>", links: [link("https://mail-notice.com/x")] });
    expect(run(additions["an IP link"]!(base)).score).toBeGreaterThan(run(base).score);
  });
});
