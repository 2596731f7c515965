/**
 * Issue 11 (parity): an inline forward with HTML carries a plain-text part the client wrote from the HTML,
 * every link's target written out after its text ("Sign in <https://…>") and images as "[image: alt]"
 * (Gmail, Apple Mail, Thunderbird, K-9; cli/forward-shapes.ts). That text is read as the original's own
 * text reads (src/original/find.ts via text-links.ts): the targets and placeholders taken out. Read with
 * them, words inside link targets counted as the mail's words, and the facts that read the top of a mail
 * (the mailbox lure's first 4,000 characters) saw less of it than in the mail itself.
 * The mails are written here, built the way such mails are built (multipart/alternative, ESP trackers,
 * List-Unsubscribe, Feedback-ID); nothing is copied from any corpus.
 */
import { describe, expect, it } from "vitest";
import { describeOriginal, FORWARDER, forwardAs } from "../../cli/forward-shapes";
import { checkMail } from "../../src/check";
import { parseMail } from "../../src/mail/parse";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";

const rules = compileRules(defaultRules());

type Mail = { from: string; subject: string; html: string; text: string; headers?: string[] };

/** A multipart/alternative mail as an ESP sends it (both parts base64). */
function mail(m: Mail): string {
  const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64").replace(/.{76}/g, "$&\r\n");
  return [
    `From: ${m.from}`,
    `To: ${FORWARDER}`,
    `Subject: ${m.subject}`,
    "Date: Tue, 10 Nov 2026 09:12:00 +0900",
    "Message-ID: <p6.1@mail.example>",
    ...(m.headers ?? []),
    "MIME-Version: 1.0",
    'Content-Type: multipart/alternative; boundary="p6alt"',
    "",
    "--p6alt",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    b64(m.text),
    "--p6alt",
    "Content-Type: text/html; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    b64(m.html),
    "--p6alt--",
    "",
  ].join("\r\n");
}

async function forwarded(raw: string, shape: string) {
  const o = describeOriginal(raw, await parseMail(new TextEncoder().encode(raw)));
  return checkMail(forwardAs(shape, o), rules, { forwarder: FORWARDER });
}

/** A row of menu links whose tracked targets are long (an ESP's click tracker with a signed token). */
function menu(host: string, n: number): string {
  return Array.from({ length: n }, (_, i) => `<a href="https://${host}/c/${"Ab3dEf6hIj9kLm".repeat(14)}${i}?u=${i}">Menu ${i + 1}</a>`).join(" | ");
}

const SHAPES = ["gmail-en", "apple-fr", "yahoo-en", "proton-en"];

describe("an HTML forward's text part is read without the link targets the client wrote into it", () => {
  it("a mailbox lure below a long row of tracked links is found forwarded as it is directly", async () => {
    const body = "Dear user, your mailbox password will expire today. Sign in below to keep your current password and avoid losing incoming messages.";
    const raw = mail({
      from: "Mail Administrator <admin@helpdesk-notices.example>",
      subject: "Important notice from the mail desk",
      html: `<html><body><p>${menu("trk.helpdesk-notices.example", 30)}</p><p>${body}</p><p><a href="https://keep-password.example/login">Keep my password</a></p></body></html>`,
      text: `${body}\nKeep my password: https://keep-password.example/login`,
    });
    const direct = await checkMail(raw, rules, { forwarder: FORWARDER });
    expect(direct.reasons.map((r) => r.code)).toContain("mailbox_lure");
    for (const shape of SHAPES) {
      const r = await forwarded(raw, shape);
      expect(r.original?.via, shape).toBe("inline");
      expect(r.reasons.map((x) => x.code), shape).toContain("mailbox_lure");
    }
  });

  it("counterpart: the reader's own IT department's password notice with the same long links stays no_signs forwarded", async () => {
    const body = "Dear colleague, your mailbox password will expire on 30 November. Sign in to the staff portal to change it; IT support will never ask for your password by mail.";
    const raw = mail({
      from: "IT Support <it-support@example.jp>",
      subject: "Password expiry reminder",
      html: `<html><body><p>${menu("portal.example.jp", 30)}</p><p>${body}</p><p><a href="https://portal.example.jp/password">Change password</a></p></body></html>`,
      text: `${body}\nhttps://portal.example.jp/password`,
      headers: ["Authentication-Results: mx.example.jp; dkim=pass header.i=@example.jp; spf=pass smtp.mailfrom=it-support@example.jp; dmarc=pass header.from=example.jp"],
    });
    for (const shape of SHAPES) {
      const r = await forwarded(raw, shape);
      expect(r.reasons.map((x) => x.code), shape).not.toContain("mailbox_lure");
      expect(r.verdict, shape).toBe("no_signs");
    }
  });

  it("counterpart: words inside a genuine newsletter's tracked link targets are not the mail's words", async () => {
    // An exchange-rate newsletter whose click tracker carries the campaign name in its path: read with the
    // targets, "btc" and "payment failed" would be phrases of the mail; the reader sees neither.
    const track = (slug: string) => `https://click.news.kurashi-shop.example/ls/click?upn=${slug}-${"x7Kq2Lm9".repeat(6)}`;
    const links = [
      ["Autumn sale", track("btc-payment-failed-verify-your-account")],
      ["New arrivals", track("suspended-card-update-billing")],
      ["Store finder", track("password-reset-login")],
    ];
    const raw = mail({
      from: "Kurashi Shop <news@news.kurashi-shop.example>",
      subject: "This week at Kurashi Shop",
      html: `<html><body><p>Hello! Here is what is new this week.</p>${links.map(([t, h]) => `<p><a href="${h}">${t}</a></p>`).join("")}<p><a href="${track("unsubscribe")}">Unsubscribe</a></p></body></html>`,
      text: "Hello! Here is what is new this week.\nAutumn sale\nNew arrivals\nStore finder",
      headers: [
        "List-Unsubscribe: <https://news.kurashi-shop.example/unsubscribe?u=1>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Feedback-ID: news:kurashi:esp",
      ],
    });
    for (const shape of SHAPES) {
      const r = await forwarded(raw, shape);
      expect(r.reasons.map((x) => x.code), shape).toEqual([]);
      expect(r.verdict, shape).toBe("no_signs");
    }
  });
});
