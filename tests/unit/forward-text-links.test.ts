/**
 * Plain-text forwards of HTML mail (src/original/text-links.ts): the client wrote each link as its
 * text and target, each image as a placeholder. Reading them back gives the signals the link text ↔
 * target pairs and logo alts a direct check sees. Fixtures in tests/fixtures/forwards/ (sources in
 * its README.md).
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { parseMail } from "../../src/mail/parse";
import { findOriginal } from "../../src/original/find";
import { textStructure } from "../../src/original/text-links";
import { fixture } from "../fixtures";
import { rules } from "../signal-helpers";

/** The verdict, and the original as the signals see it. */
async function check(path: string, forwarder: string) {
  const r = await checkMail(fixture(`forwards/${path}`), rules, { forwarder });
  return { verdict: r.verdict, original: await findOriginal(await parseMail(fixture(`forwards/${path}`)), forwarder) };
}

describe("link text and target, as each client writes them", () => {
  it.each([
    ["Gmail, Apple Mail, Thunderbird, K-9: text <url>", "Sign in <https://evil.example/login>"],
    ["Outlook: text<url>", "Sign in<https://evil.example/login>"],
    ["text [url]", "Sign in [https://evil.example/login]"],
    ["text (url)", "Sign in (https://evil.example/login)"],
    ["Markdown: [text](url)", "[Sign in](https://evil.example/login)"],
    ["the target on the next line", "Sign in\n<https://evil.example/login>"],
    ["w3m/lynx: text[1] and a reference list", "Sign in[1]\n\nReferences:\n\n   1. https://evil.example/login"],
  ])("%s", (_name, text) => {
    const s = textStructure(text);
    expect(s.links).toEqual([{ href: "https://evil.example/login", text: "Sign in" }]);
    expect(s.text).not.toContain("evil.example");
  });

  it("a link inside a sentence takes the words after the sentence before it, not the whole line", () => {
    const s = textStructure("Your card was declined. Update your card <https://evil.example/u> today.");
    expect(s.links[0]).toEqual({ href: "https://evil.example/u", text: "Update your card" });
    expect(s.text).toBe("Your card was declined. Update your card today.");
  });

  it("two links on one line each keep their own text", () => {
    const s = textStructure("Help <https://a.example/h> | Privacy <https://a.example/p>");
    expect(s.links.map((l) => l.text)).toEqual(["Help", "Privacy"]);
  });

  it("an address shown as the link text is kept whole (what link_text_mismatch compares)", () => {
    const s = textStructure("https://www.paypal.com <https://evil.example/p>");
    expect(s.links).toEqual([{ href: "https://evil.example/p", text: "https://www.paypal.com" }]);
  });

  it("images: Gmail's [image: alt], Outlook's [alt] before an image link; [cid:…] placeholders carry no alt", () => {
    expect(textStructure("[image: Amazon] <https://evil.example/>").imageAlts).toEqual(["Amazon"]);
    expect(textStructure("[image: Amazon] <https://evil.example/>").links).toEqual([{ href: "https://evil.example/", text: "Amazon" }]);
    expect(textStructure("[Microsoft]<https://evil.example/owa>").imageAlts).toEqual(["Microsoft"]);
    const cid = textStructure("[cid:image001.png@01DB43C8.2F1A3B40]\nHello");
    expect(cid.imageAlts).toEqual([]);
    expect(cid.text).not.toContain("cid:");
  });

  it("bracketed words that are not an image link are left alone ([重要], a bare [Amazon] heading)", () => {
    expect(textStructure("[重要] お知らせ\n[Amazon]\nご注文ありがとうございます").imageAlts).toEqual([]);
  });

  it("a numbered list that is not a reference list is not read as one", () => {
    const s = textStructure("Steps:\n1. Open the app\n2. Tap Settings");
    expect(s.links).toEqual([]);
    expect(s.text).toContain("1. Open the app");
  });
});

describe("plain-text forwards by clients, through the whole check", () => {
  it("Gmail plain-text mode: the button text, the logo alt and the original's sender are read back", async () => {
    const r = await check("gmail-text-en.eml", "taro.yamada@gmail.com");
    expect(r.original).toMatchObject({ via: "inline", from: { name: "PayPal Service", address: "service@paypal-resolution-center.top" } });
    expect(r.original?.links).toContainEqual({ href: "https://paypal-resolution-center.top/signin/verify?u=4411", text: "Confirm now" });
    expect(r.original?.imageAlts).toEqual(["PayPal"]);
    expect(r.original?.text).not.toContain("<https://");
    expect(r.verdict).toBe("dangerous");
  });

  it("Outlook plain text: '-----Original Message-----', text<url>, [alt]<url> and [cid:…]", async () => {
    const r = await check("outlook-text-en.eml", "hanako.sato@example.co.jp");
    expect(r.original?.from?.address).toBe("no-reply@office365-mailbox-portal.xyz");
    expect(r.original?.imageAlts).toEqual(["Microsoft"]);
    expect(r.original?.links.map((l) => l.text)).toContain("Keep Same Password");
    expect(r.verdict).toBe("dangerous");
  });

  it("mutt with w3m: text[1] and the reference list", async () => {
    const r = await check("mutt-w3m-refs.eml", "jiro@example.org");
    expect(r.original?.links).toContainEqual({ href: "https://amazon-billing-notice.cn/ap/signin?openid=update", text: "Update payment" });
    expect(r.original?.text).not.toContain("References");
    expect(r.verdict).toBe("dangerous");
  });

  it("genuine: a shop's shipping notice with click-tracker links, forwarded from Thunderbird as text, has no signs", async () => {
    const r = await check("genuine-newsletter-thunderbird-text.eml", "taro@example.org");
    expect(r.original?.from?.address).toBe("orders@shop.kinokuniya-books.example.jp");
    expect(r.original?.links.map((l) => l.text)).toContain("Track your parcel");
    expect(r.verdict).toBe("no_signs");
  });

  it("genuine: a ヤマト運輸 notice from its own domain, logo and links to its own sites, forwarded from Outlook as text, has no signs", async () => {
    const r = await check("genuine-yamato-outlook-text.eml", "hanako.sato@example.co.jp");
    expect(r.original?.imageAlts).toEqual(["ヤマト運輸"]);
    expect(r.original?.links.map((l) => l.text)).toContain("お荷物の状況を確認する");
    expect(r.verdict).toBe("no_signs");
  });
});

describe("a list of targets with no marks in the text (a client that only lists the links)", () => {
  it("keeps every listed target as a link", () => {
    const s = textStructure("Your parcel is on hold.\n\n[1] https://evil.example/a\n[2] https://evil.example/b");
    expect(s.links.map((l) => l.href)).toEqual(["https://evil.example/a", "https://evil.example/b"]);
  });
});
