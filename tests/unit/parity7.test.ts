/**
 * Issue 11 (parity, session 7): what a plain-text forward carries of the original's pictures.
 * - Outlook composing in plain text writes a picture with no alt text as where it is: `[cid:…]` for one sent
 *   with the mail, its address for one hot-linked (`[https://cdn.example/logo.png]<https://link>`), and a picture
 *   with alt text as `[alt]` (cli/forward-shapes.ts wrote `[cid:…]` for every picture: a measuring bug).
 * - Reading such a forward back (src/original/text-links.ts), a bracketed picture address is a picture, not a
 *   link's target: a logo hot-linked from a brand's site and a mail that is only pictures are seen forwarded as
 *   directly; a link whose content is pictures has their `[alt]` as its text, as the HTML's anchor had.
 * - Thunderbird writes a picture's alt text bare and K-9 nothing (their converters), so neither carries where a
 *   picture was: what those shapes lose there is not in the forward (given up, see the README).
 * - K-9 composing in plain text quotes the original's text/plain part when it has one, and converts the HTML only
 *   when not (cli/forward-shapes.ts converted the HTML always: a measuring bug).
 * Every phishing mail here has its nearest genuine counterpart, forwarded the same ways, that stays no_signs.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeOriginal, FORWARDER, forwardAs } from "../../cli/forward-shapes";
import { checkMail } from "../../src/check";
import { parseMail } from "../../src/mail/parse";
import { textStructure } from "../../src/original/text-links";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";

const rules = compileRules(defaultRules());
const TEXT_SHAPES = ["outlook-en-text", "thunderbird-it", "k9-ko"];

function htmlMail(from: string, subject: string, html: string, extra: string[] = []): string {
  return [`From: ${from}`, "To: hanako@example.jp", `Subject: ${subject}`, "Date: Tue, 10 Nov 2026 09:12:00 +0900", "Message-ID: <p7.pictures@mail.example>", ...extra, "MIME-Version: 1.0", "Content-Type: text/html; charset=UTF-8", "", html, ""].join("\r\n");
}

async function orig(raw: string) {
  return describeOriginal(raw, await parseMail(new TextEncoder().encode(raw)));
}

async function forwarded(raw: string, shape: string) {
  return checkMail(forwardAs(shape, await orig(raw)), rules, { forwarder: FORWARDER });
}

const textOf = (mail: string | Uint8Array) => {
  const s = typeof mail === "string" ? mail : new TextDecoder().decode(mail);
  const b64 = /Content-Type: text\/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n([\s\S]*?)\r\n(?:--|$)/.exec(s)?.[1] ?? "";
  return Buffer.from(b64.replace(/\s+/g, ""), "base64").toString("utf8");
};

// A giveaway dressed in pictures hot-linked from Twitter's image host, its links to a stranger's site.
const GIVEAWAY = htmlMail(
  "ESaver Giveaway <promo@win-esaver.example>",
  "Get an ESaver - enter to win!",
  [
    `<p>Unsubscribe by replying to this email</p>`,
    `<p><a href="http://prize-entry.xyz/go.php?id=6a8d35">ESaver Giveaway - enter today</a></p>`,
    `<img src="http://prize-entry.xyz/open.php?id=22eacc" width="1" height="1">`,
    `<div><a href="http://prize-entry.xyz/go.php?id=6a8d35"><img src="https://pbs.twimg.com/media/GhU12sYXsAAIK4O?format=jpg&amp;name=medium" alt="Click to Show Image"><br>`,
    `<img src="https://pbs.twimg.com/media/GhU12sYXsAAIK4O?format=jpg&amp;name=medium" alt=""></a></div>`,
  ].join("\n"),
);

// A mail that is pictures and links, nothing to read.
const PICTURES = htmlMail(
  "Cplus <offer@pill-deals.example>",
  "The result came faster than expected",
  `<a href="https://sht.example/skPSY"><img src="https://img.pill-deals.example/a1.png"></a><br><a href="https://sht.example/QcoHK"><img src="https://img.pill-deals.example/a2.png"></a>`,
);

describe("Outlook's plain-text forward, as Outlook writes it", () => {
  it("a hot-linked picture with no alt text is written as its address, one sent with the mail as [cid:…], one with alt text as [alt]", async () => {
    const raw = htmlMail(
      "Shop <news@shop.example>",
      "New in",
      `<a href="https://shop.example/new"><img src="https://cdn.shop.example/logo.png"></a> <img src="cid:part1.0804@shop.example"> <a href="https://shop.example/bag"><img src="https://cdn.shop.example/bag.jpg" alt="Canvas bag"></a>`,
    );
    const text = textOf(forwardAs("outlook-en-text", await orig(raw)));
    expect(text).toContain("[https://cdn.shop.example/logo.png]<https://shop.example/new>");
    expect(text).toContain("[cid:part1.0804@shop.example]");
    expect(text).toContain("[Canvas bag]<https://shop.example/bag>");
    // Thunderbird writes the alt text bare, K-9 no picture at all: neither writes where a picture is.
    expect(textOf(forwardAs("thunderbird-it", await orig(raw)))).not.toContain("cdn.shop.example");
    expect(textOf(forwardAs("k9-ko", await orig(raw)))).not.toMatch(/cdn\.shop\.example|Canvas bag/);
  });
});

describe("K-9 composing in plain text quotes the original's own text part", () => {
  it("a mail with a text part and an HTML part is forwarded with its text part; an HTML-only one with K-9's conversion", async () => {
    const alt = [
      "From: Shop <news@shop.example>",
      "To: hanako@example.jp",
      "Subject: New in",
      "Date: Tue, 10 Nov 2026 09:12:00 +0900",
      "MIME-Version: 1.0",
      'Content-Type: multipart/alternative; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=UTF-8",
      "",
      "New in this week. Browse: https://shop.example/new",
      "--b1",
      "Content-Type: text/html; charset=UTF-8",
      "",
      '<p>New in this week. <a href="https://shop.example/new?utm_source=mail">Browse the collection</a></p>',
      "--b1--",
      "",
    ].join("\r\n");
    const k9 = textOf(forwardAs("k9-ko", await orig(alt)));
    expect(k9).toContain("New in this week. Browse: https://shop.example/new");
    expect(k9).not.toContain("Browse the collection");
    // Thunderbird and Outlook convert the HTML they show.
    expect(textOf(forwardAs("thunderbird-it", await orig(alt)))).toContain("Browse the collection <https://shop.example/new?utm_source=mail>");
    const htmlOnly = htmlMail("Shop <news@shop.example>", "New in", '<p>New in. <a href="https://shop.example/new">Browse the collection</a></p>');
    expect(textOf(forwardAs("k9-ko", await orig(htmlOnly)))).toContain("Browse the collection <https://shop.example/new>");
  });
});

describe("reading pictures back from a plain-text forward", () => {
  it("a bracketed picture address before a target is the picture of a link with no text", () => {
    const t = textStructure("Our news\n[https://cdn.shop.example/logo.png]<https://shop.example/new>\nSee you");
    expect(t.imageSources).toEqual(["https://cdn.shop.example/logo.png"]);
    expect(t.links).toEqual([{ href: "https://shop.example/new", text: "" }]);
    expect(t.text).toBe("Our news\n\nSee you");
  });

  it("a bracketed address of an image file on its own is a picture; other bracketed targets stay links with their text", () => {
    const t = textStructure("[https://img.example/banner.gif]\nSign in [https://bank.example/login]\nPhoto [https://pbs.twimg.com/media/Ab1?format=jpg&name=small]");
    expect(t.imageSources).toEqual(["https://img.example/banner.gif", "https://pbs.twimg.com/media/Ab1?format=jpg&name=small"]);
    expect(t.links).toEqual([{ href: "https://bank.example/login", text: "Sign in" }]);
  });

  it("a bracketed address alone on its line (a tracking pixel, a picture not in a link) is a picture; one after a link's text is a link", () => {
    const t = textStructure("Every man can last longer\n[http://px.pill-deals.example/o/azVsdlZz0_]\nRead more\n [https://pill-deals.example/a] [https://pill-deals.example/b]\nOrder now [https://pill-deals.example/order]");
    expect(t.imageSources).toEqual(["http://px.pill-deals.example/o/azVsdlZz0_", "https://pill-deals.example/a", "https://pill-deals.example/b"]);
    expect(t.links).toEqual([{ href: "https://pill-deals.example/order", text: "Order now" }]);
  });

  it("a link whose content is pictures: the [alt] line above the pictures' addresses is its text and a picture's alt", () => {
    const t = textStructure("Offer below\n[Click to Show Image]\n[https://pbs.twimg.com/media/Ab1?format=jpg]\n<http://prize-entry.xyz/go.php>");
    expect(t.links).toEqual([{ href: "http://prize-entry.xyz/go.php", text: "Click to Show Image" }]);
    expect(t.imageAlts).toEqual(["Click to Show Image"]);
  });

  it("counterpart: a target alone under an ordinary line still takes that line as its text; a bracketed word line with no target after it is not a picture", () => {
    const t = textStructure("[Important]\nPlease read the notice.\nRead the notice\n<https://city.example/notice>");
    expect(t.links).toEqual([{ href: "https://city.example/notice", text: "Read the notice" }]);
    expect(t.imageAlts).toEqual([]);
  });
});

describe("phishing dressed in pictures, forwarded as Outlook text", () => {
  it("a logo hot-linked from a brand's host and a picture link to a stranger: flagged forwarded as directly", async () => {
    const direct = await checkMail(GIVEAWAY, rules, { forwarder: FORWARDER });
    const codes = direct.reasons.map((r) => r.code).sort();
    expect(codes).toContain("claimed_brand_unofficial_sender");
    expect(direct.verdict).not.toBe("no_signs");
    const r = await forwarded(GIVEAWAY, "outlook-en-text");
    expect(r.reasons.map((x) => x.code).sort()).toEqual(codes);
    expect(r.verdict).toBe(direct.verdict);
  });

  it("a mail of pictures and links only is picture_only forwarded as Outlook text, as directly", async () => {
    expect((await checkMail(PICTURES, rules, { forwarder: FORWARDER })).reasons.map((r) => r.code)).toContain("picture_only");
    expect((await forwarded(PICTURES, "outlook-en-text")).reasons.map((r) => r.code)).toContain("picture_only");
  });

  it("counterpart: a shop's newsletter with pictures from its shop platform's host, linking home, stays no_signs in every text shape, with no sign the direct check lacks", async () => {
    const raw = htmlMail(
      "Montrose Chocolates <hello@montrose-chocolates.example>",
      "Our winter collection is here",
      [
        `<p><a href="https://www.montrose-chocolates.example/"><img src="https://cdn.shopify.com/s/files/1/0123/4567/files/logo.png?v=1699"></a></p>`,
        `<p>Dear chocolate lover, our winter collection has arrived: spiced praline, orange marzipan and a new dark 85% bar.</p>`,
        `<p><a href="https://www.montrose-chocolates.example/collections/winter"><img src="https://cdn.shopify.com/s/files/1/0123/4567/files/winter.jpg?v=1699"></a></p>`,
        `<p><a href="https://www.montrose-chocolates.example/collections/winter">Shop the collection</a></p>`,
        `<p>Montrose Chocolates, 12 High Street, Montrose. <a href="https://www.montrose-chocolates.example/unsubscribe?e=abc">Unsubscribe</a></p>`,
      ].join("\n"),
      ["List-Unsubscribe: <https://www.montrose-chocolates.example/unsubscribe?e=abc>", "Feedback-ID: 4567:shopify-email"],
    );
    const direct = await checkMail(raw, rules, { forwarder: FORWARDER });
    expect(direct.verdict).toBe("no_signs");
    // (Directly, the pictures from Shopify's host already count as a weak "logo says Shopify": 2 points, no_signs.)
    for (const shape of TEXT_SHAPES) {
      const r = await forwarded(raw, shape);
      expect(r.verdict, shape).toBe("no_signs");
      for (const code of r.reasons.map((x) => x.code)) expect(direct.reasons.map((x) => x.code), shape).toContain(code);
    }
  });

  it("counterpart: a person's photo mail (pictures, a link to the album, a few words) is not picture_only in any text shape", async () => {
    const raw = htmlMail(
      "Kenji Sato <kenji.sato@example.net>",
      "Photos from Saturday",
      `<p>Here are the photos from Saturday's hike, the rest are in the shared album.</p><img src="https://photos.example.net/k/IMG_2041.jpg"><img src="https://photos.example.net/k/IMG_2042.jpg"><p><a href="https://photos.example.net/album/8f3k2">Album</a></p>`,
    );
    for (const shape of TEXT_SHAPES) {
      const r = await forwarded(raw, shape);
      expect(r.reasons.map((x) => x.code), shape).not.toContain("picture_only");
      expect(r.verdict, shape).toBe("no_signs");
    }
  });
});

describe("what else a plain-text forward writes differently", () => {
  it("a target in angle brackets broken at the line width by a client quoting the text again is read whole", () => {
    const t = textStructure("Regards,\n[CompanyLogo.png]<https://www.cad\nence.com/en_US/home.html>\nSign in<https://secure-login.example/acc\nount/verify?id=42>\nSee <https://ok.example/> and");
    expect(t.links.map((l) => l.href)).toEqual(["https://www.cadence.com/en_US/home.html", "https://secure-login.example/account/verify?id=42", "https://ok.example/"]);
    expect(t.links[1]!.text).toBe("Sign in");
  });

  it("Japanese carrier mail in ISO-2022-JP: the forwarded phishing is found and flagged as the text itself is; its genuine counterpart stays no_signs", async () => {
    const phish = await checkMail(readFileSync("tests/fixtures/forwards/p7-carrier-iso2022jp-ja.eml"), rules, { forwarder: "taro.yamada@docomo.ne.jp" });
    expect(phish.original?.via).toBe("inline");
    expect(phish.original?.from?.address).toBe("info@smbc-card-kakunin.xyz");
    expect(phish.verdict).toBe("dangerous");
    expect(phish.reasons.map((r) => r.code)).toContain("link_brand_in_domain");
    const genuine = await checkMail(readFileSync("tests/fixtures/forwards/p7-genuine-carrier-iso2022jp-ja.eml"), rules, { forwarder: "taro.yamada@docomo.ne.jp" });
    expect(genuine.original?.from?.address).toBe("mail@kuronekoyamato.co.jp");
    expect(genuine.verdict).toBe("no_signs");
  });
});
