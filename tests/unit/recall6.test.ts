/**
 * Issue 11, session 6: scams whose only direct sign was a header (the provider's junk stamp, failed
 * authentication), now caught from the content an inline forward keeps — the callback receipt for a
 * brand's product from a stranger's domain with only a phone to answer (callback_invoice "brand",
 * src/facts/brand-callback.ts), the fake antivirus alarm (security_scare, src/facts/security-scare.ts)
 * and a site with a sum typed as an account's user name (planted_link, src/facts/planted-link.ts).
 * Each rule's genuine counterparts (tests/fixtures/genuine/recall6-*.eml, hand-written) stay no_signs
 * directly, without their Authentication-Results and forwarded inline. Hand-written; no corpus mail.
 */
import { describe, expect, it } from "vitest";
import { everyShape } from "../every-shape";
import { counterpartMail } from "../counterpart-mail";
import { fixture } from "../fixtures";
import { check, link, } from "../signal-helpers";

const SHAPES = ["gmail-en", "outlook-en-text", "carrier-ja"];
const NEW = ["callback_invoice", "security_scare", "planted_link"];

const every = (raw: string | Uint8Array) => everyShape(raw, SHAPES);

describe("genuine counterparts: no_signs directly, stripped and forwarded inline", () => {
  const GENUINE = [
    "recall6-mcafee-expired-esp",
    "recall6-norton-renews-soon",
    "recall6-reseller-norton-expired-de",
    "recall6-reseller-plain-receipt",
    "recall6-coinbase-tax-documents",
    "recall6-gemini-tax-documents",
    "recall6-wordpress-new-user",
    "recall6-wordpress-shop-username-domain",
    "recall6-newsletter-mcafee-article",
    "recall6-shop-draw-winner-de",
  ];
  for (const name of GENUINE)
    it(name, async () => {
      for (const { how, verdict, codes } of await every(fixture(`genuine/${name}.eml`))) {
        expect(verdict, `${name} ${how} ${codes}`).toBe("no_signs");
        for (const c of NEW) expect(codes, `${name} ${how}`).not.toContain(c);
      }
    });
});

const RENEWAL = (brand: string, phone: string) =>
  `Membership Renewal Notice\n\nHello,\n\nWe are confirming your upcoming automatic renewal with ${brand}. A payment of $440.99 will be processed today for your membership renewal.\n\nProduct: ${brand} Total Protection\nPayment Method: Auto Debit\nTotal Paid: $440.99\n\nThis membership will renew automatically each year unless canceled 48 hours before the renewal date.\n\n${brand} Help Line: ${phone}`;

