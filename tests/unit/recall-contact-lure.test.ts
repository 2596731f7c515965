/**
 * contact_lure: a romance or windfall lure whose answer is to go to a free mailbox that is not the
 * sender's — no link, no sum in millions. Genuine counterparts: a friend's mail from a new address
 * ("I'm a bit lonely here, write to my new gmail"), a workshop's travel-grant letter that names the
 * organisers' gmail address, a dating app's match notice, and a list post quoting a romance scam.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { fixture } from "../fixtures";
import { check, link, rules } from "../signal-helpers";

describe("romance and windfall lures answered at a free mailbox", () => {
  it("a 'lonely woman' from a hijacked school account, photo promised, answers to gmail: suspicious", async () => {
    const r = await checkMail(fixture("phishing/recall-romance-freemail.eml"), rules);
    const reason = r.reasons.find((x) => x.code === "contact_lure");
    expect(reason?.params.kind).toBe("romance");
    expect(reason?.params.address).toBe("alina.kovalenko91@gmail.com");
    expect(r.verdict).not.toBe("no_signs");
  });

  it("a grant 'issued to you', claimed by writing to an outlook.com address: suspicious at least", async () => {
    const r = await checkMail(fixture("phishing/recall-grant-teaser.eml"), rules);
    const reason = r.reasons.find((x) => x.code === "contact_lure");
    expect(reason?.params.kind).toBe("windfall");
    expect(reason?.params.address).toBe("grant.desk2025@outlook.com");
    expect(r.verdict).not.toBe("no_signs");
  });

  it("a Portuguese charity ask with the answer in Reply-To at proton.me: contact_lure", () => {
    const r = check({
      from: "Anna Kone <vicedwine.anna@gmail.com>",
      replyTo: [{ name: "", address: "annamkone.charity@proton.me" }],
      subject: "Bom dia!",
      text: "Bom dia! Você pode me ajudar a doar para as instituições de caridade do seu país? Você será imensamente recompensado! Obrigado, Sra. Anna Kone",
    });
    expect(r.signal("contact_lure")?.params.address).toBe("annamkone.charity@proton.me");
  });

  it("the romance lure forwarded inline keeps its evidence in the text", () => {
    const r = check({
      from: "Anna <greensburg_office@hchfi-clinic.example>",
      subject: "bona jorno;) my worthy sir lively!",
      text: "What are you up to? I hope U can small talk! At present Im trying to find perfectible buddy from United States) What State are u from? I'll reply to You my picture attach, It's e-mail aendreas.kojell84@gmail.com !",
    });
    expect(r.signal("contact_lure")?.params.kind).toBe("romance");
    expect(r.verdict).not.toBe("no_signs");
  });
});

describe("genuine mail that gives a free-mail address", () => {
  it("a friend's mail from a new address: lonely, but no second sign of a come-on: no contact_lure", () => {
    const r = check({
      from: "Kenji Mori <k.mori@old-employer.example>",
      subject: "New address",
      text: "Hi Hanako, I've left the company and moved to Berlin. I'm a bit lonely here so far, so please write to me at kenji.mori.berlin@gmail.com and send me news from home. Kenji",
    });
    expect(r.codes).not.toContain("contact_lure");
    expect(r.verdict).toBe("no_signs");
  });

  it("a workshop's travel-grant letter naming the organisers' gmail address: no signs", async () => {
    const r = await checkMail(fixture("genuine/recall-workshop-travel-grant.eml"), rules);
    expect(r.reasons.map((x) => x.code)).not.toContain("contact_lure");
    expect(r.verdict).toBe("no_signs");
  });

  it("a short grant note written by the organiser from her own gmail address: no contact_lure", () => {
    const r = check({
      from: "KML 2026 organisers <kml2026.local@gmail.com>",
      subject: "Travel grant",
      text: "Your travel grant has been approved for you. For quick claims of the reimbursement write to kml2026.local@gmail.com after the workshop.",
    });
    expect(r.codes).not.toContain("contact_lure");
  });

  it("a dating app's match notice (no free-mail address): no contact_lure", async () => {
    const r = await checkMail(fixture("genuine/recall-dating-app-match.eml"), rules);
    expect(r.reasons.map((x) => x.code)).not.toContain("contact_lure");
  });

  it("a mailing-list post quoting a romance scam to warn about it: no contact_lure", () => {
    const r = check({
      from: "Jan Novak <jan@novak-consulting.example>",
      subject: "[abuse-l] romance scams from hijacked school accounts",
      headers: { "List-Id": "<abuse-l.lists.example>" },
      text: "Seen today: \"I'm a lonely woman looking for a man from United States, what state are you from? I will send you my photo, write to alina.k91@gmail.com\". Block the sender.",
    });
    expect(r.codes).not.toContain("contact_lure");
  });
});

describe("loan offers and teasers answered at a free mailbox (recall4)", () => {
  it("'oferecemos empréstimos … taxa de juros de apenas 2%', apply by mail to gmail, from a hijacked city-hall account: contact_lure", () => {
    const r = check({
      from: "Vidmantas Paliakas <v.paliakas@city-hall-klaip.example>",
      subject: "RE",
      text: "Somos uma empresa de investimentos certificada. Oferecemos empréstimos e financiamentos flexíveis a uma taxa de juros de apenas 2%. Se você estiver interessado, envie sua consulta e inscrição por e-mail para: movidafinance.llc@gmail.com",
    });
    expect(r.signal("contact_lure")?.params.kind).toBe("loan");
    expect(r.verdict).not.toBe("no_signs");
  });

  it("'I have been trying to reach you … Email me for details: …@gmail.com' from a hijacked account: contact_lure", () => {
    const r = check({
      from: "Sole Serra, Mariona <m.soles@salut-regional.example>",
      subject: "Monday Blessing",
      text: "I have been trying to reach you. waiting for your email. Email me for details: sgt.monica.bl@gmail.com Thank you. Monica",
    });
    expect(r.signal("contact_lure")?.params.kind).toBe("teaser");
    expect(r.verdict).not.toBe("no_signs");
  });

  it("a colleague's 'did you get my email?' with no other address: no contact_lure", () => {
    const r = check({
      from: "Taro Yamada <taro.yamada@yamada-kogyo.co.jp>",
      subject: "Re: Tuesday",
      text: "Hanako, did you get my email about Tuesday's meeting? I have been trying to reach you by phone too. Taro",
    });
    expect(r.codes).not.toContain("contact_lure");
    expect(r.verdict).toBe("no_signs");
  });

  it("a credit union's own newsletter on its loan rates, applications on its site: no contact_lure", () => {
    const r = check({
      from: "Kita Credit Union <news@kita-cu.example>",
      subject: "New car loan rates",
      text: "We offer car loans at a rate of 3.9% APR this month. Apply in online banking or visit a branch. Questions? Our loan officer Mika answers at mika.kitacu@gmail.com while our mail system moves.",
      links: [link("https://www.kita-cu.example/loans/car")],
      headers: { "List-Unsubscribe": "<https://www.kita-cu.example/unsub>" },
    });
    expect(r.codes).not.toContain("contact_lure");
  });
});

describe("a shop's referral note with a gmail contact (recall4)", () => {
  it("'refer a friend and you will be rewarded', questions to the owner's gmail: no contact_lure", () => {
    const r = check({
      from: "Kissa Books <news@kissa-books.example>",
      subject: "Refer a friend",
      text: "Refer a friend to Kissa Books and you will be rewarded with a ¥500 coupon. Questions? Write to the owner at kissa.books.owner@gmail.com",
    });
    expect(r.codes).not.toContain("contact_lure");
  });
});
