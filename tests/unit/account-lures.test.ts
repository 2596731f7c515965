/**
 * Account phishing that names no brand (src/signals/account-lures.ts): the webmail lure whose "brand"
 * is the reader's own organisation ("your mailbox is full", "your password expires"), and a password
 * asked for on a form or page anyone can make. Written for these tests; the genuine counterparts are
 * built the way such mails are really built: the IT department writing from the organisation's own
 * domain with links there, a mail provider's own notice, a Google Forms survey, a shared document,
 * a mailing-list discussion, a hosting company's quota notice on its own domain.
 */
import { describe, expect, it } from "vitest";
import { check, link } from "../signal-helpers";

const TO = ["hanako@example.jp"];

describe("webmail-account lures (mailbox_lure)", () => {
  it("names the reader's own domain, comes from outside and links outside: dangerous", () => {
    const r = check({
      from: "example.jp Mail Administrator <admin@notice-centre.biz>",
      subject: "example.jp: Your mailbox is full",
      recipients: TO,
      text: "Dear user,\nYour mailbox has exceeded its storage limit and you can no longer receive new messages.\nLog in below to increase your mailbox size.\nexample.jp IT Helpdesk",
      links: [link("https://owa-storage-upgrade.info/login", "Increase Mailbox Size")],
    });
    expect(r.signal("mailbox_lure")?.params.reader).toBe("example.jp");
    expect(r.signal("mailbox_lure")?.severity).toBe("high");
    expect(r.verdict).toBe("dangerous");
  });

  it("from a free mailbox, linking to a page on a site builder: dangerous", () => {
    const r = check({
      from: "Mail Support <mail.support.desk77@gmail.com>",
      subject: "Action required",
      recipients: TO,
      text: "HELLO THERE,\nThe old version of your Mailbox will be replaced by our new version.\nPlease follow the link below to restore your mailbox in order to avoid closure of account permanently.",
      links: [link("https://mail-restore-6e3725.webflow.io/", "Log-in Restore")],
    });
    expect(r.signal("mailbox_lure")?.severity).toBe("high");
    expect(r.verdict).toBe("dangerous");
  });

  it("a Japanese quota lure naming the reader's domain (メールボックスの容量, ログイン): dangerous", () => {
    const r = check({
      from: "example.jp システム管理者 <sysadmin@mail-kanri-center.biz>",
      subject: "【example.jp】メールボックスの容量が上限に達しました",
      recipients: TO,
      text: "お客様のメールボックスの容量が上限に達しました。新しいメールを受信できません。\n下記よりログインして容量を増やしてください。",
      links: [link("https://mail-kanri-login.weebly.com/", "ログインして容量を増やす")],
    });
    expect(r.signal("mailbox_lure")?.params.reader).toBe("example.jp");
    expect(r.verdict).toBe("dangerous");
  });

  it("'your password expires today' from a stranger with a link elsewhere: at least suspicious", () => {
    const r = check({
      from: "Webmail Support <support@notice-centre.biz>",
      subject: "Password expires today",
      recipients: TO,
      text: "Your email password expires today. To keep the same password, use the button below.",
      links: [link("https://keep-pass-owa.info/owa/", "Keep Same Password")],
    });
    expect(r.codes).toContain("mailbox_lure");
    expect(r.verdict).not.toBe("no_signs");
  });
});

