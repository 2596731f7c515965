/**
 * Forwards as the clients write them (tests/fixtures/forwards/, hand-written after each client's
 * documented output): the original is found whatever the client, language, quoting or HTML, and
 * judged — not the forwarder's own note. Legitimate mail forwarded the same way is never dangerous.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { fixture } from "../fixtures";
import { rules } from "../signal-helpers";

const check = (path: string) => checkMail(fixture(`forwards/${path}`), rules, { forwarder: "someone@example.org" });

describe("phishing forwarded inline by clients in other languages", () => {
  for (const [name, path, address] of [
    ["mutt: separator naming the sender, then the full raw header block", "mutt-raw-headers.eml", "support@my.jcb.co.jp"],
    ["Thunderbird, German UI, block quoted with >", "thunderbird-de-quoted.eml", "service@paypal-konto-hilfe.top"],
    ["Outlook, French UI, HTML only, labels in bold with a space before the colon", "outlook-fr-html.eml", "notification@suivi-colissimo-fr.top"],
    ["iPhone, Spanish UI, 'Inicio del mensaje reenviado:' and a quoted block", "iphone-es.eml", "info@netflix-cuenta-soporte.top"],
    ["Outlook (Dutch UI) forwarding a Gmail forward: the innermost block", "outlook-nl-nested.eml", "klantenservice@rabo-veiligheid-nl.top"],
  ] as const) {
    it(`${name}: the original's sender is judged, and it is dangerous`, async () => {
      const r = await check(path);
      expect(r.original?.via).toBe("inline");
      expect(r.original?.from?.address).toBe(address);
      expect(r.verdict).toBe("dangerous");
    });
  }

  it("mutt's raw header block is read as headers: its Authentication-Results count", async () => {
    const r = await check("mutt-raw-headers.eml");
    expect(r.original?.subject).toBe("【重要】MyJCBご利用確認のお願い");
    expect(r.reasons.map((x) => x.code)).toContain("auth_fail_brand");
  });

  it("the French HTML forward: the links come from the forwarded part, not the forwarder's note", async () => {
    const r = await check("outlook-fr-html.eml");
    const text = JSON.stringify(r.reasons);
    expect(text).toContain("suivi-colissimo-fr");
    expect(text).not.toContain("example[.]fr/claire");
  });
});

describe("mutt without decoding: the whole message as sent, MIME still encoded", () => {
  const html = btoa('<p>Dear customer, your account is suspended. Verify your password within 24 hours.</p><p><a href="https://paypal-verify-account.top/login">www.paypal.com</a></p>');
  const inner = [
    "Received: from mx.paypal-verify-account.top (203.0.113.9) by mx.example.org",
    "sender: PayPal,<service@paypal-verify-account.top>",
    "Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=paypal-verify-account.top; dmarc=none header.from=paypal-verify-account.top",
    "From: PayPal <service@paypal-verify-account.top>",
    "Subject: Your account is suspended",
    "Importance: high",
    "MIME-Version: 1.0",
    'Content-Type: multipart/alternative; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/html; charset=utf-8",
    "Content-Transfer-Encoding: base64",
    "",
    html,
    "--b1--",
  ].join("\n");
  const mail = `From: Taro <taro@example.org>\nTo: check@phishcheck.example\nSubject: Fwd: Your account is suspended\nContent-Type: text/plain; charset=utf-8\n\nreal?\n\n----- Forwarded message from PayPal <service@paypal-verify-account.top> -----\n\n${inner}\n\n----- End forwarded message -----\n`;

  it("the block is parsed as the message: its HTML links and headers are judged", async () => {
    const r = await checkMail(mail, rules, { forwarder: "taro@example.org" });
    expect(r.original).toMatchObject({ via: "inline", from: { address: "service@paypal-verify-account.top" } });
    expect(r.reasons.map((x) => x.code)).toContain("link_text_mismatch");
    expect(r.verdict).toBe("dangerous");
  });
});

describe("legitimate mail forwarded the same way stays not dangerous", () => {
  it("mutt, raw headers with a DMARC pass for amazon.co.jp: counted as genuine", async () => {
    const r = await check("mutt-raw-genuine.eml");
    expect(r.original?.from?.address).toBe("shipment-tracking@amazon.co.jp");
    expect(r.reasons.map((x) => x.code)).toContain("auth_pass_official");
    expect(r.verdict).toBe("no_signs");
  });

  it("Outlook (German UI), a PayPal statement notice with links to paypal.com and no headers left", async () => {
    const r = await check("genuine-card-outlook-de.eml");
    expect(r.original?.from?.address).toBe("service@paypal.de");
    expect(r.verdict).not.toBe("dangerous");
    expect(r.verdict).toBe("no_signs");
  });
});
