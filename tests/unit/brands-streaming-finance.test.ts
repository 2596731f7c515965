/**
 * Brands added for issue 11 (inline forwards keep only From/Subject/Date/To, so the claim in the
 * display name must be known): Hulu, Peacock, SiriusXM, Charles Schwab, TF Bank, Mashreq, Exness, and
 * Banco do Brasil's second domain. Hand-written; each claim has its genuine counterparts — the brand's
 * own mail from its domain, and mail that only talks about the brand.
 */
import { describe, expect, it } from "vitest";
import { check, link } from "../signal-helpers";

const pass = (d: string) => ({ "Authentication-Results": `mx.example.com; dkim=pass header.d=${d}; spf=pass smtp.mailfrom=${d}; dmarc=pass header.from=${d}` });

describe("brand claims from strangers", () => {
  it("'Hulu' from a stranger's domain, membership expired, a shortened link: dangerous", () => {
    const r = check({ from: "Hulu <offer_1_84272@support.promo-mailer.example>", subject: "Your Hulu membership has expired!", text: "Membership has Expired! Renew now to keep watching.", links: [link("https://t.co/AbCdEf123", "Renew now")] });
    expect(r.codes).toContain("sender_name_brand_mismatch");
    expect(r.verdict).toBe("dangerous");
  });

  it("'Charles Schwab' from a stranger's domain, statement ready, link on free hosting: dangerous", () => {
    const r = check({ from: "Charles Schwab <postmaster@roadworks-example.nl>", subject: "Your Schwab eStatement is ready.", text: "Your account statement is ready. View it within 48 hours.", links: [link("https://statement-view.web.app/", "View statement")] });
    expect(r.codes).toContain("sender_name_brand_mismatch");
    expect(r.verdict).toBe("dangerous");
  });

  it("'TF Bank' with the brand in a stranger's mailbox, certificate renewal: dangerous", () => {
    const r = check({ from: "TF Bank <sicherheit-tfbank-online@mail.example.co.za>", subject: "Verlängerung Ihres Sicherheitszertifikats erforderlich", text: "Ihr Sicherheitszertifikat läuft ab. Bitte verlängern Sie es jetzt.", links: [link("https://bit.ly/3tfB4nk", "Jetzt verlängern")] });
    expect(r.verdict).toBe("dangerous");
  });
});

describe("genuine counterparts", () => {
  it("Hulu's own billing notice from hulumail.com, authenticated, linking to hulu.com: no signs", () => {
    const r = check({ from: "Hulu <hulu@hulumail.com>", subject: "Your Hulu subscription renews soon", text: "Your monthly plan renews on December 12. Manage your account any time.", links: [link("https://secure.hulu.com/account", "Manage account")], headers: pass("hulumail.com") });
    expect(r.verdict).toBe("no_signs");
  });

  it("a TV guide's newsletter naming Hulu, Peacock and SiriusXM in its body: not a claim", () => {
    const r = check({
      from: "Streaming Weekly <news@streamingweekly.example>",
      subject: "What's new to stream this week",
      text: "New on Hulu: the holiday specials. Peacock TV adds the football season. SiriusXM launches a new comedy channel.\nRead more\nUnsubscribe",
      links: [link("https://streamingweekly.example/2026/12/new-this-week", "Read more"), link("https://streamingweekly.example/unsubscribe", "Unsubscribe")],
      headers: { "List-Unsubscribe": "<https://streamingweekly.example/unsubscribe>" },
    });
    expect(r.verdict).toBe("no_signs");
  });

  it("Schwab's own statement notice from schwab.com, authenticated: no signs", () => {
    const r = check({ from: "Charles Schwab <donotreply@schwab.com>", subject: "Your Schwab eStatement is ready", text: "Your November statement is available. Log in at schwab.com to view it.", links: [link("https://client.schwab.com/app/accounts/statements", "View statement")], headers: pass("schwab.com") });
    expect(r.verdict).toBe("no_signs");
  });

  it("Banco do Brasil's notice from bancodobrasil.com.br, headers stripped, linking to bb.com.br: no signs", () => {
    const r = check({ from: "Banco do Brasil <notificacoes@bancodobrasil.com.br>", subject: "Sua fatura Ourocard está disponível", text: "Sua fatura de dezembro está disponível no app BB e em bb.com.br.", links: [link("https://www.bb.com.br/site/pra-voce/cartoes/", "Ver fatura")] });
    expect(r.verdict).toBe("no_signs");
  });
});
