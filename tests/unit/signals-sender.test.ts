/**
 * Who sent it: each sender signal on a small original, next to the nearest genuine mail that must
 * not set it off. Domain spelling (lookalikes, brand tokens) has its own file, signals-domains.
 */
import { describe, expect, it } from "vitest";
import { rulesBlocking, YOU, check } from "../signal-helpers";

const STRANGER = "info@mail-notice.com";

describe("sender_blocked", () => {
  const blocking = rulesBlocking("bad-sender.com");

  it("a sender at (a subdomain of) a blocked domain", () => {
    const r = check({ from: "Notice <a@mail.bad-sender.com>" }, blocking);
    expect(r.signal("sender_blocked")?.points).toBe(10);
    expect(r.verdict).toBe("dangerous");
  });

  it("not a domain that merely starts with the blocked one, nor anything under the default rules", () => {
    expect(check({ from: "Notice <a@bad-sender.com.au>" }, blocking).codes).not.toContain("sender_blocked");
    expect(check({ from: "Notice <a@mail.bad-sender.com>" }).codes).not.toContain("sender_blocked");
  });
});

describe("sender_name_brand_mismatch", () => {
  it("a display name claiming a brand, from an unrelated domain, is strong: a warning on its own, dangerous with any second sign", () => {
    const r = check({ from: "Amazon <info@hanamizuki-trading.com>" });
    expect(r.codes).toEqual(["sender_name_brand_mismatch"]);
    expect(r.score).toBeGreaterThanOrEqual(6);
    // (One unlisted site claiming a brand and nothing else is also how a brand's own new domain looks.)
    expect(r.verdict).toBe("suspicious");
    expect(r.brand?.domain).toBe("amazon.co.jp");
    // (Not a domain made only of a service's words, mail-notice.com: it names nothing — red team 8.)
    expect(check({ from: `Amazon <${STRANGER}>` }).verdict).toBe("dangerous");
    expect(check({ from: `Amazon <${STRANGER}>`, text: "Your account has been suspended." }).verdict).toBe("dangerous");
  });

  it("not the same name from the brand's own domain, nor a product name from another official domain", () => {
    expect(check({ from: "Amazon.co.jp <shipment-tracking@amazon.co.jp>" }).codes).toEqual([]);
    expect(check({ from: "Prime Video <no-reply@primevideo.com>" }).codes).toEqual([]);
  });

  it("not a newsletter whose name is about a brand but also names its own sender", () => {
    expect(check({ from: "Lockergnome Apple Core <news@lockergnome.com>" }).codes).toEqual([]);
  });
});

describe("sender_freemail_brand", () => {
  it('"Google Security" <attacker@gmail.com>: a brand name on a free mailbox, even the brand\'s own mail service', () => {
    const r = check({ from: "Google Security <attacker@gmail.com>" });
    expect(r.codes).toContain("sender_freemail_brand");
    expect(r.codes).not.toContain("sender_name_brand_mismatch");
    expect(r.verdict).toBe("dangerous");
  });

  it("a person with an ordinary name at gmail.com is nothing", () => {
    const r = check({ from: "Taro Yamada <taro.yamada@gmail.com>" });
    expect(r.codes).toEqual([]);
    expect(r.verdict).toBe("no_signs");
  });
});

describe("claimed_brand_unofficial_sender", () => {
  it("a brand's logo (image alt) in mail from an unrelated domain", () => {
    const r = check({ from: `Customer Service <${STRANGER}>`, imageAlts: ["PayPal"] });
    expect(r.signal("claimed_brand_unofficial_sender")).toMatchObject({ severity: "high", points: 4 });
  });

  it("not the same logo in mail from the brand's domain", () => {
    expect(check({ from: "Service <service@paypal.com>", imageAlts: ["PayPal"] }).codes).toEqual([]);
  });

  it("a notice-form subject with no pressure wording is only a weak claim", () => {
    const r = check({ from: `Info <${STRANGER}>`, subject: "【りそな銀行】取引を規制いたしました" });
    expect(r.signal("claimed_brand_unofficial_sender")?.points).toBe(2);
    expect(r.verdict).toBe("no_signs");
  });

  it("a subject naming a brand in the middle of a mailing-list reply is talk, not a claim", () => {
    const r = check({ from: "Bob <bob@debian-lists.org>", subject: "Re: Google? Not in China", headers: { "List-Id": "<talk.debian-lists.org>" } });
    expect(r.codes).toEqual([]);
  });
});

describe("sender_abused_tld", () => {
  it("a sender under an ending with a high abuse rate", () => {
    expect(check({ from: "Shop News <info@shop-news.xyz>" }).signal("sender_abused_tld")?.params.tld).toBe("xyz");
  });

  it("not the same name under .co.jp or .com", () => {
    expect(check({ from: "Shop News <info@shop-news.co.jp>" }).codes).toEqual([]);
    expect(check({ from: "Shop News <info@shop-news.com>" }).codes).toEqual([]);
  });
});

