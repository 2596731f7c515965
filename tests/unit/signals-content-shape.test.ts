/**
 * The shape of the text: blanks of a mass-mailing template left unfilled, and the fake invoice
 * that wants you to phone. Their genuine counterparts: a filled-in greeting, code that shows
 * template syntax, a real receipt with a customer-service number.
 */
import { describe, expect, it } from "vitest";
import { check } from "../signal-helpers";

describe("template_blank", () => {
  it("an unfilled merge field in the subject, the sender's name or the greeting", () => {
    expect(check({ subject: "RE:{FIRSTNAME}, dein Gutschein wartet" }).signal("template_blank")).toMatchObject({ points: 2, params: { where: "subject", text: "{FIRSTNAME}" } });
    expect(check({ from: "LaserAway {{State}} <a@offers.example>" }).signal("template_blank")).toMatchObject({ params: { where: "name" } });
    expect(check({ subject: "[username], affordable cover is available" }).codes).toEqual(["template_blank"]);
    expect(check({ subject: "Winning announcement for you Fname" }).codes).toEqual(["template_blank"]);
    expect(check({ text: "Dear *|FNAME|*,\nYour account is ready." }).signal("template_blank")).toMatchObject({ params: { where: "greeting" } });
  });

  it("a filled-in greeting, a list tag, template code in a message body say nothing", () => {
    expect(check({ subject: "[PATCH] mm: fix name handling", text: "Hi Hanako,\nthe {{name}} placeholder in templates/mail.html is not escaped." }).codes).toEqual([]);
    expect(check({ subject: "Re: [Spambayes] {name} vs {{ name }} in Jinja" }).codes).toEqual([]);
    expect(check({ from: "Frank Name <frank@name-family.example>", subject: "Name day" }).codes).toEqual([]);
  });
});

describe("callback_invoice", () => {
  const invoice =
    "Your payment has been received: USD 503.00. Order Number: 823-70-898. Your membership will renew automatically.\n" +
    "In case you don't want to continue, make sure you call us on 1 (833) 317-4505 to avoid any recurring payment.";

  it("a receipt for a charge with a number to phone to stop it; heavier from a free mailbox", () => {
    expect(check({ from: "Paid Customer <billing.team84@gmail.com>", subject: "Thank you for your order", text: invoice }).signal("callback_invoice")).toMatchObject({ points: 4, params: { phone: "1 (833) 317-4505" } });
    expect(check({ from: "Billing <billing@renewals-center.example>", subject: "Thank you for your order", text: invoice }).signal("callback_invoice")).toMatchObject({ points: 2.5 });
  });

  it("a genuine receipt with a service number, and a call invitation without a charge, say nothing", () => {
    const receipt = "Thank you for your order. Order number: 112-334. Total charged: $42.10.\nQuestions? Our customer service is open 9-17 at 0120-000-000.";
    expect(check({ from: "Shop <orders@shop.example>", subject: "Your order", text: receipt }).codes).not.toContain("callback_invoice");
    expect(check({ text: "Call me at 555-123-4567 to cancel our lunch if it rains." }).codes).not.toContain("callback_invoice");
  });
});

describe("picture_only", () => {
  const att = { filename: "image001.gif", mimeType: "image/gif", size: 7515 };
  it("a picture and a link with next to no text", () => {
    const r = check({ text: "Get a capable html e-mailer", attachments: [att], links: [{ href: "http://assiduity.example.com/in.php?aid=44", text: "" }] });
    expect(r.signal("picture_only")).toMatchObject({ points: 3 });
    expect(r.verdict).toBe("suspicious");
  });

  it("a photo without a link, or a picture with real text, says nothing", () => {
    expect(check({ text: "Here you go!", attachments: [att] }).codes).toEqual([]);
    expect(
      check({
        text: "Our summer sale starts on Monday: all garden furniture is 20 % off until the end of the month, in every store.",
        imageSources: ["https://shop.example/banner.jpg"],
        links: [{ href: "https://shop.example/sale", text: "See the sale" }],
      }).codes,
    ).toEqual([]);
  });
});
