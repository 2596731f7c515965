/**
 * HTML character references are decoded as a browser decodes them (the `entities` package), so a
 * phrase written with entities in an HTML-only mail reads like the same phrase typed as characters.
 * Before, only 20 named entities were known: `cart&atilde;o` stayed as written and the phrase
 * "seu cartão foi bloqueado" was never seen (no_signs, where the same text with "ã" is suspicious).
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { readHtml } from "../../src/mail/html";
import { embeddedRules } from "../../src/rules/store";

const rules = embeddedRules().compiled;

function htmlMail(from: string, subject: string, html: string, extraHeaders: string[] = []): string {
  const headers = [
    `From: ${from}`,
    "To: hanako@example.jp",
    `Subject: ${subject}`,
    "Date: Tue, 2 Mar 2021 10:00:00 +0900",
    "Message-ID: <entities-test@example.com>",
    ...extraHeaders,
    "MIME-Version: 1.0",
    "Content-Type: text/html; charset=utf-8",
  ];
  return `${headers.join("\r\n")}\r\n\r\n${html}`;
}

describe("HTML character references", () => {
  it("named (every HTML5 name), decimal and hex references decode in text, link texts and alt texts", () => {
    const doc = readHtml(
      `<p>seu cart&atilde;o foi bloqueado &ndash; &Eacute;tape &eacute;chou&eacute;e &#12450;&#x30de;&#x30BE;&#x30f3; &euro;5 &hearts;</p>` +
        `<a href="https://example.com/a">Se&ntilde;or</a><img alt="Gr&uuml;&szlig;e" src="https://example.com/i.png">`,
    );
    expect(doc.text).toContain("seu cartão foi bloqueado – Étape échouée アマゾン €5 ♥");
    expect(doc.links[0]!.text).toBe("Señor");
    expect(doc.imageAlts).toEqual(["Grüße"]);
  });

  it("in an attribute, a URL's query parameter that looks like an entity (&copy=, &reg=) stays as written", () => {
    const doc = readHtml(`<a href="https://shop.example.com/p?id=1&copy=2&reg=jp&amp;x=3">Shop</a>`);
    expect(doc.links[0]!.href).toBe("https://shop.example.com/p?id=1&copy=2&reg=jp&x=3");
  });

  it("a newsletter's preheader padding (&zwnj;&nbsp; rows) reads as spacing, not as hidden characters", () => {
    const doc = readHtml(`<div style="display:none">Our spring sale starts now${"&zwnj;&nbsp;".repeat(40)}&shy;</div><p>Hello</p>`);
    expect(doc.text).toBe("Our spring sale starts now\nHello");
  });

  it("an HTML-only lure written with entities scores as the same lure written with characters", async () => {
    const lure = (text: string) =>
      htmlMail("Banco Exemplo <avisos@banco-exemplo-seguro.example.com>", "Aviso importante", `<html><body><p>Prezado cliente, ${text}</p><p><a href="https://banco-exemplo-seguro.example.com/desbloquear">Desbloquear agora</a></p></body></html>`);
    const typed = await checkMail(lure("seu cartão foi bloqueado. Atualize seus dados nas próximas 24 horas."), rules);
    const escaped = await checkMail(lure("seu cart&atilde;o foi bloqueado. Atualize seus dados nas pr&oacute;ximas 24 horas."), rules);
    expect(typed.verdict).toBe("suspicious");
    expect(escaped.verdict).toBe(typed.verdict);
    expect(escaped.reasons.map((r) => r.code)).toEqual(typed.reasons.map((r) => r.code));
  });

  it("genuine counterpart: a real-looking ESP newsletter full of entities stays not dangerous", async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Novidades</title></head><body>
<div style="display:none;max-height:0;overflow:hidden">As novidades de mar&ccedil;o chegaram${"&zwnj;&nbsp;".repeat(60)}</div>
<table role="presentation"><tr><td><h1>Promo&ccedil;&otilde;es de mar&ccedil;o</h1>
<p>Ol&aacute; Hanako, confira as novidades da esta&ccedil;&atilde;o &mdash; frete gr&aacute;tis acima de R&#36;&nbsp;99.</p>
<p><a href="https://click.news.loja-exemplo.com.br/ls/click?upn=abc123&amp;utm_source=newsletter&amp;utm_medium=email">Ver ofertas</a></p>
<p style="font-size:11px">&copy; 2021 Loja Exemplo Ltda. &middot; <a href="https://news.loja-exemplo.com.br/unsubscribe?u=abc&amp;id=42">Cancelar inscri&ccedil;&atilde;o</a></p>
</td></tr></table></body></html>`;
    const raw = htmlMail(
      "Loja Exemplo <novidades@news.loja-exemplo.com.br>",
      "=?UTF-8?Q?Promo=C3=A7=C3=B5es_de_mar=C3=A7o?=",
      html,
      [
        "List-Unsubscribe: <https://news.loja-exemplo.com.br/unsubscribe?u=abc&id=42>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Feedback-ID: 42:newsletter:lojaexemplo:esp",
        "Authentication-Results: mx.example.jp; dkim=pass header.d=news.loja-exemplo.com.br; spf=pass smtp.mailfrom=news.loja-exemplo.com.br; dmarc=pass header.from=news.loja-exemplo.com.br",
      ],
    );
    const r = await checkMail(raw, rules);
    expect(r.verdict).not.toBe("dangerous");
    expect(r.verdict).not.toBe("suspicious");
  });
});