describe("sender_free_platform", () => {
  it("a sender on a free hosting platform", () => {
    expect(check({ from: "My Shop <noreply@myshop.web.app>" }).signal("sender_free_platform")?.params.platform).toBe("web.app");
  });

  it("not the same shop on its own domain", () => {
    expect(check({ from: "My Shop <noreply@myshop.co.jp>" }).codes).toEqual([]);
  });
});

describe("sender_name_other_address", () => {
  it("a display name that is another organisation's address", () => {
    expect(check({ from: `"service@paypal.com" <${STRANGER}>` }).codes).toContain("sender_name_other_address");
  });

  it("not a display name showing the sender's own address, or another address of the same organisation", () => {
    expect(check({ from: `"${STRANGER}" <${STRANGER}>` }).codes).toEqual([]);
    expect(check({ from: `"${STRANGER}" <news@mail.mail-notice.com>` }).codes).toEqual([]);
  });
});

describe("sender_malformed", () => {
  const from = "Notice <a@mail-notice.com>";

  it("a raw From with two addresses", () => {
    expect(check({ from, headers: { From: "Notice <a@mail-notice.com>, Other <b@other-host.com>" } }).codes).toContain("sender_malformed");
  });

  it("a raw From whose domain ends in a dot", () => {
    expect(check({ from, headers: { From: "Notice <a@mail-notice.com.>" } }).codes).toContain("sender_malformed");
  });

  it("not a well-formed From, nor one whose quoted name is its own address", () => {
    expect(check({ from, headers: { From: "Notice <a@mail-notice.com>" } }).codes).toEqual([]);
    expect(check({ from: '"a@mail-notice.com" <a@mail-notice.com>', headers: { From: '"a@mail-notice.com" <a@mail-notice.com>' } }).codes).toEqual([]);
  });
});

describe("subject_random_code", () => {
  it("a random mixed-case code at the end of the subject", () => {
    expect(check({ subject: "お荷物のお届けについて maHSkh0WLRUIpDf6t" }).signal("subject_random_code")?.params.code).toBe("maHSkh0WLRUIpDf6t");
  });

  it("also after a dot, and letters alone when the case flips very often", () => {
    expect(check({ subject: "Ourocard - Liberacao.6TENY4zGFOsMo88eQ17" }).codes).toContain("subject_random_code");
    expect(check({ subject: "Notificação - qWrUAngJaLJzBndSE" }).codes).toEqual(["subject_random_code"]);
  });

  it("not an order number, an upper-case invoice reference, or a run of CamelCase words", () => {
    expect(check({ subject: "Your order 250-1234567-7654321 has shipped" }).codes).toEqual([]);
    expect(check({ subject: "Invoice INV20240042" }).codes).toEqual([]);
    expect(check({ subject: "Release notes: PowerShellScriptRunner" }).codes).toEqual([]);
    expect(check({ subject: "Re: see config.MaxRetryCountPerHost" }).codes).toEqual([]);
  });
});

describe("hidden_characters", () => {
  it("zero-width characters inside the subject", () => {
    expect(check({ subject: "Lunch\u200b next\u200b week" }).codes).toEqual(["hidden_characters"]);
  });

  it("not the same subject without them", () => {
    expect(check({ subject: "Lunch next week" }).codes).toEqual([]);
  });
});

describe("sender_name_mixed_script", () => {
  it("a Latin name with one Cyrillic letter in it", () => {
    expect(check({ from: "S\u043ephie Martin <sophie@mail-notice.com>" }).codes).toEqual(["sender_name_mixed_script"]);
  });

  it("not a name written wholly in Cyrillic, nor wholly in Latin", () => {
    expect(check({ from: "Иван Петров <ivan@mail-notice.com>" }).codes).toEqual([]);
    expect(check({ from: "Sophie Martin <sophie@mail-notice.com>" }).codes).toEqual([]);
  });
});

describe("sender_is_you", () => {
  it("an attached original whose From is its own To", () => {
    expect(check({ via: "attachment", from: YOU, headers: { From: YOU, To: YOU } }).codes).toContain("sender_is_you");
  });

  it("an inline forward whose sender is the person who received it", () => {
    expect(check({ via: "inline", from: `Hanako <${YOU}>` }).codes).toContain("sender_is_you");
  });

  it("not an original sent to someone else, nor a mail the user sent us directly", () => {
    expect(check({ via: "attachment", headers: { From: "Taro Yamada <taro.yamada@yamada-kogyo.co.jp>", To: YOU } }).codes).toEqual([]);
    expect(check({ via: "direct", from: `Hanako <${YOU}>` }).codes).toEqual([]);
  });
});

