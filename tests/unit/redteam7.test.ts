/**
 * Session 7 red team against session 6's content-only recall rules (tests/unit/recall6.test.ts): genuine mail
 * built like each rule's lure — small shops' and freelancers' receipts with a phone, IT departments', providers'
 * and resellers' antivirus notices, shops' and magazines' surveys with a draw, wallet makers' and researchers'
 * plain-text mail naming a page on a free host — stays no_signs directly, without its Authentication-Results and
 * forwarded inline (tests/fixtures/genuine/rt7-*.eml, hand-written). Each narrowing has its phishing counterpart
 * here: the lure the rule was built for is still caught. Hand-written; no corpus mail.
 */
import { describe, expect, it } from "vitest";
import { everyShape } from "../every-shape";
import { checkMail } from "../../src/check";
import { counterpartMail } from "../counterpart-mail";
import { fixture, fixturePaths } from "../fixtures";
import { check, link, rules } from "../signal-helpers";

const SHAPES = ["gmail-en", "outlook-en-text", "carrier-ja"];
const RULES = ["callback_invoice", "security_scare", "planted_link", "prize_survey", "wallet_lure"];

const every = (raw: string | Uint8Array) => everyShape(raw, SHAPES);

const GALLERY = fixturePaths().filter((p) => /^genuine\/rt7-.*\.eml$/.test(p));

describe("rt7 genuine mail: no_signs directly, stripped and forwarded inline, none of session 6's rules", () => {
  it("the red team's mails are in the gallery", () => expect(GALLERY.length).toBeGreaterThanOrEqual(25));
  for (const path of GALLERY)
    it(path, async () => {
      for (const { how, verdict, codes } of await every(fixture(path))) {
        expect(verdict, `${path} ${how} ${codes}`).toBe("no_signs");
        for (const c of RULES) expect(codes, `${path} ${how}`).not.toContain(c);
      }
    });
});

describe("callback_invoice 'brand': a receipt signed with the name it comes under is the sender's own", () => {
  const INVOICE = (sign: string) =>
    `Invoice #0417\nMicrosoft 365 Business Standard setup for 4 users   $320.00\nTotal due: $420.00\nYou can pay by Zelle to (608) 555-0172.\n\nThanks,\n${sign}\n(608) 555-0172`;
  it("a freelancer's invoice from a webmail address, signed with its From name: no callback_invoice", () => {
    expect(check({ from: "Dave Kowalski <dave.kowalski.it@gmail.com>", subject: "Invoice #0417 - Microsoft 365 setup", text: INVOICE("Dave Kowalski") }).codes).not.toContain("callback_invoice");
  });

  it("the same receipt under a role name, a brand's name, or a name never repeated: still callback_invoice", () => {
    for (const from of ["Paid Customer <dk0454470@gmail.com>", "Billing Support Team <billing.dept.2291@gmail.com>", "Microsoft Billing <ms.billing.center@gmail.com>"]) {
      const name = from.split(" <")[0]!;
      expect(check({ from, subject: "Invoice #0417 - Microsoft 365 renewal", text: INVOICE(name) }).codes, from).toContain("callback_invoice");
    }
    expect(check({ from: "Vickie Martin <v.martin.8812@gmail.com>", subject: "Invoice #0417 - Microsoft 365 renewal", text: INVOICE("Microsoft Help Line") }).codes).toContain("callback_invoice");
  });

  it("a shop's receipt from a domain of another name, its name in the text: no callback_invoice; the McAfee renewal signed as McAfee: still caught, forwarded too", async () => {
    const receipt = "BAYSIDE COMPUTER REPAIR\nReceipt #2291\nNorton 360 Deluxe, 1 year   $49.99\nTotal paid: $134.99\nQuestions? Call us at (541) 555-0143.";
    expect(check({ from: "Bayside Computer Repair <receipts@pcfixbayside.com>", subject: "Your receipt #2291", text: receipt }).codes).not.toContain("callback_invoice");
    const body = "We are confirming your upcoming automatic renewal with McAfee. A payment of $440.99 will be processed today.\nTotal Paid: $440.99\n\nMcAfee Total Protection Help Line: 1 805 248-2517\nMcAfee Total Protection";
    const raw = counterpartMail({ fromName: "McAfee Total Protection", from: "billing@pfalzlust-example.org", subject: "Your Subscription Renewal is Complete", body, auth: false });
    for (const { how, codes } of await every(raw)) expect(codes, how).toContain("callback_invoice");
  });
});

