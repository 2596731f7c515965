/**
 * A brand's real address in From with nothing to vouch for it: the links and the request decide.
 * Each case has its genuine counterpart — the brand's own notice with its headers stripped (as an
 * inline forward leaves it) and links to its own site.
 */
import { describe, expect, it } from "vitest";
import { check, link } from "../signal-helpers";

const CARD_ASK = "カード会員様\n第三者による不正利用の可能性があるため、ご利用を一時制限しました。24時間以内に本人確認のうえ、カード情報をご確認ください。";

describe("forged official senders", () => {
  it("MyJCB from my.jcb.co.jp, no authentication, a shortener and a card-details request: dangerous", () => {
    const r = check({ from: "MyJCB <support@my.jcb.co.jp>", subject: "【重要】MyJCB ご利用確認のお願い", text: `${CARD_ASK}\nhttps://bit.ly/3xYz9Ab`, links: [link("https://bit.ly/3xYz9Ab")] });
    expect(r.codes).toContain("forged_official");
    expect(r.signal("forged_official")!.params.url).toBe("https://bit.ly/3xYz9Ab");
    expect(r.verdict).toBe("dangerous");
  });

  it("三井住友カード from vpass.ne.jp linking to an unrelated host: dangerous", () => {
    const r = check({ from: "三井住友カード <mail@contact.vpass.ne.jp>", subject: "【三井住友カード】ご利用確認", text: `${CARD_ASK}\nhttps://vpass-kakunin.example.com/login`, links: [link("https://vpass-kakunin.example.com/login", "ログイン")] });
    expect(r.codes).toContain("forged_official");
    expect(r.verdict).toBe("dangerous");
  });
});

describe("genuine counterparts", () => {
  const usage = {
    from: "三井住友カード <statement@vpass.ne.jp>",
    subject: "【三井住友カード】ご利用のお知らせ",
    text: "山田 太郎 様\nいつも三井住友カードをご利用いただきありがとうございます。\nご利用日時：2026/11/30 12:34\nご利用金額：3,280円\nご利用内容の確認はVpassにログインしてください。\nhttps://www.smbc-card.com/mem/index.jsp",
    links: [link("https://www.smbc-card.com/mem/index.jsp", "Vpassにログイン"), link("https://www.smbc-card.com/", "三井住友カード")],
  };

  it("a card-usage notice from the official domain, headers stripped, links to the brand's own site: not dangerous", () => {
    const r = check(usage);
    expect(r.codes).not.toContain("forged_official");
    expect(r.verdict).not.toBe("dangerous");
  });

  it("the same request with a shortener, but authentication results present: left to the authentication signal", () => {
    const r = check({ ...usage, links: [link("https://bit.ly/3xYz9Ab")], headers: { "Authentication-Results": "mx.example.jp; dkim=pass header.d=vpass.ne.jp; spf=pass smtp.mailfrom=vpass.ne.jp; dmarc=pass header.from=vpass.ne.jp" } });
    expect(r.codes).not.toContain("forged_official");
  });

  it("an official newsletter through a click tracker that asks for nothing: not forged", () => {
    const r = check({ from: "JCB <news@qa.jcb.co.jp>", subject: "JCBからのお知らせ：年末年始のキャンペーン", text: "ポイントが当たるキャンペーンを実施中です。詳しくはこちら", links: [link("https://click.example-esp.net/ls/click?upn=abc")] });
    expect(r.codes).not.toContain("forged_official");
    expect(r.verdict).not.toBe("dangerous");
  });
});

/**
 * The copied footer: phishing keeps the brand's own links (help, privacy, its home page) and swaps
 * only the one that matters. Hand-written, modelled on the classic account-verification lure; the
 * genuine counterpart is the brand's own notice with its headers stripped, whose sign-in button goes
 * to its site or through its mail service's tracker, and whose other links may go to partners.
 */
describe("forged official senders with the brand's footer copied", () => {
  const footer = [link("https://pages.ebay.com/help/account_protection.html", "Account protection"), link("https://pages.ebay.com/help/policies/privacy-policy.html", "Privacy Policy"), link("https://www.ebay.com/", "eBay")];
  const ask = "Dear eBay member,\nWe could not verify your billing information. To keep your account active, please update your account information within 48 hours.";

  it("the sign-in button goes to a stranger's host while the footer stays on ebay.com: dangerous", () => {
    const r = check({ from: "eBay <aw-confirm@ebay.com>", subject: "Account verification required", text: ask, links: [link("http://shop-gear-outlet.net/ebay/update.htm", "Sign in to your account"), ...footer] });
    expect(r.codes).toContain("forged_official");
    expect(r.signal("forged_official")!.params.url).toBe("http://shop-gear-outlet.net/ebay/update.htm");
    expect(r.verdict).toBe("dangerous");
  });

  it("the link's text shows the brand's sign-in address and goes to a home computer's host: forged", () => {
    const r = check({ from: "eBay <aw-confirm@ebay.com>", subject: "Account verification required", text: ask, links: [link("http://pcp0123.dsl.isp-broadband.net/.ebay/index.htm", 'http://signin.ebay.com/ws/eBayISAPI.dll?SignIn" >'), ...footer] });
    expect(r.codes).toContain("forged_official");
  });

  it("'Click here to prove your identity' to a stranger's host, no credential phrase elsewhere: forged", () => {
    const r = check({ from: "eBay <security@ebay.com>", subject: "Security alert", text: "Dear valued customer,\nWe noticed unusual activity.", links: [link("http://acct-check.info/updating/", "Click here to prove your identity"), ...footer] });
    expect(r.codes).toContain("forged_official");
  });
});

