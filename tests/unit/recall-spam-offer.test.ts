/**
 * spam_offer: junk mail selling pills without prescription, casino bonuses or sex dating — two of the
 * trade's word families — that links to a stranger's site. Suspicious, never dangerous by itself:
 * it is what the provider's junk stamp says for a direct mail, kept for an inline forward that lost
 * the stamp. Genuine counterparts: a drugstore's newsletter (医薬品, 処方箋なしで買える…), a lottery's
 * newsletter (jackpot, 当せん金), a dating app's "new match" mail from its own domain (also forwarded
 * without its headers), and a mailing-list post that quotes spam to discuss it.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { fixture } from "../fixtures";
import { check, link, rules } from "../signal-helpers";

const codes = (r: { reasons: { code: string }[] }) => r.reasons.map((x) => x.code);

describe("junk-mail trades", () => {
  it("a casino spam forwarded inline from Gmail (Willkommensbonus, Freispiele, erste Einzahlung): suspicious", async () => {
    const r = await checkMail(fixture("phishing/recall-casino-inline-forward.eml"), rules, { forwarder: "taro.yamada@example.jp" });
    expect(r.original?.via).toBe("inline");
    const reason = r.reasons.find((x) => x.code === "spam_offer");
    expect(reason?.params.trade).toBe("casino");
    expect(reason?.params.domain).toBe("spinpalast-bonus.example");
    expect(r.verdict).toBe("suspicious");
  });

  it("a pharmacy spam with Viagra and Cialis per pill linking to a shop: suspicious, not dangerous on its own", async () => {
    const r = await checkMail(fixture("phishing/recall-pharma-no-prescription.eml"), rules);
    expect(r.reasons.find((x) => x.code === "spam_offer")?.params.trade).toBe("pharma");
    expect(r.verdict).not.toBe("no_signs");
  });

  it("a 'lonely wives near you' mail with a link to a stranger: dating, suspicious", () => {
    const r = check({
      from: "Local Dates <news@hot-meet-now.example>",
      subject: "Lonely wives near you",
      text: "Lonely wives near you want casual encounters tonight. Sarah, 34, wants to meet you.",
      links: [link("https://meet-tonight-girls.example/p/7", "See her photos")],
    });
    expect(r.signal("spam_offer")?.params.trade).toBe("dating");
    expect(r.verdict).toBe("suspicious");
  });

  it("the same words with no link to anyone else's site: nothing", () => {
    const r = check({ from: "Local Dates <news@hot-meet-now.example>", subject: "Lonely wives near you", text: "Lonely wives near you want casual encounters tonight." });
    expect(r.codes).not.toContain("spam_offer");
  });
});

describe("genuine mail about medicines, lotteries and dating", () => {
  for (const name of ["recall-drugstore-newsletter-ja", "recall-lottery-newsletter-ja", "recall-dating-app-match"])
    it(`${name}: no signs`, async () => {
      const r = await checkMail(fixture(`genuine/${name}.eml`), rules);
      expect(codes(r)).not.toContain("spam_offer");
      expect(r.verdict).toBe("no_signs");
    });

  it("the dating app's match mail forwarded without headers: its links are its own and a mail service's, so no spam_offer", () => {
    const r = check({
      from: "LoveLink <matches@mail.lovelink.example>",
      subject: "Hanako, you have a new match!",
      text: "Ken, 34, liked your profile and wants to chat with you. 12 new singles near you joined LoveLink this week.",
      links: [link("https://u1234567.ct.sendgrid.net/ls/click?upn=AbCd1234EfGh5678", "Say hello"), link("https://www.lovelink.example/app/matches", "Your matches")],
    });
    expect(r.codes).not.toContain("spam_offer");
    expect(r.verdict).toBe("no_signs");
  });

  it("a SpamAssassin-users post quoting pharmacy spam (List-Id): no spam_offer", () => {
    const r = check({
      from: "Jan Novak <jan@novak-consulting.example>",
      subject: "Re: viagra spam scoring low",
      text: "This got through with 2.3:\n> Cialis $0.54 / pill, Viagra $0.36 / pill, no prescription needed!\n> https://express-meds-store.example/\nAny idea why the drug rules missed it?",
      links: [link("https://express-meds-store.example/")],
      headers: { "List-Id": "<users.spamassassin.apache.org>" },
    });
    expect(r.codes).not.toContain("spam_offer");
    expect(r.verdict).toBe("no_signs");
  });
});

describe("dating junk by distance and come-on (recall4)", () => {
  it("'Karina 14 miles from you … I miss your body baby' linking to a lookalike .one site: spam_offer dating", () => {
    const r = check({
      from: "FlirtZone <no-reply@flirtzone-mail.example>",
      subject: "A quick way to meet",
      text: "Insta Girls Karina 14 miles from you click to open full profile. I miss your body baby, when are you coming home??",
      links: [link("https://coffeemeetsbagel.one/?u=d0rp60t")],
    });
    expect(r.signal("spam_offer")?.params.trade).toBe("dating");
  });

  it("a running app's 'a new route 2 km from you' linking to a partner's site: no spam_offer", () => {
    const r = check({
      from: "RunLog <hello@runlog.example>",
      subject: "New routes near you",
      text: "Hanako, a new 5K route starts 2 km from you. Join the Saturday group run.",
      links: [link("https://parkrun-partner.example/routes/123")],
    });
    expect(r.codes).not.toContain("spam_offer");
  });

  it("a dating app's own 'Ken, 3 km from you, wants to meet you' linking to its own site: no spam_offer", () => {
    const r = check({
      from: "LoveLink <matches@mail.lovelink.example>",
      subject: "Ken wants to meet you",
      text: "Ken, 34, 3 km from you, wants to meet you. Say hello in the app.",
      links: [link("https://www.lovelink.example/app/matches")],
    });
    expect(r.codes).not.toContain("spam_offer");
    expect(r.verdict).toBe("no_signs");
  });
});