describe("security_scare: a sender that also sends its reader home is no alarm from a stranger", () => {
  const EXPIRED = "Your antivirus protection has expired. Your device is currently at risk until it is updated.";
  it("an IT department's notice linking to its own portal on a service, a reseller's to its shop: no security_scare", () => {
    expect(check({ from: "IT Service Desk <itservicedesk@brightwater-energy.com>", subject: "Antivirus protection expired", text: EXPIRED, links: [link("https://brightwater.service-now.com/sp?id=sc_cat_item", "IT Service Portal")] }).codes).not.toContain("security_scare");
    expect(check({ from: "Northwind IT Reports <reports@northwind-it.co.uk>", subject: "Monthly report", text: EXPIRED, links: [link("https://northwindit.myconnectwise.net/support/portal", "Client portal")] }).codes).not.toContain("security_scare");
    expect(check({ from: "SoftKey <service@softkey-example.de>", subject: "Renew", text: EXPIRED, links: [link("https://www.softkey-example.de/renew", "Renew"), link("https://de.trustpilot.com/review/softkey-example.de", "Trustpilot")] }).codes).not.toContain("security_scare");
  });

  it("the alarm linking to a stranger with only an unsubscribe link home, a free host's page named like it, or from a free mailbox: still security_scare", () => {
    const links = [link("http://theblsonearth-example.com/r/6Z", "RENEW NOW"), link("https://mymobeldz-example.com/unsubscribe?u=1", "Unsubscribe")];
    expect(check({ from: "letzte Erinnerung <renew@mymobeldz-example.com>", subject: "Ihr Computer ist mit 98 Viren infiziert!", text: "KLIK DIRECT", links }).codes).toContain("security_scare");
    const free = [link("http://theblsonearth-example.com/r/6Z", "RENEW NOW"), link("https://mymobeldz.weebly.com/", "About")];
    expect(check({ from: "letzte Erinnerung <renew@mymobeldz-example.com>", subject: "Virenschutz", text: EXPIRED, links: free }).codes).toContain("security_scare");
    expect(check({ from: "Antivirus Center <av.center.renew@gmail.com>", subject: "Alert", text: EXPIRED, links: [link("http://renew-av-example.com/x", "Renew"), link("https://mail.google.com/", "Gmail")] }).codes).toContain("security_scare");
  });

  it("the company from its own domain is no impostor; 'Norton Membership.' from a stranger linking to that stranger still is", () => {
    const text = "Your Malwarebytes Premium subscription expired. Your device is currently unprotected.";
    expect(check({ from: "Malwarebytes <no-reply@malwarebytes.com>", subject: "Expired", text, links: [link("https://store.malwarebytes-example.net/renew", "Renew"), link("https://my.malwarebytes.com/en/subscriptions", "My Account")] }).codes).not.toContain("security_scare");
    const r = check({ from: "Norton Membership. <alerts@slave.socialou-example.com>", subject: "Security Alert", text: "Your Antivirus subscription for Windows expired. Your device is currently unprotected.", links: [link("https://slave.socialou-example.com/4iVSdY2616", "Renew Subscription")] });
    expect(r.codes).toContain("security_scare");
  });
});

