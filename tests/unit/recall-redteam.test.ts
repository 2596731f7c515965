/**
 * The red-team round on issue 11's recall rules (tests/fixtures/genuine/rt-*.eml hold the genuine mails
 * whole): each narrowing keeps the lure it was made for and lets the genuine mail next to it go.
 */
import { describe, expect, it } from "vitest";
import { check, link } from "../signal-helpers";

const pdf = (filename: string) => ({ filename, mimeType: "application/pdf", size: 48_000 });

describe("attachment_button_name: a year or a date is not a ticket number", () => {
  it("'Open 8368.pdf' still counts; 'Access 2019.pdf' and a copier's 'View_20261124.pdf' do not", () => {
    expect(check({ subject: "Document", text: "See attached.", attachments: [pdf("Open 8368.pdf")] }).codes).toContain("attachment_button_name");
    expect(check({ subject: "Week 6", text: "Handout attached.", attachments: [pdf("Access 2019.pdf")] }).codes).not.toContain("attachment_button_name");
    expect(check({ subject: "Scan", text: "Scanned file is attached.", attachments: [pdf("View_20261124.pdf")] }).codes).not.toContain("attachment_button_name");
  });
});

describe("planted_link: the money and the site on one line, from a service", () => {
  const service = "RingCentral <no-reply@events.ringcentral-like.example>";
  it("'Hi ✅ +$4,811 ➡️ ok.me/rCQE1' in a service's greeting: planted_link", () => {
    expect(check({ from: service, subject: "Confirm your account", text: "Hi ✅ +$4,811 ➡️ ok.me/rCQE1,\nOne last step to confirm your account!" }).codes).toContain("planted_link");
  });
  it("the sum on one line and an explorer's address on another: none", () => {
    const r = check({ from: "Exchange <noreply@exchange-like.example>", subject: "Deposit credited", text: "Amount: +0.35 BTC\nTransaction: mempool.space/tx/4a5e1e4baab89f3a32518a88c31bc87f" });
    expect(r.codes).not.toContain("planted_link");
  });
  it("a friend from gmail who typed the site himself: none", () => {
    expect(check({ from: "Tom <tom.hughes82@gmail.com>", subject: "cabin", text: "Sent you +$120, logged it: splitwise.com/groups/8812345" }).codes).not.toContain("planted_link");
  });
  it("the site's domain linked elsewhere in the mail: none", () => {
    const r = check({
      from: "Alerts <alerts@notify.banking-platform.example>",
      subject: "Incoming transfer",
      text: "Incoming transfer: +$4,811.00 to Savings. Details at lakeshorefcu.org/online-banking",
      links: [link("https://www.lakeshorefcu.org/online-banking")],
    });
    expect(r.codes).not.toContain("planted_link");
  });
});

describe("given_account: a crypto balance or thousands, not a Wi-Fi password", () => {
  it("a balance of $48,750 with a written-out password: given_account", () => {
    const r = check({ from: "Desk <desk@trade-desk.example>", subject: "Your account", text: "Your trading account balance of $48,750.00 is ready. Login: hanako77 Password: Qx81mPz9" });
    expect(r.codes).toContain("given_account");
  });
  it("a card funded with $500 beside a temporary password: none", () => {
    const r = check({ from: "IT <it@studio.example>", subject: "Welcome", text: "Temporary password: Tide-Lamp-4471\nYour card has been funded with $500 for your home office." });
    expect(r.codes).not.toContain("given_account");
  });
  it("a broker's MT5 demo account with $100,000 of virtual funds and its password: none", () => {
    const r = check({ from: "Broker <accounts@broker.example>", subject: "Your demo account", text: "Practise with virtual funds.\nLogin: 5012345\nPassword: X9yZ8wVq\nAccount balance: $100,000" });
    expect(r.codes).not.toContain("given_account");
    expect(check({ from: "Desk <desk@trade-desk.example>", subject: "Your account", text: "Login: 5012345\nPassword: X9yZ8wVq\nAccount balance: $100,000" }).codes).toContain("given_account");
  });
  it("a guesthouse's Wi-Fi password beside a balance of €2,400: none", () => {
    const r = check({ from: "Casa <reservas@casa.example>", subject: "Check-in", text: "Balance due at check-in: €2,400\nWi-Fi network: Casa_Guest\nPassword: fado2026lisboa" });
    expect(r.codes).not.toContain("given_account");
  });
});

describe("contact_lure: the stranger's words, not a friend's", () => {
  it("lonely + photos + 'what state are you from' to a gmail: contact_lure romance", () => {
    const r = check({ from: "Alice <support@hijacked-shop.example>", subject: "hi", text: "I'm a lonely woman. What state are you from? I will send you my photo, email aliceedaster@gmail.com" });
    expect(r.signal("contact_lure")?.params.kind).toBe("romance");
  });
  it("a friend: lonely since the move, photos of the flat, new gmail — no 'looking for a man', no 'where are you from': none", () => {
    const r = check({ from: "Megan <megan.doyle@outlook.com>", subject: "New address", text: "I'm a bit lonely here since the move. I'll send you my photos of the flat. Write me at megan.doyle.leeds@gmail.com" });
    expect(r.codes).not.toContain("contact_lure");
  });
  it("a teaser that opens with the reader's own first name: none; the same words to an address: contact_lure", () => {
    const text = "I have been trying to reach you, my phone died. Email me at ruthmiller1956@aol.com";
    const base = { from: "Ruth <ruth@parish.example>", subject: "hi" };
    expect(check({ ...base, text: `Emma dear, ${text}`, recipients: ["emma.miller@gmail.com"] }).codes).not.toContain("contact_lure");
    expect(check({ ...base, text, recipients: ["emma.miller@gmail.com"] }).codes).toContain("contact_lure");
  });
  it("a loan at 2% by gmail: contact_lure loan; a lender's 6.125% passed on by a realtor: none", () => {
    expect(check({ from: "Finance <info@hijacked.example>", subject: "RE", text: "Loans at an interest rate of 2%. Apply by email to movidafinance@gmail.com" }).signal("contact_lure")?.params.kind).toBe("loan");
    expect(check({ from: "Carla <carla@realty.example>", subject: "next steps", text: "He can lock a 30-year fixed at an interest rate of 6.125%. Email him at greg.lending@gmail.com" }).codes).not.toContain("contact_lure");
  });
});

describe("spam_offer credit: a regulated lender's disclosures", () => {
  const offer = "You're pre-approved for the Cash Rewards Visa card. Respond now.";
  const links = [link("https://links.tracker-unknown.example/c/1")];
  it("the junk offer without any licence: spam_offer; with Member FDIC and the prescreen notice: none", () => {
    expect(check({ from: "Offers <offers@cards-now.example>", subject: "Approved", text: offer, links }).codes).toContain("spam_offer");
    expect(check({ from: "Bank <offers@email.harborbank.example>", subject: "Approved", text: `${offer}\nPRESCREEN & OPT-OUT NOTICE: … Member FDIC.`, links }).codes).not.toContain("spam_offer");
  });
});
