/**
 * Issue 11 (parity): a plain-text forward (Thunderbird, K-9, Outlook composing in text; cli/forward-shapes.ts)
 * writes each link as its text then the target. A link whose text is an address shows that address alone —
 * "… at https://www.paypal.com/us/ <http://elsewhere.example/>" — so the address right before the target is the
 * link's text, as the HTML's anchor was (src/original/text-links.ts). Targets in angle brackets are read whole,
 * spaces included, as the href was written. Phishing built that way is caught forwarded as directly; genuine
 * mail showing its own address over its own site or its mail service's tracker stays no_signs.
 */
import { describe, expect, it } from "vitest";
import { describeOriginal, FORWARDER, forwardAs } from "../../cli/forward-shapes";
import { checkMail } from "../../src/check";
import { parseMail } from "../../src/mail/parse";
import { textStructure } from "../../src/original/text-links";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";

const rules = compileRules(defaultRules());
const TEXT_SHAPES = ["thunderbird-it", "k9-ko", "outlook-en-text"];

function htmlMail(from: string, subject: string, html: string, extra: string[] = []): string {
  return [`From: ${from}`, `To: ${FORWARDER}`, `Subject: ${subject}`, "Date: Tue, 10 Nov 2026 09:12:00 +0900", "Message-ID: <p6.tl@mail.example>", ...extra, "MIME-Version: 1.0", "Content-Type: text/html; charset=UTF-8", "", html, ""].join("\r\n");
}

async function forwarded(raw: string, shape: string) {
  const o = describeOriginal(raw, await parseMail(new TextEncoder().encode(raw)));
  return checkMail(forwardAs(shape, o), rules, { forwarder: FORWARDER });
}

describe("reading a plain-text forward's links", () => {
  it("the address right before a target is the link's text; other words before it are not", () => {
    const t = textStructure("Please log in at https://www.paypal.com/us/ <http://www.elsewhere.example/.ssl/index.html>.\nSee the offer <https://shop.example/o>");
    expect(t.links[0]).toEqual({ href: "http://www.elsewhere.example/.ssl/index.html", text: "https://www.paypal.com/us/" });
    expect(t.links[1]).toEqual({ href: "https://shop.example/o", text: "See the offer" });
    expect(t.text).toBe("Please log in at https://www.paypal.com/us/.\nSee the offer");
  });

  it("counterpart: an address ending the line above is that line's own link, not the text of a target alone on the next line", () => {
    // A list's footer: the site's own link, then a sponsor's banner (an image without alt) on the next line.
    const t = textStructure("Visit the Ashfield Library website at www.ashfield-library.example <http://www.ashfield-library.example/>.\n<http://ads.banner-network.example/click?id=42>");
    expect(t.links[0]).toEqual({ href: "http://www.ashfield-library.example/", text: "www.ashfield-library.example" });
    expect(t.links[1]!.text).not.toMatch(/^(?:https?:\/\/|www\.)\S+$/);
  });

  it("a target in angle brackets is read whole, spaces included", () => {
    const t = textStructure("Sign in <http://198.51.100.7/Get Home Page Servlet/onlinebanking.html> today");
    expect(t.links).toEqual([{ href: "http://198.51.100.7/Get Home Page Servlet/onlinebanking.html", text: "Sign in" }]);
  });

  it("a bank's address shown over a stranger's link, inside a sentence, is found in every plain-text forward", async () => {
    const raw = htmlMail(
      "PayPal <service@paypal.com>",
      "Your account access has been limited",
      `<p>We noticed unusual activity. To restore your account, please log in at <a href="http://www.restore-center.example/.ssl/index.html">https://www.paypal.com/us/</a> within 48 hours.</p>`,
    );
    expect((await checkMail(raw, rules, { forwarder: FORWARDER })).reasons.map((r) => r.code)).toContain("link_text_mismatch");
    for (const shape of TEXT_SHAPES) {
      const r = await forwarded(raw, shape);
      expect(r.reasons.map((x) => x.code), shape).toContain("link_text_mismatch");
      expect(r.verdict, shape).toBe("dangerous");
    }
  });

  it("counterpart: a shop's newsletter showing its own address over its own site and its mail service's tracker stays no_signs", async () => {
    const raw = htmlMail(
      "Kurashi Shop <news@kurashi-shop.example>",
      "Autumn sale starts today",
      [
        `<p>Our autumn sale starts today. Browse it at <a href="https://www.kurashi-shop.example/sale?utm_source=news">https://www.kurashi-shop.example/sale</a> or visit a store.</p>`,
        `<p>Find us online: <a href="https://kurashi-shop.us21.list-manage.com/track/click?u=ab12cd34&id=ef56ab78">www.kurashi-shop.example</a></p>`,
        `<p><a href="https://kurashi-shop.us21.list-manage.com/unsubscribe?u=ab12cd34&id=ef56ab78">Unsubscribe</a></p>`,
      ].join(""),
      ["List-Unsubscribe: <https://kurashi-shop.us21.list-manage.com/unsubscribe?u=ab12cd34&id=ef56ab78>", "Feedback-ID: us21:kurashi:mailchimp"],
    );
    for (const shape of TEXT_SHAPES) {
      const r = await forwarded(raw, shape);
      expect(r.reasons.map((x) => x.code), shape).toEqual([]);
      expect(r.verdict, shape).toBe("no_signs");
    }
  });
});