describe("callback_invoice 'brand': a brand's receipt from a stranger's domain, a phone and nothing else", () => {
  it("a McAfee renewal from a stranger's domain with a help line: callback_invoice, suspicious directly and forwarded", async () => {
    const raw = counterpartMail({ fromName: "Vickie Martin", from: "billing@pfalzlust-example.org", subject: "Your QCSJNCY Subscription Renewal is Complete", body: RENEWAL("McAfee", "1 805 248-2517"), auth: false });
    for (const { how, verdict, codes } of await every(raw)) {
      expect(codes, how).toContain("callback_invoice");
      expect(verdict, how).not.toBe("no_signs");
    }
  });

  it("'Norton Order Confirmation' (Norton beside what it sells) from a stranger, with a number to call", () => {
    const r = check({ from: "E-Receipt Bill Team <billing@nt.mapel-example.com>", subject: "Your Norton Order Confirmation For Order #NP11395138351", text: "Hi there, your Plus – Annual plan is set to renew automatically on May 14. Amount: $299.99. Need to make changes? Call us at: +1 (805) 248 4054" });
    expect(r.codes).toContain("callback_invoice");
    expect(r.verdict).toBe("suspicious");
  });

  it("the same renewal from McAfee's own domain, or with a link to the account, or naming the shop that sent it: no callback_invoice", () => {
    expect(check({ from: "McAfee <billing@mcafee.com>", subject: "Renewal", text: RENEWAL("McAfee", "1 805 248-2517") }).codes).not.toContain("callback_invoice");
    expect(check({ from: "Shop <billing@pcshop-example.com>", subject: "Renewal", text: RENEWAL("McAfee", "1 805 248-2517"), links: [link("https://www.pcshop-example.com/account/orders/10482", "View order")] }).codes).not.toContain("callback_invoice");
    const shop = `Thank you for your order with PC Shop Example.\n${RENEWAL("McAfee", "1 805 248-2517")}`;
    expect(check({ from: "Orders <orders@pcshop-example.com>", subject: "Order confirmation", text: shop }).codes).not.toContain("callback_invoice");
    const write = `${RENEWAL("McAfee", "1 805 248-2517")}\nOr write to billing@pcshop-example.com.`;
    expect(check({ from: "Orders <orders@pcshop-example.com>", subject: "Order confirmation", text: write }).codes).not.toContain("callback_invoice");
  });

  it("a sales pitch with a price and an order line is no receipt: no callback_invoice", () => {
    const pitch = "15 MILLION EMAILS + Bulk Mailing Software for only $100.00! McAfee-free, Norton-free. To place an order, call us at 1-308-534-2098. Send your order today. McAfee McAfee";
    expect(check({ from: "<seller@pitch-example.com>", subject: "Reach millions", text: pitch }).codes).not.toContain("callback_invoice");
  });

  it("a surname 'Norton' on a receipt is no brand", () => {
    const r = check({ from: "Norton & Sons <accounts@plumbing-example.co.uk>", subject: "Invoice number 2291", text: "Invoice number 2291 from J. Norton. Total paid: $180.00. Questions? Call 1 805 248-2517." });
    expect(r.codes).not.toContain("callback_invoice");
  });
});

describe("security_scare: the fake antivirus alarm", () => {
  it("'Ihr Computer ist mit 98 Viren infiziert! Ihr McAfee-Abonnement ist abgelaufen!' with a stranger's link: security_scare, forwarded too", async () => {
    const body = "KLIK DIRECT: http://theblsonearth-example.com/r/6Z/2KRIAU\n\nUnsubscribe from all email list by replying to this email";
    const raw = counterpartMail({ fromName: "letzte Erinnerung", from: "renew@mymobeldz-example.com", subject: "❌Ihr Computer ist mit 98 Viren infiziert! Ihr „McAfee“-Abonnement ist abgelaufen!", body, auth: false });
    for (const { how, verdict, codes } of await every(raw)) {
      expect(codes, how).toContain("security_scare");
      expect(verdict, how).not.toBe("no_signs");
    }
  });

  it("'Norton Membership.' from a stranger linking to its own domain: the impostor's domain is a stranger's", () => {
    const r = check({ from: "Norton Membership. <alerts@slave.socialou-example.com>", subject: "Security Alert: Membership not renewed", text: "Your Antivirus subscription for Windows expired on January 5. Without an active subscription, your PC may be vulnerable. Your device is currently unprotected. Renew Subscription", links: [link("https://slave.socialou-example.com/4iVSdY2616", "Renew Subscription")] });
    expect(r.codes).toContain("security_scare");
  });

  it("a reseller's 'your Norton subscription has expired' linking to its own shop: no security_scare", () => {
    const r = check({ from: "SoftKey Shop <service@softkey-shop-example.de>", subject: "Your Norton 360 subscription has expired", text: "Your Norton 360 subscription bought from us has expired. Renew at our loyalty price.", links: [link("https://www.softkey-shop-example.de/norton-renewal", "Renew")] });
    expect(r.codes).not.toContain("security_scare");
  });

  it("a news digest about infections with many sites, or a long newsletter: no security_scare", () => {
    const links = ["https://a-news-example.com/1", "https://b-news-example.com/2", "https://c-news-example.com/3"].map((h) => link(h, "Read"));
    expect(check({ from: "Digest <news@digest-example.com>", subject: "Weekly", text: "If you installed it, your computer may be infected. McAfee says so.", links }).codes).not.toContain("security_scare");
    const long = `Your PC may be infected if it runs slowly, says our columnist.\n${"Other stories of the week follow here. ".repeat(80)}`;
    expect(check({ from: "Digest <news@digest-example.com>", subject: "Weekly", text: long, links: [links[0]!] }).codes).not.toContain("security_scare");
  });
});