describe("forged official senders linking to a bare IP address", () => {
  it("a bank's official From, no authentication, an 'Activate' button to a bare IP among the bank's own footer links: forged even with no ask phrase", () => {
    const r = check({ from: "eBay <service@ebay.com>", subject: "Activate your new checkout", text: "We have upgraded checkout. Activate it now.", links: [link("http://203.0.113.7/ebay/", "Activate"), link("https://pages.ebay.com/help/", "Help")] });
    expect(r.codes).toContain("forged_official");
    expect(r.verdict).toBe("dangerous");
  });
});

describe("genuine counterparts of the copied footer", () => {
  const footer = [link("https://pages.ebay.com/help/account_protection.html", "Account protection"), link("https://pages.ebay.com/help/policies/privacy-policy.html", "Privacy Policy")];
  const notice = "Hi Hanako,\nYour card on file expires soon. Please update your billing information in My eBay so your purchases aren't interrupted.";

  it("the brand's own notice (headers stripped) whose button goes to its own site, with a partner link in the body: not forged", () => {
    const r = check({ from: "eBay <ebay@ebay.com>", subject: "Your card expires soon", text: notice, links: [link("https://www.ebay.com/mye/myebay/payment", "Update payment"), link("https://www.safebuying-guide.org/guides", "Read our guide to safe buying"), ...footer] });
    expect(r.codes).not.toContain("forged_official");
    expect(r.verdict).not.toBe("dangerous");
  });

  it("the same notice with its button through a mail service's click tracker: not forged", () => {
    const r = check({ from: "eBay <ebay@ebay.com>", subject: "Your card expires soon", text: notice, links: [link("https://u123.ct.sendgrid.net/ls/click?upn=abcdef", "Update payment"), ...footer] });
    expect(r.codes).not.toContain("forged_official");
    expect(r.verdict).not.toBe("dangerous");
  });

  it("the same notice with the sign-in button to a stranger's host but authentication results present: left to the authentication signal", () => {
    const r = check({ from: "eBay <ebay@ebay.com>", subject: "Your card expires soon", text: notice, links: [link("http://shop-gear-outlet.net/ebay/update.htm", "Sign in"), ...footer], headers: { "Authentication-Results": "mx.example.jp; dkim=pass header.d=ebay.com; spf=pass smtp.mailfrom=ebay.com; dmarc=pass header.from=ebay.com" } });
    expect(r.codes).not.toContain("forged_official");
  });
});

/**
 * The ask made by the link alone, in the language of the mail (pt, es, de, fr, it, nl): an official
 * From with nothing vouching for it, every link going to a stranger's host, and the one button saying
 * "ACESSAR SUA CONTA" / "Konto bestätigen". Hand-written after the Brazilian bank lures that link to a
 * serverless app; the genuine counterparts are the bank's own notice (headers stripped) whose button goes
 * to its own site or through a mail service's tracker.
 */
describe("forged official senders whose button alone asks, in other languages", () => {
  const body = { from: "Bradesco <naoresponder@bradesco.com.br>", subject: "Rodrigo, você alcançou o cartão Black", text: "Olá Rodrigo,\nVocê foi selecionado para o cartão Black. Veja os detalhes no app.\nACESSAR SUA CONTA" };

  it("'ACESSAR SUA CONTA' to a serverless app's host: forged, and the button is the link named", () => {
    const r = check({ ...body, links: [link("https://us-central1-example-378715.cloudfunctions.net/lesma", "ACESSAR SUA CONTA")] });
    expect(r.codes).toContain("forged_official");
    expect(r.signal("forged_official")!.params.url).toBe("https://us-central1-example-378715.cloudfunctions.net/lesma");
  });

  it("German, verb last: 'Konto bestätigen' from PayPal's own domain to a stranger's host: forged", () => {
    const r = check({ from: "PayPal <service@paypal.com>", subject: "Ihr Konto", text: "Sehr geehrter Kunde,\nbitte bestätigen Sie Ihre Angaben.", links: [link("https://sicherheit-kundenportal.de/login", "Konto bestätigen")] });
    expect(r.codes).toContain("forged_official");
  });

  it("genuine: the same notice with its button to the bank's own site: not forged, no signs", () => {
    const r = check({ ...body, links: [link("https://www.bradesco.com.br/html/classic/index.shtm", "ACESSAR SUA CONTA"), link("https://www.bradesco.com.br/", "Bradesco")] });
    expect(r.codes).not.toContain("forged_official");
    expect(r.verdict).toBe("no_signs");
  });

  it("genuine: the button through a mail service's click tracker: not forged", () => {
    const r = check({ ...body, links: [link("https://click.e.exacttarget.com/?qs=abc123", "ACESSAR SUA CONTA")] });
    expect(r.codes).not.toContain("forged_official");
    expect(r.verdict).not.toBe("dangerous");
  });

  it("a link that only says 'clique aqui' (no account verb) to a stranger's host, no ask phrase: left alone", () => {
    const r = check({ ...body, links: [link("https://promo-cartao-black.com.br/black", "clique aqui")] });
    expect(r.codes).not.toContain("forged_official");
  });
});
