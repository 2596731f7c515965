import { describe, expect, it } from "vitest";
import { readHtml } from "../../src/mail/html";
import { greetingBrand, subjectSenderForm } from "../../src/facts/claim-places";
import { check, link } from "../signal-helpers";

describe("where a mail names who it is from", () => {
  it.each([
    ["【三井住友カード】ご利用確認のお願い", "三井住友カード"],
    ["【 りそな銀行 】取引を規制いたしました", "りそな銀行"],
    ["[PayPal] Your account is limited", "PayPal"],
    ["Amazon.co.jp: ご注文の確認", "Amazon.co.jp"],
    ["Fwd: Apple | Your receipt", "Apple"],
    ["Re: Google? Not in China", ""],
    ["Microsoft buys XDegress - more of a p2p/distributed data thing...", ""],
    ["Meeting notes for Tuesday", ""],
  ])("subject %s → %s", (subject, sender) => {
    expect(subjectSenderForm(subject).text).toBe(sender);
  });

  it.each([
    ["Dear valued PayPal member,\nWe noticed…", "PayPal"],
    ["Dear Amazon Customer,", "Amazon"],
    ["Amazonをご利用のお客様\n\nいつも…", "Amazon"],
    ["楽天会員様\nポイントが…", "楽天"],
    ["Hi Bob,\nDear customer service team, please…", ""],
    ["Hello all,\nthe meeting moved.", ""],
  ])("greeting in %j → %s", (text, brand) => {
    expect(greetingBrand(text)).toBe(brand);
  });
});

describe("images hot-linked from a brand's own site", () => {
  const logo = ["https://www.paypalobjects.com/webstatic/mktg/logo/pp_cc_mark_111x69.jpg", "https://www.paypal.com/en_US/i/logo/paypal_logo.gif"];

  it("are read from the HTML", () => {
    expect(readHtml(`<p><img src="${logo[1]}" alt=""><img src="cid:x"></p>`).imageSources).toEqual([logo[1]]);
  });

  it("with links that go elsewhere, a stranger's mail in PayPal's look is dangerous", () => {
    const r = check({ from: "Service <info@mail-notice.com>", subject: "Your account", imageSources: logo, links: [link("http://paypal.server4566.com/cgi-bin/webscr", "clicking here")] });
    expect(r.codes).toEqual(expect.arrayContaining(["claimed_brand_unofficial_sender", "brand_links_elsewhere"]));
    expect(r.verdict).toBe("dangerous");
  });

  it("a deal newsletter showing shop images and linking to the shop is not", () => {
    const r = check({ from: "Deals Daily <news@dealsdaily.example.net>", subject: "Today's deals", imageSources: ["https://m.media-amazon.com/images/I/71abc.jpg"], links: [link("https://www.amazon.com/dp/B000TEST")] });
    expect(r.codes).not.toContain("brand_links_elsewhere");
    expect(r.verdict).toBe("no_signs");
  });
});

describe("notice-form subjects behind list tags and in Japanese", () => {
  it.each([
    ["[V9fs-developer] Amazon.co.jpでのご注文の確認", "V9fs-developer Amazon.co.jp"],
    ["[SPAM] 楽天カードからのお知らせ", "SPAM 楽天カード"],
    ["三井住友銀行より重要なお知らせ", "三井住友銀行"],
  ])("%s → %s", (subject, sender) => {
    expect(subjectSenderForm(subject).text).toBe(sender);
  });
});

describe("a letterhead: the short first line of a text mail", () => {
  it("claims the brand as a logo would", () => {
    const r = check({ from: "Paid Customer <billing.dept2291@gmail.com>", subject: "Order received", text: "McAfee\nYour payment has been received: USD 503.00.\nThank you for your order." });
    expect(r.codes).toContain("sender_freemail_brand");
  });

  it("also in disguise", () => {
    const r = check({ from: "Annual Tax - Update <refund-mtjfvxvnh@semangat-hosting.com>", subject: "Your refund is ready", text: "[lRS] Tax Report\n\nRefund is ready to process, check the PDF we attached." });
    expect(r.codes).toEqual(expect.arrayContaining(["claimed_brand_unofficial_sender", "brand_name_disguised"]));
  });

  it("a strong claim only when the mail talks like a notice: a shop's newsletter opening with a product stays no_signs", () => {
    const r = check({
      from: "Deals Daily <news@dealsdaily-shop.com>",
      subject: "This week's offers",
      text: "Apple Watch Series 9\nNow 15 % off in our shop, while stocks last.",
      links: [link("https://www.dealsdaily-shop.com/apple-watch", "See the offer")],
    });
    expect(r.codes).not.toContain("brand_links_elsewhere");
    expect(r.signal("claimed_brand_unofficial_sender")).toMatchObject({ points: 2, severity: "medium" });
    expect(r.verdict).toBe("no_signs");
  });

  it("not a quote's attribution, a quoted line, or a sentence", () => {
    expect(check({ text: "Quoting Paul Linehan (plinehan@yahoo.com):\n\n> about SuSE CDs" }).codes).toEqual([]);
    expect(check({ text: "On Monday, Google Alerts wrote:\n> news" }).codes).toEqual([]);
    expect(check({ text: "I bought the new Apple keyboard yesterday and it is great\nTaro" }).codes).toEqual([]);
  });
});

describe("a 'Name: …' headline is a weak claim that only risky links confirm", () => {
  it("a news item titled 'Apple: …' linking to a news site stays no_signs", () => {
    const r = check({ from: "aaronsw <rssfeeds@feeds.example-news.org>", subject: "Apple: Heinous DVD Pirates", links: [link("http://www.news-site.org/2002/apple-dvd", "")] });
    expect(r.codes).not.toContain("brand_links_elsewhere");
    expect(r.verdict).toBe("no_signs");
  });

  it("a bracketed notice form with a foreign link still counts", () => {
    const r = check({ from: "自動メール通知 <kefu@runbovip.cn>", subject: "【 りそな銀行 】取引を規制いたしました", links: [link("https://resona-login.example-host.net/", "")] });
    expect(r.codes).toContain("brand_links_elsewhere");
    expect(r.verdict).toBe("dangerous");
  });

  it("and a headline linking to a risky place counts too", () => {
    const r = check({ from: "News <news@feeds.example-news.org>", subject: "Apple: your account", links: [link("http://192.0.2.7/apple/login", "Log in")] });
    expect(r.codes).toContain("brand_links_elsewhere");
  });
});

describe("the reader's own address in the body", () => {
  const reader = "hanako.sato@gmail.com";
  it("is the reader, not the mail talking about the reader's mail provider", () => {
    const r = check({ recipients: [reader], text: `Hanako.Sato@gmail.com 様\nいつもことり舎をご利用いただきありがとうございます。` });
    expect(r.brand).toBeNull();
  });

  it("the provider named in the text itself still is", () => {
    const r = check({ recipients: [reader], text: `${reader} 様\nGmail の迷惑メールフォルダもご確認ください。` });
    expect(r.brand?.en).toBe("Google");
  });
});