describe("prize_survey: a shop's or a magazine's own survey links to its own pages too", () => {
  const SURVEY = "Herzlichen Glückwunsch zu Ihrem neuen Fahrzeug! Nehmen Sie an unserer Kundenumfrage teil: unter allen Teilnehmern ist ein Tankgutschein zu gewinnen.";
  it("a dealer's survey on a survey host with its own imprint link: no prize_survey", () => {
    const links = [link("https://www.lamapoll.de/Autohaus-Kundenzufriedenheit/", "Zur Umfrage"), link("https://www.autohaus-brenner-example.de/impressum", "Impressum")];
    expect(check({ from: "Autohaus Brenner <service@autohaus-brenner-example.de>", subject: "Ihre Meinung", text: SURVEY, links }).codes).not.toContain("prize_survey");
  });

  it("a studio's survey from Gmail on Google Forms' short address: no prize_survey; the same words to a stranger's site: still", () => {
    const text = "Parabéns: você completou 3 meses de treino! Responda nossa pesquisa rapidinha e concorra a um brinde.";
    expect(check({ from: "Carla Mendes <studiomovimento.pilates@gmail.com>", subject: "Parabéns!", text, links: [link("https://forms.gle/4kTz9bQmXw2VcRr17", "Responder à pesquisa")] }).codes).not.toContain("prize_survey");
    expect(check({ from: "Carla Mendes <studiomovimento.pilates@gmail.com>", subject: "Parabéns!", text, links: [link("https://premio-brinde-example.top/r/4kTz9", "Responder à pesquisa")] }).codes).toContain("prize_survey");
  });

  it("the lure with only an unsubscribe link home, or linking to a brand's real site beside the stranger's: still prize_survey", () => {
    const MERCEDES = "Guten Tag, wir gratulieren recht herzlich. Du gehörst zu den Auserwählten für eine Mercedes-Umfrage. Beantworte drei Fragen; alle Teilnehmer haben die Chance, einen neuen Mercedes CLA zu gewinnen.";
    const unsub = [link("http://dreamsalive-example.info/MnRiWFdURWdNNTBp", "Jetzt teilnehmen"), link("https://sender-example.com/abmelden?u=2", "Abmelden")];
    expect(check({ from: "Mercedes cla. <reply@sender-example.com>", subject: "wir gratulieren", text: MERCEDES, links: unsub }).codes).toContain("prize_survey");
    const typed = [link("http://dreamsalive-example.info/MnRiWFdURWdNNTBp", "Jetzt teilnehmen"), link("https://www.telekom.com/de/konzern/impressum", "Impressum")];
    expect(check({ from: "Mercedes cla. <reply@sender-example.com>", subject: "wir gratulieren", text: MERCEDES, links: typed }).codes).toContain("prize_survey");
  });
});

