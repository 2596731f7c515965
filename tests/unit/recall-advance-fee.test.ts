/**
 * advance_fee: a fortune in millions, the story of why it is yours (a late husband, an estate, a
 * donation, a compensation fund), and a request to answer — at a free mailbox that is not the sender
 * (dangerous), or with your name, address and phone (suspicious). These letters seldom carry a link.
 * Genuine counterparts: a charity's newsletter (donations, millions, beneficiaries, a volunteer's
 * gmail address), an estate-planning firm's newsletter (estate, beneficiaries, next of kin, a
 * confidential consultation) — also forwarded inline, without their headers — and a mailing-list post
 * that quotes such a letter.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { fixture } from "../fixtures";
import { check, link, rules } from "../signal-helpers";

const codes = (r: { reasons: { code: string }[] }) => r.reasons.map((x) => x.code);

describe("advance-fee letters", () => {
  it("a donation of US$ 2,500,000 from a hijacked account, answers to a gmail address: dangerous", async () => {
    const r = await checkMail(fixture("phishing/recall-advance-fee-donation.eml"), rules);
    const reason = r.reasons.find((x) => x.code === "advance_fee");
    expect(reason?.params.address).toBe("helenwhitmore.foundation@gmail.com");
    expect(reason?.params.sum).toContain("2,500,000");
    expect(r.verdict).toBe("dangerous");
  });

  it("the same letter forwarded inline (no headers, the gmail address only in the text): still dangerous", () => {
    const r = check({
      from: "Mrs. Helen Whitmore <h.whitmore@stadtwerke-nordheim.example>",
      subject: "Donation Notice",
      text: "Dear Beneficiary, my late husband left the sum of US$ 2,500,000.00 and I have decided to donate this fund to you. Kindly reply to my private email helenwhitmore.foundation@gmail.com with your full name and address.",
    });
    expect(r.signal("advance_fee")?.params.address).toBe("helenwhitmore.foundation@gmail.com");
    expect(r.verdict).toBe("dangerous");
  });

  it("a Japanese inheritance letter (850万ドル, 遺産, 寄付, 氏名・住所・電話番号, 内密) from a free mailbox: suspicious at least", async () => {
    const r = await checkMail(fixture("phishing/recall-advance-fee-inheritance-ja.eml"), rules);
    expect(codes(r)).toContain("advance_fee");
    expect(r.verdict).not.toBe("no_signs");
  });

  it("a Portuguese compensation letter ('dois milhões de dólares', contact a gmail address): dangerous", () => {
    const r = check({
      from: "Torres Martinez <j.torres@hospital-central.example.es>",
      subject: "Re:",
      text: "Seu endereço de e-mail foi selecionado para receber uma doação de dois milhões de dólares americanos (US$ 2.000.000,00). Para mais informações sobre sua doação, entre em contato com: fundacao.doacao77@gmail.com",
    });
    expect(r.codes).toContain("advance_fee");
    expect(r.verdict).toBe("dangerous");
  });
});

describe("genuine mail about money, estates and donations", () => {
  it("a charity's Mailchimp newsletter ($2,500,000 raised, beneficiaries, a volunteer's gmail address): no signs", async () => {
    const r = await checkMail(fixture("genuine/recall-charity-appeal.eml"), rules);
    expect(codes(r)).not.toContain("advance_fee");
    expect(r.verdict).toBe("no_signs");
  });

  it("an estate-planning firm's newsletter (estate, beneficiaries, next of kin, confidential consultation): no signs", async () => {
    const r = await checkMail(fixture("genuine/recall-estate-law-newsletter.eml"), rules);
    expect(codes(r)).not.toContain("advance_fee");
    expect(r.verdict).toBe("no_signs");
  });

  it("the firm's newsletter forwarded inline (no List-Unsubscribe): it links to its own site, so no advance_fee", () => {
    const r = check({
      from: "Hartley & Moss Estate Planning <insights@hartley-law.example>",
      subject: "Is your estate plan ready for 2026?",
      text: "The federal estate tax exemption is now $13,990,000 per person. A late spouse or a deceased parent still listed as beneficiary sends money to probate. Without a will, your next of kin inherit. Book a confidential consultation: reply to this email.",
      links: [link("https://hartley-law.example/estate-planning/checklist-2026", "Read the 2026 checklist")],
    });
    expect(r.codes).not.toContain("advance_fee");
    expect(r.verdict).toBe("no_signs");
  });

  it("a mailing-list post quoting a 419 letter to discuss it: no advance_fee", () => {
    const r = check({
      from: "Jan Novak <jan@novak-consulting.example>",
      subject: "Re: another 419 variant got through",
      text: "This one scored only 2.1:\n> I am Mrs. Helen Whitmore. My late husband left the sum of US$ 2,500,000.00 and I will donate it to you.\n> Reply to helenwhitmore.foundation@gmail.com with your full name and address.\nShould we raise the score of the DONATION rule?",
      headers: { "List-Id": "<users.spamassassin.apache.org>" },
    });
    expect(r.codes).not.toContain("advance_fee");
    expect(r.verdict).not.toBe("dangerous");
  });

  it("a person mentioning a million-dollar grant and a colleague's gmail address, asking nothing: no advance_fee", () => {
    const r = check({
      from: "Ken Sato <ken.sato@example-univ.ac.jp>",
      subject: "Grant news",
      text: "Good news: our lab's $1,200,000 research grant was approved. Please send the slides to Aiko (aiko.tanaka.lab@gmail.com) by Friday.",
    });
    expect(r.codes).not.toContain("advance_fee");
    expect(r.verdict).toBe("no_signs");
  });
});