describe("subject_has_your_address", () => {
  it("your own address in the subject", () => {
    expect(check({ subject: `${YOU}: your mailbox storage` }).codes).toContain("subject_has_your_address");
  });

  it("not the same subject without it", () => {
    expect(check({ subject: "Your mailbox storage" }).codes).not.toContain("subject_has_your_address");
  });

  it("not in a calendar invitation, which names its invitee in the subject itself; the same subject without the event still counts", () => {
    const subject = `Invitation: Design review @ Thu Mar 12, 2026 10am - 11am (JST) (${YOU})`;
    const ics = { filename: "invite.ics", mimeType: "application/ics", size: 480 };
    expect(check({ subject, attachments: [{ filename: "", mimeType: "text/calendar", size: 480 }, ics] }).codes).not.toContain("subject_has_your_address");
    expect(check({ subject, attachments: [{ ...ics, mimeType: "application/octet-stream" }] }).codes).not.toContain("subject_has_your_address");
    expect(check({ subject }).codes).toContain("subject_has_your_address");
    expect(check({ subject, attachments: [{ filename: "invoice.pdf", mimeType: "application/pdf", size: 48000 }] }).codes).toContain("subject_has_your_address");
  });
});

describe("reply_to_elsewhere", () => {
  it("replies go to another organisation (low), or to an abused ending (stronger)", () => {
    expect(check({ replyTo: [{ name: "", address: "z@other-org.com" }] }).signal("reply_to_elsewhere")).toMatchObject({ severity: "low", points: 1 });
    expect(check({ replyTo: [{ name: "", address: "z@other-org.ml" }] }).signal("reply_to_elsewhere")).toMatchObject({ severity: "medium", points: 2 });
  });

  it("not replies to another address of the sender's own organisation", () => {
    expect(check({ from: "News <news@mail.yamada-kogyo.co.jp>", replyTo: [{ name: "", address: "support@yamada-kogyo.co.jp" }] }).codes).toEqual([]);
  });
});

describe("sent_to_undisclosed", () => {
  it("a notice sent to undisclosed recipients; not one addressed to you", () => {
    expect(check({ headers: { To: "undisclosed-recipients:;" } }).codes).toContain("sent_to_undisclosed");
    expect(check({ headers: { To: "Hanako <hanako@example.jp>" } }).codes).not.toContain("sent_to_undisclosed");
  });
});

describe("sender_brand_in_mailbox", () => {
  it("a brand's name as the mailbox at a stranger's domain or a free mailbox; not at the brand's own domain, not an ordinary name", () => {
    expect(check({ from: "Info <amazon-service4@cadhpng.cn>" }).codes).toContain("sender_brand_in_mailbox");
    expect(check({ from: "Support <paypal.support.team@gmail.com>" }).codes).toContain("sender_brand_in_mailbox");
    expect(check({ from: "Amazon.co.jp <shipment-tracking@amazon.co.jp>" }).codes).not.toContain("sender_brand_in_mailbox");
    expect(check({ from: "Taro <taro.yamada@gmail.com>" }).codes).not.toContain("sender_brand_in_mailbox");
  });
});

describe("sender_brand_in_mailbox as a claim", () => {
  it("the brand's name split by hyphens in the mailbox, in a mail that names the brand: weighs like a claim", () => {
    const r = check({ from: "Info <admin-eki-net@kqzvmail.com>", subject: "えきねっと 退会手続きのお知らせ", text: "えきねっとをご利用のお客様\nアカウントは退会手続き中です。" });
    expect(r.signal("sender_brand_in_mailbox")).toMatchObject({ points: 4, severity: "high" });
  });

  it("the brand only in the mailbox (a shop's own paypal@ address), nothing else about it: stays weak", () => {
    expect(check({ from: "Shop <paypal@tanaka-shoten.co.jp>", subject: "ご入金ありがとうございました" }).signal("sender_brand_in_mailbox")).toMatchObject({ points: 2.5 });
  });
});

describe("reply_to_elsewhere to a free mailbox", () => {
  it("an organisation's From with answers going to a free mailbox weighs more", () => {
    const r = check({ from: "Rosario <r.cespedes@energy-corp.example>", replyTo: [{ name: "", address: "rosario.claims@gmail.com" }] });
    expect(r.signal("reply_to_elsewhere")).toMatchObject({ points: 2 });
  });

  it("a free mailbox answering to another free mailbox, or an organisation to a partner's domain, weighs the least", () => {
    expect(check({ from: "Taro <taro.yamada@gmail.com>", replyTo: [{ name: "", address: "taro@yahoo.co.jp" }] }).signal("reply_to_elsewhere")).toMatchObject({ points: 1 });
    expect(check({ replyTo: [{ name: "", address: "sales@partner-shoji.co.jp" }] }).signal("reply_to_elsewhere")).toMatchObject({ points: 1 });
  });
});