describe("genuine mailbox and password notices stay calm", () => {
  it("the IT department's quota notice from the organisation's own domain, links on that domain: no mailbox_lure, not dangerous", () => {
    const r = check({
      from: "example.jp IT Helpdesk <it-help@example.jp>",
      subject: "Your mailbox is almost full",
      recipients: TO,
      text: "Dear Hanako,\nYour mailbox has reached 95% of its storage quota. Please sign in to webmail and delete or archive old mail.\nHow to archive: https://intranet.example.jp/help/mail-archive\nIT Helpdesk, ext. 1234",
      links: [link("https://intranet.example.jp/help/mail-archive")],
      headers: { "Message-ID": "<q-1234@mail.example.jp>", "Content-Type": "text/plain; charset=utf-8" },
    });
    expect(r.codes).not.toContain("mailbox_lure");
    expect(r.verdict).not.toBe("dangerous");
  });

  it("the IT department's password expiry reminder from a subdomain of the organisation: no mailbox_lure", () => {
    const r = check({
      from: "Password Service <noreply@accounts.example.jp>",
      subject: "Your password expires in 7 days",
      recipients: TO,
      text: "Your network password expires in 7 days. Change it on the self-service portal before then.",
      links: [link("https://password.example.jp/change")],
    });
    expect(r.codes).not.toContain("mailbox_lure");
    expect(r.verdict).not.toBe("dangerous");
  });

  it("a mail provider's own storage notice from its official domain: no mailbox_lure", () => {
    const r = check({
      from: "Microsoft Outlook <no-reply@microsoft.com>",
      subject: "Your mailbox is almost full",
      recipients: TO,
      text: "Your mailbox is almost full. Sign in to free up space or upgrade your storage.",
      links: [link("https://outlook.live.com/mail/options/general/storage", "Manage storage")],
    });
    expect(r.codes).not.toContain("mailbox_lure");
    expect(r.verdict).not.toBe("dangerous");
  });

  it("a hosting company's quota notice from its own domain to its own control panel: no mailbox_lure", () => {
    const r = check({
      from: "Sakura Mail Hosting <support@sakura-hosting.example.com>",
      subject: "[example.jp] mailbox quota warning",
      recipients: TO,
      text: "The mailbox hanako@example.jp has used 90% of its quota. Log in to the control panel to change the quota.",
      links: [link("https://panel.sakura-hosting.example.com/mail/quota")],
    });
    expect(r.codes).not.toContain("mailbox_lure");
    expect(r.verdict).not.toBe("dangerous");
  });

  it("a mailing list discussing full mailboxes: no mailbox_lure", () => {
    const r = check({
      from: "Theo <theo@kluge.example.net>",
      subject: "Re: [users] stripping the report",
      recipients: TO,
      text: "I assume it can handle your mailbox when it is full of spam after you log in; see http://www.other.example.org/handlespam.txt",
      links: [link("http://www.other.example.org/handlespam.txt")],
      headers: { "List-Id": "<users.lists.example.net>", "List-Unsubscribe": "<https://lists.example.net/unsub>" },
    });
    expect(r.codes).not.toContain("mailbox_lure");
    expect(r.verdict).toBe("no_signs");
  });
});

describe("a password asked for on a page anyone can make (form_asks_password)", () => {
  it("a Google Form asking for the mail address and password: dangerous", () => {
    const r = check({
      from: "IT Service Desk <it.desk.service@gmail.com>",
      subject: "Email account verification",
      recipients: TO,
      text: "Your email account needs verification. Please fill in your email address and password in the form below to avoid suspension.",
      links: [link("https://docs.google.com/forms/d/e/1FAIpQLSexample/viewform", "Verify now")],
    });
    expect(r.signal("form_asks_password")?.params.platform).toBe("docs.google.com");
    expect(r.verdict).toBe("dangerous");
  });

  it("a 'shared document' on pages.dev that wants the password to open it", () => {
    const r = check({
      from: "Accounts <accounts@ledger-office.example.com>",
      subject: "Invoice shared with you",
      recipients: TO,
      text: "A document has been shared with you. Enter your email password to view the document.",
      links: [link("https://secure-doc-view.pages.dev/", "View document")],
    });
    expect(r.signal("form_asks_password")?.params.platform).toBe("pages.dev");
    expect(r.verdict).toBe("dangerous");
  });
});

describe("genuine forms and shared documents stay calm", () => {
  it("a colleague's Google Forms survey invitation: no signs", () => {
    const r = check({
      subject: "Team lunch survey",
      text: "Hi all, please fill in this short survey about the team lunch by Friday: https://docs.google.com/forms/d/e/1FAIpQLSexample/viewform\nThanks, Taro",
      links: [link("https://docs.google.com/forms/d/e/1FAIpQLSexample/viewform")],
    });
    expect(r.codes).not.toContain("form_asks_password");
    expect(r.verdict).toBe("no_signs");
  });

  it("a form invitation that warns never to submit passwords: no form_asks_password", () => {
    const r = check({
      subject: "Event registration form",
      text: "Please register for the event with the form below. Never submit passwords through Google Forms.",
      links: [link("https://docs.google.com/forms/d/e/1FAIpQLSexample/viewform", "Register")],
    });
    expect(r.codes).not.toContain("form_asks_password");
    expect(r.verdict).not.toBe("dangerous");
  });

  it("a shared document from a colleague (a document, not a form; no password asked): no signs", () => {
    const r = check({
      from: "Taro Yamada (via Google Docs) <drive-shares-dm-noreply@google.com>",
      subject: "Document shared with you: \"Q3 plan\"",
      text: "Taro Yamada shared a document: Q3 plan. Open",
      links: [link("https://docs.google.com/document/d/1abcDEF/edit?usp=sharing", "Open")],
    });
    expect(r.codes).not.toContain("form_asks_password");
    expect(r.verdict).not.toBe("dangerous");
  });

  it("a genuine sign-in reminder on the company's own site that mentions the password: no form_asks_password", () => {
    const r = check({
      subject: "New expense system",
      text: "From Monday, enter your password for the new expense system at https://expenses.yamada-kogyo.co.jp/ (the same as your PC login).",
      links: [link("https://expenses.yamada-kogyo.co.jp/")],
    });
    expect(r.codes).not.toContain("form_asks_password");
    expect(r.verdict).toBe("no_signs");
  });
});
