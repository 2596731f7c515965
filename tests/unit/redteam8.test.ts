/**
 * Session 7 red team (wave 2) against the session's trust exemptions: phishing built the way real phishing is
 * built, aimed at each door a genuine-mail fix opened — a brand's word inside the sender's own domain
 * (sender.ts, brandWordOfOwnName), a business's own name (own-name.ts), a receipt signed with its From name
 * (signed-by-sender.ts), a crypto project's own site (project-name.ts) and one brand claim by one unlisted
 * site (loneUnlistedClaim in score.ts). Each is checked directly and forwarded inline (gmail-en,
 * outlook-en-text). Fixtures tests/fixtures/phishing/rt8-*.eml are hand-written; no corpus mail. The genuine
 * side of each narrowing is the gallery (g8-apple-farm, g8-apple-tree-dental, g8-big-apple-bagels, rt7-*,
 * r7-crypto-newsletter) and the counterparts below.
 */
import { describe, expect, it } from "vitest";
import { describeOriginal, FORWARDER, forwardAs } from "../../cli/forward-shapes";
import { checkMail } from "../../src/check";
import { parseMail } from "../../src/mail/parse";
import { fixture } from "../fixtures";
import { check, link, rules } from "../signal-helpers";

const SHAPES = ["gmail-en", "outlook-en-text"];

async function every(bytes: Uint8Array) {
  const o = describeOriginal(Buffer.from(bytes).toString("latin1"), await parseMail(bytes));
  const out = [{ how: "direct", r: await checkMail(bytes, rules) }];
  for (const s of SHAPES) out.push({ how: s, r: await checkMail(forwardAs(s, o), rules, { forwarder: FORWARDER }) });
  return out.map(({ how, r }) => ({ how, verdict: r.verdict, codes: r.reasons.map((x) => x.code) }));
}

async function expectEverywhere(path: string, verdict: string, code?: string) {
  for (const r of await every(fixture(path))) {
    expect(r.verdict, `${path} ${r.how} ${r.codes}`).toBe(verdict);
    if (code) expect(r.codes, `${path} ${r.how}`).toContain(code);
  }
}

describe("a brand's word inside the sender's domain under a neutral display name, the brand named in the body", () => {
  for (const name of ["rakuten-point", "paypal-en", "docomo", "dhl-de", "amazon-prime"])
    it(`phishing/rt8-${name}.eml is dangerous directly and forwarded`, () => expectEverywhere(`phishing/rt8-${name}.eml`, "dangerous", "sender_brand_in_domain"));

  it("the brand's word only in the sender's own address, links and signature stays weak (an apple farm, a dental practice)", () => {
    const farm = check({ from: "木村りんご園 <info@kimura-apple-farm.jp>", subject: "出荷のお知らせ", text: "ご注文のりんごを本日出荷しました。\n木村りんご園 info@kimura-apple-farm.jp\nhttps://kimura-apple-farm.jp/", links: [link("https://kimura-apple-farm.jp/", "kimura-apple-farm.jp")] });
    expect(farm.verdict).toBe("no_signs");
    const dental = check({ from: "Apple Tree Dental <reminders@appletreedental.org>", subject: "Appointment reminder", text: "Your cleaning is on Dec 9 at 10:00.\nApple Tree Dental\nappletreedental.org" });
    expect(dental.verdict).toBe("no_signs");
    // A practice's own name spelt out as its domain stays its own even where the body says the word elsewhere
    // ("1820 Apple Blossom Way": the gallery's g9-dentist-reminder-en). Under a name that is not the domain's
    // own, the brand said in the body's own words is the brand presented.
    const street = check({ from: "Apple Tree Dental <reminders@appletreedental.org>", subject: "Appointment reminder", text: "Your cleaning is on Dec 9 at 10:00 at 1820 Apple Blossom Way.\nApple Tree Dental" });
    expect(street.verdict).toBe("no_signs");
    const scam = check({ from: "Billing Department <reminders@appletreedental.org>", subject: "Appointment reminder", text: "Your Apple ID has been locked. Sign in to restore it.\nApple Tree Dental" });
    expect(scam.codes).toContain("sender_brand_in_domain");
    expect(scam.reasons.find((r) => r.code === "sender_brand_in_domain")!.points).toBeGreaterThanOrEqual(5);
  });
});

