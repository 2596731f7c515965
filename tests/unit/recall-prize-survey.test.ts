/**
 * prize_survey: "you have been chosen — answer a short survey (or confirm your details) and the €500
 * voucher is yours", linking to a stranger's site. Suspicious: the survey ends in a card form or a
 * "shipping fee". Genuine counterparts: a supermarket's own customer survey with a voucher draw
 * (its own site, its mail service's tracker), a company's survey on Qualtrics, and a list post.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { fixture } from "../fixtures";
import { check, link, rules } from "../signal-helpers";

describe("prize survey lures", () => {
  it("a Kaufland voucher 'Endauslosung' with a survey, from an unrelated domain, linking to a stranger: suspicious", async () => {
    const r = await checkMail(fixture("phishing/recall-prize-survey-de.eml"), rules);
    const reason = r.reasons.find((x) => x.code === "prize_survey");
    expect(reason?.params.domain).toBe("gutschein-endauslosung.example");
    expect(r.verdict).not.toBe("no_signs");
  });

  it("an English 'congratulations, complete this short survey to claim your reward' lure: prize_survey", () => {
    const r = check({
      from: "Hilton Rewards <dnig41@travel-offers-mail.example>",
      subject: "CONGRATS....Your Hilton Reward Has Arrived",
      text: "Congratulations! Complete this short 30-second survey about your travel experience to select one of our exclusive reward offers.",
      links: [link("https://reward-center-now.example/s/1", "Start survey")],
    });
    expect(r.codes).toContain("prize_survey");
    expect(r.verdict).toBe("suspicious");
  });
});

describe("genuine surveys with prizes", () => {
  it("a supermarket's own survey with a voucher draw (own site, CleverReach tracker): no signs", async () => {
    const r = await checkMail(fixture("genuine/recall-supermarket-survey-de.eml"), rules);
    expect(r.reasons.map((x) => x.code)).not.toContain("prize_survey");
    expect(r.verdict).toBe("no_signs");
  });

  it("a company's 'you have been selected for our survey, win a £100 voucher' on Qualtrics: no prize_survey", () => {
    const r = check({
      from: "Royal Mail <no-reply@royalmail.com>",
      subject: "Tell us about your delivery",
      text: "You have been selected to take part in our customer survey. Complete it and enter our prize draw for a £100 voucher.",
      links: [link("https://royalmail.eu.qualtrics.com/jfe/form/SV_abc123", "Start the survey")],
    });
    expect(r.codes).not.toContain("prize_survey");
    expect(r.verdict).toBe("no_signs");
  });

  it("the same survey invitation from a small firm's own domain on Qualtrics, no brand: no prize_survey", () => {
    const r = check({
      from: "Nordlicht Reisen <service@nordlicht-reisen.example.de>",
      subject: "Ihre Meinung zählt",
      text: "Herzlichen Glückwunsch, Sie wurden für unsere Umfrage ausgewählt. Als Dankeschön verlosen wir einen Reisegutschein.",
      links: [link("https://nordlichtreisen.eu.qualtrics.com/jfe/form/SV_x9", "Zur Umfrage")],
    });
    expect(r.codes).not.toContain("prize_survey");
    expect(r.verdict).toBe("no_signs");
  });
});
