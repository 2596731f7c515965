/**
 * A display name that is only a wallet's or streaming service's short name ("Ledger") in a mail that
 * names the brand in full ("Ledger Live"): a claim to be it (src/facts/name-echo.ts). Hand-written; the
 * genuine counterparts are the brand's own mail, a newspaper and a company of that name, and ordinary
 * words that begin other brands' names (Royal Mail, Office 365).
 */
import { describe, expect, it } from "vitest";
import { check, link } from "../signal-helpers";

const FIRMWARE = "A new software version is ready for your device. To install it, connect your device and open Ledger Live; the application will walk you through it.";

describe("the brand's short name as the whole display name", () => {
  it("'Ledger' from a stranger's domain, the text naming Ledger Live, a link through the stranger's tracker: dangerous", () => {
    const r = check({ from: "Ledger <noreply@aerosimple-example.com>", subject: "A note from Ledger", text: FIRMWARE, links: [link("http://url4135.aerosimple-example.com/ls/click?upn=u001.VTz", "Open Ledger Live")] });
    expect(r.codes).toContain("sender_name_brand_mismatch");
    expect(r.verdict).toBe("dangerous");
  });

  it("'LEDGER.' in capitals with a trailing dot counts the same", () => {
    const r = check({ from: "LEDGER. <support@waiteraid-example.com>", subject: "Security update", text: FIRMWARE, links: [link("https://waiteraid-example.com/go", "Update now")] });
    expect(r.codes).toContain("sender_name_brand_mismatch");
  });
});

describe("genuine counterparts", () => {
  it("Ledger's own mail from ledger.com, authenticated: no signs", () => {
    const r = check({ from: "Ledger <hello@ledger.com>", subject: "A note from Ledger", text: FIRMWARE, links: [link("https://www.ledger.com/ledger-live", "Open Ledger Live")], headers: { "Authentication-Results": "mx.example.com; dkim=pass header.d=ledger.com; spf=pass smtp.mailfrom=ledger.com; dmarc=pass header.from=ledger.com" } });
    expect(r.verdict).toBe("no_signs");
  });

  it("a newspaper called The Ledger reporting on Ledger Live: not a claim", () => {
    const r = check({ from: "The Ledger <newsletters@theledger-example.com>", subject: "Morning briefing", text: "Wallet maker updates Ledger Live after security review. Read the story.", links: [link("https://theledger-example.com/story/123", "Read the story")] });
    expect(r.codes).not.toContain("sender_name_brand_mismatch");
    expect(r.verdict).toBe("no_signs");
  });

  it("an accounting firm named Ledger, at its own domain, mentioning a Ledger Nano: not a claim", () => {
    const r = check({ from: "Ledger <billing@ledgerbooks-example.com>", subject: "Your invoice for November", text: "Your invoice for November is ready in your client area. Note: we now record hardware wallets such as the Ledger Nano as office equipment.", links: [link("https://ledgerbooks-example.com/invoices/1123", "View invoice")] });
    expect(r.codes).not.toContain("sender_name_brand_mismatch");
    expect(r.verdict).toBe("no_signs");
  });

  it("ordinary words that begin other brands' names: 'Royal' mentioning Royal Mail, 'Office' mentioning Office 365: not claims", () => {
    const bakery = check({ from: "Royal <hello@oven-bakery-example.co.uk>", subject: "Your cake is on its way", text: "Your order was handed to Royal Mail this morning and should arrive tomorrow.", links: [link("https://oven-bakery-example.co.uk/orders/88", "Your order")] });
    expect(bakery.codes).not.toContain("sender_name_brand_mismatch");
    expect(bakery.verdict).toBe("no_signs");
    const school = check({ from: "Office <office@school-example.org>", subject: "New accounts", text: "Your Office 365 account for the new term is ready; sign in with your school address.", links: [link("https://school-example.org/it/accounts", "Account help")] });
    expect(school.codes).not.toContain("sender_name_brand_mismatch");
    expect(school.verdict).toBe("no_signs");
  });
});