describe("planted_link: a site and a sum typed as an account's user name", () => {
  const LOGIN = (user: string) => `Username: ${user}\n\nTo set your password, visit the following address:\n\nhttps://monronee-example.com/wp-login.php?action=rp&key=n9f1A55u\n\nhttps://monronee-example.com/wp-login.php`;
  it("'Username: www.gsgvsa.blogspot.ch - 1.330 BTC BINANCE': planted_link, forwarded too", async () => {
    const raw = counterpartMail({ fromName: "WordPress", from: "wordpress@monronee-example.com", subject: "[Monronee] Login Details", body: LOGIN("www.gsgvsa.blogspot.ch - 1.330 BTC BINANCE") });
    for (const { how, codes } of await every(raw)) expect(codes, how).toContain("planted_link");
  });

  it("a real user name, or a shop's domain as the name without money: no planted_link", () => {
    for (const user of ["hanako.tanaka", "kyoto-ceramics.jp", "www.kyoto-ceramics.jp - wholesale"])
      expect(check({ from: "WordPress <wordpress@monronee-example.com>", subject: "[Monronee] Login Details", text: LOGIN(user) }).codes, user).not.toContain("planted_link");
  });
});

describe("prize_survey: a thing to win counts as the reward", () => {
  const MERCEDES = "Guten Tag, wir gratulieren recht herzlich. Du gehörst zu den Auserwählten für eine Mercedes-Umfrage. Beantworte drei Fragen; alle Teilnehmer haben die Chance, einen neuen Mercedes CLA zu gewinnen.";
  it("'wir gratulieren … Umfrage … einen neuen Mercedes CLA zu gewinnen' from a typed telekom.com address to a stranger: prize_survey, forwarded too", async () => {
    const raw = counterpartMail({ fromName: "Mercedes cla.", from: "reply@telekom.com", subject: "wir gratulieren recht herzlich", body: `${MERCEDES}\nJetzt teilnehmen: http://dreamsalive-example.info/MnRiWFdURWdNNTBp`, auth: false });
    for (const { how, verdict, codes } of await every(raw)) {
      expect(codes, how).toContain("prize_survey");
      expect(verdict, how).not.toBe("no_signs");
    }
  });

  it("a brand's own survey with a draw, linking to its own site or a survey platform: no prize_survey", () => {
    expect(check({ from: "Mercedes-Benz <umfrage@mercedes-benz.de>", subject: "Ihre Meinung zählt", text: MERCEDES, links: [link("https://www.mercedes-benz.de/umfrage/cla", "Zur Umfrage")] }).codes).not.toContain("prize_survey");
    expect(check({ from: "Autohaus Weber <info@autohaus-weber-example.de>", subject: "Kundenumfrage", text: MERCEDES, links: [link("https://autohausweber.eu.qualtrics.com/jfe/form/SV_1", "Zur Umfrage")] }).codes).not.toContain("prize_survey");
  });
});

describe("wallet_lure: a stranger's page written out as text", () => {
  const KYC = "Our system indicates that your wallet has not yet been verified. All unverified wallets will be suspended. If the link is not clickable, copy and paste it in your browser.";
  it("the KYC lure with its page on an S3 bucket written as text, no link: wallet_lure, forwarded too", async () => {
    const raw = counterpartMail({ fromName: "", from: "no-reply@digilan-example.it", subject: "KYC-Metamask : Notification!", body: `${KYC}\nupdate-kyc-verification.s3.eu-north-1.amazonaws.com/index.html`, auth: false });
    for (const { how, codes } of await every(raw)) expect(codes, how).toContain("wallet_lure");
  });

  it("the same words naming an ordinary site, or the exchange's own, as text: no wallet_lure", () => {
    for (const site of ["www.reddit.com/r/metamask/comments/1abc", "support.metamask.io/privacy-and-security/kyc"])
      expect(check({ from: "Ken <ken@ken-consulting-example.com>", subject: "KYC?", text: `${KYC}\n${site}` }).codes, site).not.toContain("wallet_lure");
  });
});