describe("own-name: a brand's name plus the words of an account's case is no business's own name", () => {
  for (const name of ["paypal-limitation", "sparkasse-zentrale", "amazon-logistics"])
    it(`phishing/rt8-${name}.eml is dangerous directly and forwarded`, () => expectEverywhere(`phishing/rt8-${name}.eml`, "dangerous", "sender_name_brand_mismatch"));
});

describe("signed-by-sender: a receipt that disowns the charge is a callback scam's, signed with a person's name or not", () => {
  it("phishing/rt8-norton-gmail-signed.eml ('Kevin Thompson' billing Norton 360 from Gmail) is dangerous", () => expectEverywhere("phishing/rt8-norton-gmail-signed.eml", "dangerous", "callback_invoice"));
  it("phishing/rt8-paypal-person-signed.eml (a PayPal charge 'if you didn't make this purchase, contact … at +1') is flagged", () => expectEverywhere("phishing/rt8-paypal-person-signed.eml", "suspicious", "callback_invoice"));
  it("a freelancer's own invoice signed with its From name still has no callback_invoice", () => {
    const text = "Invoice #0417\nMicrosoft 365 Business Standard setup for 4 users   $320.00\nTotal due: $420.00\nYou can pay by Zelle to (608) 555-0172.\n\nThanks,\nDave Kowalski\n(608) 555-0172";
    expect(check({ from: "Dave Kowalski <dave.kowalski.it@gmail.com>", subject: "Invoice #0417 - Microsoft 365 setup", text }).codes).not.toContain("callback_invoice");
  });
});

describe("crypto_project_elsewhere: a drainer site holding the project's name is not the project's own", () => {
  it("phishing/rt8-zksync-domain.eml (zksync-claim.org) is dangerous", () => expectEverywhere("phishing/rt8-zksync-domain.eml", "dangerous", "crypto_project_elsewhere"));
  it("phishing/rt8-bonk-vercel.eml (bonk-claim-portal.vercel.app) is dangerous with the code", () => expectEverywhere("phishing/rt8-bonk-vercel.eml", "dangerous", "crypto_project_elsewhere"));
  it("the project's own site (app.zksync.io, bonkcoin.com) still carries the name", () => {
    const text = "Dear zkSync user,\nThe ZK token airdrop is now live. Claim your ZK tokens before the distribution closes.";
    for (const href of ["https://app.zksync.io/claim", "https://bonkcoin.com/claim"]) {
      const from = href.includes("bonk") ? "BONK <news@hillside-example.com>" : "zkSync <news@hillside-example.com>";
      const body = href.includes("bonk") ? "The official $BONK airdrop is live. Claim your BONK tokens." : text;
      expect(check({ from, subject: "Airdrop", text: body, links: [link(href, "Claim")] }).codes, href).not.toContain("crypto_project_elsewhere");
    }
  });
});

describe("loneUnlistedClaim: a domain made only of a service's words is no brand's own", () => {
  for (const name of ["rakuten-card", "paypal-receipt", "sparkasse-postfach", "yamato"])
    it(`phishing/rt8-${name}.eml (a calm notice linking only to its own such domain) is dangerous`, () => expectEverywhere(`phishing/rt8-${name}.eml`, "dangerous"));
  it("a brand's name at a domain named after something (eplus-ticket.co.jp) stays a warning", () => {
    const r = check({ from: "イープラス <info@eplus-ticket.co.jp>", subject: "チケット購入完了のお知らせ", text: "ご購入ありがとうございます。\nhttps://eplus-ticket.co.jp/mypage", links: [link("https://eplus-ticket.co.jp/mypage", "マイページ")] });
    expect(r.verdict).not.toBe("dangerous");
  });
});

describe("planted_link: a bare site named after the display name is the sender's own only on an ordinary ending", () => {
  const text = "Hi, you have a new incoming transaction: +$4,811 ➡️ withdrawaldesk.top/claim\nConfirm your withdrawal within 24 hours.";
  it("'Withdrawal Desk' naming withdrawaldesk.top: still planted_link; the same on withdrawaldesk.org: the sender's own", () => {
    expect(check({ from: "Withdrawal Desk <noreply@withdrawaldesk-mail.com>", subject: "Incoming transfer", text }).codes).toContain("planted_link");
    expect(check({ from: "Withdrawal Desk <noreply@withdrawaldesk-mail.com>", subject: "Incoming transfer", text: text.replace(".top", ".org") }).codes).not.toContain("planted_link");
  });
});
