/**
 * spam_offer of the trade "credit": a loan, mortgage, credit line or card "approved" for someone who
 * never applied (pre-approved, instant approval, no credit check), linking to a stranger's site.
 * Genuine counterparts: a bank's own pre-approved card offer (its own tracker and site), a shop's
 * receipt ("payment approved", Visa card), and a comparison site's newsletter through its own tracker.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { fixture } from "../fixtures";
import { check, link, rules } from "../signal-helpers";

describe("credit offers nobody asked for", () => {
  it("'You've been granted approval for a $7,500 Credit Line', finalize at a stranger's site: suspicious", async () => {
    const r = await checkMail(fixture("phishing/recall-credit-approved.eml"), rules);
    const reason = r.reasons.find((x) => x.code === "spam_offer");
    expect(reason?.params.trade).toBe("credit");
    expect(reason?.params.domain).toBe("fast-card-approval.example");
    expect(r.verdict).not.toBe("no_signs");
  });

  it("a mortgage 'application processed and approved', verify at a stranger's site: spam_offer", () => {
    const r = check({
      from: "Dodo Purcell <ykwbgy@ihwy-mail.example>",
      subject: "Verify Your Home Address",
      text: "Dear Applicant, your application was processed and approved. You are eligible for $ 400,000 with a 2.1 % rate on your mortgage. Please verify your information here:",
      links: [link("http://www.getpaid2day4u.example/green/m79a")],
    });
    expect(r.signal("spam_offer")?.params.trade).toBe("credit");
  });

  it("a Brazilian 'empréstimo pré-aprovado' linking to a stranger: spam_offer", () => {
    const r = check({
      from: "Crédito Fácil <contato@credfacil-ofertas.example>",
      subject: "Seu empréstimo pré-aprovado está liberado",
      text: "Olá! Seu crédito pré-aprovado de R$ 15.000 está disponível. Empréstimo sem consulta ao SPC/Serasa, taxa de juros de apenas 1,9%. Clique e receba hoje.",
      links: [link("https://libera-credito-agora.example/r/88")],
    });
    expect(r.signal("spam_offer")?.params.trade).toBe("credit");
  });
});

describe("genuine credit and payment mail", () => {
  it("a bank's own pre-approved card offer (its tracker, its site, List-Unsubscribe): no signs", async () => {
    const r = await checkMail(fixture("genuine/recall-bank-preapproved-offer.eml"), rules);
    expect(r.reasons.map((x) => x.code)).not.toContain("spam_offer");
    expect(r.verdict).toBe("no_signs");
  });

  it("the bank's offer forwarded inline (no headers): its links are its own, so no spam_offer", () => {
    const r = check({
      from: "Kumo Bank <offers@mail.kumobank.example>",
      subject: "Hanako, you're pre-approved for the Kumo Platinum Visa card",
      text: "Hanako, good news: as a Kumo Bank customer you're pre-approved for the Kumo Platinum Visa card. 0% intro APR on purchases for 15 months.",
      links: [link("https://click.kumobank.example/c/55123/offer-platinum", "See your offer in online banking")],
    });
    expect(r.codes).not.toContain("spam_offer");
    expect(r.verdict).toBe("no_signs");
  });

  it("a money blog's 'best credit cards for bad credit; rebuild your credit' linking to an issuer's site: no spam_offer", () => {
    const r = check({
      from: "Frugal Weekly <hello@frugalweekly.example>",
      subject: "Best credit cards if you have bad credit",
      text: "Bad credit? These secured credit cards help you rebuild your credit. Our pick this month has no annual fee and a 25.99% APR.",
      links: [link("https://www.secured-card-issuer.example/apply")],
    });
    expect(r.codes).not.toContain("spam_offer");
    expect(r.verdict).toBe("no_signs");
  });

  it("a shop's receipt sent by its order system: 'payment approved' with a Visa card is no approval offer", () => {
    const r = check({
      from: "Kissa Books <orders@kissa-books-mailer.example>",
      subject: "Order #10482 confirmed",
      text: "Thank you for your order. Payment approved: Visa card ending 4242, ¥3,960. Track your parcel on our site.",
      links: [link("https://www.kissa-books.example/orders/10482")],
    });
    expect(r.codes).not.toContain("spam_offer");
    expect(r.verdict).toBe("no_signs");
  });
});