describe("wallet_lure: an exchange's own link after the words, a signed page written as text", () => {
  const KYC = "To keep your account active, we need to verify your identity. Until this is done, withdrawals from your wallet will be restricted.";
  it("an exchange's KYC notice whose button after the words goes to its own site (help centre on a service below), forwarded: no wallet_lure", async () => {
    const html = `<p>${KYC}</p><p><a href="https://www.coinjar-example.com/app/verify">Verify in the app</a></p><p>Read more: <a href="https://intercom.help/coinjar-example/en/articles/1">Why verify again?</a></p>`;
    const raw = counterpartMail({ fromName: "CoinJar", from: "support@coinjar-example.com", subject: "Please verify your identity", body: html, auth: false, headers: "X-Note: html" }).replace("Content-Type: text/plain", "Content-Type: text/html");
    for (const { how, codes } of await every(raw)) expect(codes, how).not.toContain("wallet_lure");
  });

  it("the lure whose button after the words is a stranger's (its own site further down), or a tracker without authentication: still wallet_lure, forwarded too", async () => {
    const html = `<p>${KYC}</p><p><a href="https://verify-wallet-kyc-example.com/start">Verify now</a></p><p><a href="https://www.digilan-example.it/">Home</a></p>`;
    const raw = counterpartMail({ fromName: "Support", from: "no-reply@digilan-example.it", subject: "KYC Notification", body: html, auth: false }).replace("Content-Type: text/plain", "Content-Type: text/html");
    for (const { how, codes } of await every(raw)) expect(codes, how).toContain("wallet_lure");
    const tracked = `<p>Congratulations! Click this button to claim your airdrop tokens.</p><p><a href="https://e.customeriomail.com/e/c/eyJocmVmIjoiaHR0cHM6Ly9raWxsYS1leGFtcGxlLmNsaWNrIn0/9e48">Connect Wallet</a></p><p><a href="https://twitter.com/opensea">Twitter</a> <a href="https://killa-example.click/">Site</a></p>`;
    const r = await checkMail(new TextEncoder().encode(counterpartMail({ fromName: "OpenSea Team", from: "support@cookshop-example.com", subject: "Your Airdrop.", body: tracked, auth: false }).replace("Content-Type: text/plain", "Content-Type: text/html")), rules);
    expect(r.reasons.map((x) => x.code)).toContain("wallet_lure");
  });

  it("a page on a free host written as text, signed by the name it comes under: no wallet_lure; under a role name or a brand's: still", () => {
    const text = (sign: string) => `Update your wallet firmware from the app. Release notes:\nbitbox-example.github.io/firmware/CHANGELOG.html\n\nBest regards,\n${sign}`;
    expect(check({ from: "BitBox Support <support@bitbox-example.swiss>", subject: "Re: [#48213] update", text: text("Lena\nBitBox Support") }).codes).not.toContain("wallet_lure");
    for (const from of ["Wallet Support <no-reply@digilan-example.it>", "MetaMask <no-reply@digilan-example.it>"]) {
      const name = from.split(" <")[0]!;
      const lure = `Our system indicates that your wallet has not yet been verified. All unverified wallets will be suspended.\nupdate-kyc-verification.s3.eu-north-1.amazonaws.com/index.html\n\n${name} Team`;
      expect(check({ from, subject: "KYC Notification", text: lure }).codes, from).toContain("wallet_lure");
    }
  });
});

describe("planted_link: a user name that is the customer's own domain, named again in the mail", () => {
  const LOGIN = (user: string, more = "") => `Username: ${user}\n${more}\nTo set your password, visit the following address:\n\nhttps://monronee-example.com/wp-login.php?action=rp&key=n9f1A55u`;
  it("a hosting welcome or a trade account whose login is the customer's domain, with the plan's price on its line: no planted_link", () => {
    expect(check({ from: "Southern Roasters Trade <trade@southernroasters-example.co.nz>", subject: "Approved", text: LOGIN("harbourcafe-example.co.nz - credit limit NZ$ 2,500.00", "Invoices are emailed to accounts@harbourcafe-example.co.nz.") }).codes).not.toContain("planted_link");
    expect(check({ from: "hostwerk <kundenservice@hostwerk-example.de>", subject: "Eingerichtet", text: LOGIN("baeckerei-huber-example.de  Tarif: Webhosting M (4,99 EUR/Monat)"), recipients: ["info@baeckerei-huber-example.de"] }).codes).not.toContain("planted_link");
  });

  it("the planted name typed in two fields, or sent to a webmail box: still planted_link, forwarded too", async () => {
    const twice = LOGIN("www.gsgvsa.blogspot.ch - 1.330 BTC BINANCE", "Name: www.gsgvsa.blogspot.ch - 1.330 BTC BINANCE");
    expect(check({ from: "WordPress <wordpress@monronee-example.com>", subject: "[Monronee] Login Details", text: twice }).codes).toContain("planted_link");
    const raw = counterpartMail({ fromName: "WordPress", from: "wordpress@monronee-example.com", subject: "[Monronee] Login Details", body: LOGIN("ynwvhg.transfer-btc.pages.dev - WITHDRAW FUNDS 121582 USDT", "Email: hanako.sato@gmail.com") });
    for (const { how, codes } of await every(raw)) expect(codes, how).toContain("planted_link");
  });
});
