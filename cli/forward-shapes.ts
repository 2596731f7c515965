/**
 * How mail clients forward a mail (cli/forward-eval.ts over a corpus, tests/unit/genuine-gallery-forwarded.test.ts
 * over the genuine gallery): as an attachment, and inline in several clients' shapes and languages (header labels,
 * separators, quoting, HTML or text only, mutt's raw header block). The shapes are written from the clients'
 * documented or visible output, not copied from any mail. Node only (Buffer).
 */
import PostalMime from "postal-mime";
import { attributes, readHtml } from "../src/mail/html";
import { mailHtml, parseMail, type ParsedMail } from "../src/mail/parse";
import { senderOf } from "../src/original/sender";

/** The forwarder every shape's outer mail is from. */
export const FORWARDER = "taro.yamada@example.jp";

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64").replace(/.{76}/g, "$&\r\n");
const b64bytes = (b: Uint8Array) => Buffer.from(b).toString("base64").replace(/.{76}/g, "$&\r\n");
const word = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, "utf8").toString("base64")}?=`);
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** `text`: what the checker reads as the body (the text part, and the HTML's text when it says something else); `plainPart`: the original's own text/plain part, as its sender wrote it (null when it has none). */
export type Orig = { raw: string; from: string; subject: string; date: string; to: string; text: string; plainPart: string | null; html: string | null; links: string[]; files: { filename: string; mimeType: string; b64: string }[] };

function rawHeaderBlock(raw: string): string {
  const end = raw.search(/\r?\n\r?\n/);
  return (end < 0 ? raw : raw.slice(0, end)).replace(/\r\n/g, "\n");
}

/** The first `name:` header's unfolded value (lines split as a multiline regex splits them; no RegExp built). */
function rawHeader(raw: string, name: string): string {
  const want = `${name.toLowerCase()}:`;
  const line = rawHeaderBlock(raw).replace(/\n[ \t]+/g, " ").split(/[\r\n]/).find((l) => l.slice(0, want.length).toLowerCase() === want);
  return line === undefined ? "" : line.slice(want.length).replace(/^[ \t]*/, "");
}

/** What a client reads of the original to write its forward. */
export function describeOriginal(raw: string, mail: ParsedMail): Orig {
  // The sender as a client shows it: the name and the address it read, also from a malformed
  // header (`Brand team ,_<x@evil.example>`), where postal-mime alone finds no address.
  const s = senderOf(mail);
  const from = s?.address ? (s.name ? `${s.name} <${s.address}>` : s.address) : rawHeader(raw, "from");
  const links = (mailHtml(mail)?.links ?? []).map((l) => l.href).filter((h) => /^https?:/i.test(h));
  // Its attachments (not attached messages, which would be taken for the original), with names a client keeps.
  const files = mail.attachments
    .filter((a) => a.mimeType !== "message/rfc822" && !/\.eml$/i.test(a.filename ?? "") && (a.disposition === "attachment" || !!a.filename))
    .map((a) => ({ filename: (a.filename ?? "attachment").replace(/["\r\n]/g, ""), mimeType: a.mimeType, b64: b64bytes(typeof a.content === "string" ? new TextEncoder().encode(a.content) : new Uint8Array(a.content)) }));
  return { raw, from, subject: mail.subject ?? "", date: rawHeader(raw, "date"), to: rawHeader(raw, "to") || "you@example.jp", text: mail.bodyText, plainPart: mail.text?.trim() ? mail.text : null, html: mail.html ?? null, links, files };
}

/**
 * describeOriginal of a mail file, its attachments whole: parseMail leaves a large attachment's body out
 * (src/mail/slim.ts puts a marker of this process in its place), but a client forwards the file itself —
 * a forward written to disk (forward-eval --dump) must carry the real bytes (a zip's listing, its size).
 */
export async function readOriginal(bytes: Uint8Array): Promise<Orig> {
  const mail = await parseMail(bytes);
  let attachments = mail.attachments;
  try {
    attachments = (await PostalMime.parse(bytes, { attachmentEncoding: "arraybuffer", forceRfc822Attachments: true, maxNestingDepth: 100 })).attachments;
  } catch {
    // Unreadable whole: the parts parseMail read stand in.
  }
  return describeOriginal(Buffer.from(bytes).toString("latin1"), Object.assign(mail, { attachments }));
}

/** The original as plain text, its links listed at the end without their texts (the lossiest client). */
const plain = (o: Orig) => (o.links.length ? `${o.text}\n\n${o.links.map((l, i) => `[${i + 1}] ${l}`).join("\n")}` : o.text);

/**
 * How a client writes an HTML original into a plain-text forward (its own HTML-to-text conversion):
 * - "angle": link text then ` <url>` (Gmail's and Apple Mail's text part, Thunderbird, K-9), images
 *   as `[image: alt]` (Gmail, `images` "gmail"), as the bare alt text (Thunderbird's plain-text
 *   serializer, "alt"), else dropped;
 * - "outlook": link text then `<url>` with no space, images `[alt]`, else `[cid:…]` (sent with the mail) or
 *   `[https://…]` (hot-linked: where the picture is);
 * - "refs": w3m/lynx as mutt uses them, `text[1]` and a numbered list of targets at the end.
 * An original without HTML is forwarded as its text part.
 */
type TextStyle = "angle" | "outlook" | "refs";

/**
 * Outlook's placeholder for a picture without alt text: where the picture is — `[cid:…]` for one sent
 * with the mail, its address for one hot-linked (`[https://cdn.example/logo.png]<https://link>` in a
 * newsletter quoted as plain text); nothing for an inline data: picture.
 */
function outlookPicture(src: string): string {
  if (/^cid:\S/i.test(src)) return ` [${esc(src.replace(/\s+/g, ""))}]`;
  return /^https?:\/\/\S+$/i.test(src) ? ` [${esc(src)}]` : "";
}
function asText(o: Orig, style: TextStyle, images: "gmail" | "alt" | false = false): string {
  if (!o.html) return o.text;
  const refs: string[] = [];
  const html = o.html
    .replace(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi, (_all, attrs: string, inner: string) => {
      const href = attributes(attrs).get("href")?.trim();
      if (!href || !/^https?:/i.test(href)) return inner;
      if (style === "refs") {
        refs.push(href);
        return `${inner}[${refs.length}]`;
      }
      return `${inner}${style === "angle" ? " " : ""}&lt;${esc(href)}&gt;`;
    })
    .replace(/<img\b([^>]*)>/gi, (_all, attrs: string) => {
      const a = attributes(attrs);
      const alt = a.get("alt")?.trim();
      if (style === "outlook") return alt ? ` [${esc(alt)}]` : outlookPicture(a.get("src")?.trim() ?? "");
      if (!alt || !images) return "";
      return images === "gmail" ? ` [image: ${esc(alt)}] ` : ` ${esc(alt)} `;
    });
  const text = readHtml(html).text;
  return refs.length ? `${text}\n\nReferences:\n\n${refs.map((r, i) => `   ${i + 1}. ${r}`).join("\n")}` : text;
}
const htmlBody = (o: Orig) => o.html ?? `<pre>${esc(plain(o))}</pre>`;

/**
 * The forward as the client sends it. `carry`: the original's attachments go along (Gmail, Outlook,
 * Apple Mail, Thunderbird and K-9 attach them to an inline forward; mutt's decoded forward and
 * carrier mail don't).
 */
function outer(subject: string, parts: { type: string; body: string }[], carry?: Orig): string {
  const head = `From: Taro Yamada <taro.yamada@example.jp>\r\nTo: check@phishcheck.example\r\nSubject: ${word(subject)}\r\nDate: Tue, 1 Dec 2026 10:00:00 +0900\r\nMessage-ID: <fwd-eval@example.jp>\r\nMIME-Version: 1.0\r\n`;
  const bnd = "fwdevalboundary42";
  const body =
    parts.length === 1
      ? `Content-Type: ${parts[0]!.type}; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(parts[0]!.body)}\r\n`
      : `Content-Type: multipart/alternative; boundary="${bnd}"\r\n\r\n${parts.map((p) => `--${bnd}\r\nContent-Type: ${p.type}; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(p.body)}\r\n`).join("")}--${bnd}--\r\n`;
  const files = carry?.files ?? [];
  if (files.length === 0) return `${head}${body}`;
  const mixed = "fwdevalmixed43";
  const attached = files.map((f) => `--${mixed}\r\nContent-Type: ${f.mimeType}; name="${f.filename}"\r\nContent-Disposition: attachment; filename="${f.filename}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${f.b64}\r\n`);
  return `${head}Content-Type: multipart/mixed; boundary="${mixed}"\r\n\r\n--${mixed}\r\n${body}${attached.join("")}--${mixed}--\r\n`;
}

const NOTE = "これは本物ですか？ / Is this real?";

/** Each shape: how one client (family) writes a forward. */
export const SHAPES: Record<string, (o: Orig) => string> = {
  direct: (o) => o.raw,
  // The original with its transport headers dropped, as every inline forward drops them: the fair
  // comparison for shapes that keep only From/Date/Subject/To.
  "direct-stripped": (o) => {
    const head = rawHeaderBlock(o.raw).replace(/\n[ \t]+/g, " ").split("\n").filter((l) => /^(?:from|to|subject|date|mime-version|content-type|content-transfer-encoding|reply-to):/i.test(l));
    const body = o.raw.slice(o.raw.search(/\r?\n\r?\n/));
    return `${head.join("\r\n")}${body}`;
  },
  attached: (o) => {
    const bnd = "fwdevalmixed42";
    return `From: Taro Yamada <taro.yamada@example.jp>\r\nTo: check@phishcheck.example\r\nSubject: ${word(`Fwd: ${o.subject}`)}\r\nDate: Tue, 1 Dec 2026 10:00:00 +0900\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="${bnd}"\r\n\r\n--${bnd}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(NOTE)}\r\n--${bnd}\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename="forwarded.eml"\r\n\r\n${o.raw}\r\n--${bnd}--\r\n`;
  },
  // Gmail, English UI, text + HTML.
  "gmail-en": (o) => {
    const block = `---------- Forwarded message ---------\nFrom: ${o.from}\nDate: ${o.date}\nSubject: ${o.subject}\nTo: ${o.to}\n`;
    return outer(`Fwd: ${o.subject}`, [
      { type: "text/plain", body: `${NOTE}\n\n${block}\n\n${asText(o, "angle", "gmail")}` },
      { type: "text/html", body: `<div dir="ltr">${esc(NOTE)}<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${esc(block).replace(/\n/g, "<br>")}</div><br><br>${htmlBody(o)}</div></div>` },
    ], o);
  },
  // Outlook desktop, German UI: a rule, then Von/Gesendet/An/Betreff; HTML with bold labels.
  "outlook-de": (o) => {
    const rows: [string, string][] = [["Von", o.from], ["Gesendet", o.date], ["An", o.to], ["Betreff", o.subject]];
    return outer(`WG: ${o.subject}`, [
      { type: "text/plain", body: `${NOTE}\n\n________________________________\n${rows.map(([k, v]) => `${k}: ${v}`).join("\n")}\n\n${asText(o, "outlook")}` },
      { type: "text/html", body: `<p>${esc(NOTE)}</p><hr style="display:inline-block;width:98%"><div><font face="Calibri">${rows.map(([k, v]) => `<b>${k}:</b> ${esc(v)}<br>`).join("")}</font></div><br>${htmlBody(o)}` },
    ], o);
  },
  // Apple Mail / iPhone, French UI: "Début du message réexpédié :", blank line, quoted.
  "apple-fr": (o) => {
    const rows = `De: ${o.from}\nObjet: ${o.subject}\nDate: ${o.date}\nÀ: ${o.to}`;
    return outer(`Tr : ${o.subject}`, [
      { type: "text/plain", body: `${NOTE}\n\nDébut du message réexpédié :\n\n${`${rows}\n\n${asText(o, "angle")}`.replace(/^/gm, "> ")}` },
      { type: "text/html", body: `<div>${esc(NOTE)}<br><div><br><blockquote type="cite"><div>Début du message réexpédié :</div><br><div>${esc(rows).replace(/\n/g, "<br>")}</div><br>${htmlBody(o)}</blockquote></div></div>` },
    ], o);
  },
  // Thunderbird, Italian UI, inline, text only.
  "thunderbird-it": (o) =>
    outer(`Fwd: ${o.subject}`, [{ type: "text/plain", body: `${NOTE}\n\n-------- Messaggio inoltrato --------\nOggetto: \t${o.subject}\nData: \t${o.date}\nMittente: \t${o.from}\nA: \t${o.to}\n\n\n\n${asText(o, "angle", "alt")}` }], o),
  // mutt: separator naming the sender, then the original's full raw header block, decoded body, end line.
  "mutt-raw": (o) => {
    const name = /^(.*?)\s*<[^>]+>$/.exec(o.from)?.[1] ?? "";
    return outer(`Fwd: ${o.subject}`, [
      { type: "text/plain", body: `${NOTE}\n\n----- Forwarded message from ${o.from || name} -----\n\n${rawHeaderBlock(o.raw)}\n\n${asText(o, "refs")}\n\n----- End forwarded message -----\n` },
    ]);
  },
  // mutt with forward_decode unset: the whole message as sent, headers and still-encoded MIME body.
  "mutt-raw-mime": (o) =>
    outer(`Fwd: ${o.subject}`, [{ type: "text/plain", body: `${NOTE}\n\n----- Forwarded message from ${o.from} -----\n\n${o.raw.replace(/\r\n/g, "\n")}\n\n----- End forwarded message -----\n` }]),
  // K-9 / Android mailer, Korean UI, text only. Composing in text, K-9 quotes the original's text/plain part when
  // it has one ("Text takes precedence, then html": getBodyTextFromMessage) and converts the HTML only when not.
  "k9-ko": (o) => outer(`Fwd: ${o.subject}`, [{ type: "text/plain", body: `${NOTE}\n\n-------- 원본 메시지 --------\n보낸 사람: ${o.from}\n날짜: ${o.date}\n받는 사람: ${o.to}\n제목: ${o.subject}\n\n${o.plainPart ?? asText(o, "angle")}` }], o),
  // Outlook (Chinese UI) with no separator line, text + HTML.
  "outlook-zh-nosep": (o) => {
    const rows = `发件人: ${o.from}\n发送时间: ${o.date}\n收件人: ${o.to}\n主题: ${o.subject}`;
    return outer(`转发: ${o.subject}`, [
      { type: "text/plain", body: `${NOTE}\n\n${rows}\n\n${asText(o, "outlook")}` },
      { type: "text/html", body: `<div>${esc(NOTE)}</div><div style="border-top:solid #E1E1E1 1.0pt">${esc(rows).replace(/\n/g, "<br>")}</div>${htmlBody(o)}` },
    ], o);
  },
  // Outlook desktop composing in plain text, English UI: "-----Original Message-----", its own conversion of links and images.
  "outlook-en-text": (o) =>
    outer(`FW: ${o.subject}`, [{ type: "text/plain", body: `${NOTE}\n\n-----Original Message-----\nFrom: ${o.from}\nSent: ${o.date}\nTo: ${o.to}\nSubject: ${o.subject}\n\n${asText(o, "outlook")}` }], o),
  // Japanese carrier mail (phone), text only, 転送メッセージ: HTML dropped to its text, links listed without their texts.
  "carrier-ja": (o) => outer(`Fw: ${o.subject}`, [{ type: "text/plain", body: `転送します\n\n----- 転送メッセージ -----\n差出人: ${o.from}\n宛先: ${o.to}\n送信日時: ${o.date}\n件名: ${o.subject}\n\n${plain(o)}` }]),
  // Outlook on the web, Spanish UI, HTML only.
  "owa-es-html": (o) =>
    outer(`RV: ${o.subject}`, [
      { type: "text/html", body: `<div>${esc(NOTE)}</div><hr><div><b>De:</b> ${esc(o.from)}<br><b>Enviado:</b> ${esc(o.date)}<br><b>Para:</b> ${esc(o.to)}<br><b>Asunto:</b> ${esc(o.subject)}</div><div>${htmlBody(o)}</div>` },
    ], o),
  // Yahoo Mail (web, English UI): "----- Forwarded Message -----", From/To/Sent/Subject, the original in a yahoo_quoted div.
  "yahoo-en": (o) => {
    const rows = `From: ${o.from}\nTo: ${o.to}\nSent: ${o.date}\nSubject: ${o.subject}`;
    return outer(`Fwd: ${o.subject}`, [
      { type: "text/plain", body: `${NOTE}\n\n\n----- Forwarded Message -----\n${rows}\n\n${asText(o, "angle")}` },
      { type: "text/html", body: `<div class="yahoo-style-wrap"><div>${esc(NOTE)}</div><br><div id="yahoo_quoted_4821" class="yahoo_quoted"><div style="font-family:Helvetica, Arial, sans-serif;font-size:13px">----- Forwarded Message -----<br>${esc(rows).replace(/\n/g, "<br>")}<br><br><div>${htmlBody(o)}</div></div></div></div>` },
    ], o);
  },
  // Proton Mail (English UI): "------- Forwarded Message -------", From/Date/Subject/To, the original in a blockquote.
  "proton-en": (o) => {
    const rows = `From: ${o.from}\nDate: On ${o.date}\nSubject: ${o.subject}\nTo: ${o.to}`;
    return outer(`Fwd: ${o.subject}`, [
      { type: "text/plain", body: `${NOTE}\n\n------- Forwarded Message -------\n${rows}\n\n\n${asText(o, "angle")}` },
      { type: "text/html", body: `<div>${esc(NOTE)}</div><br><div class="protonmail_quote">------- Forwarded Message -------<br>${esc(rows).replace(/\n/g, "<br>")}<br><br><blockquote class="protonmail_quote" type="cite">${htmlBody(o)}</blockquote><br></div>` },
    ], o);
  },
  // Outlook for iOS, Japanese UI: its signature link, a rule, bold 差出人/送信日時/宛先/件名 in divRplyFwdMsg.
  "outlook-ios-ja": (o) => {
    const rows: [string, string][] = [["差出人", o.from], ["送信日時", o.date], ["宛先", o.to], ["件名", o.subject]];
    return outer(`Fw: ${o.subject}`, [
      { type: "text/plain", body: `${NOTE}\n\niOS 版 Outlook<https://aka.ms/o0ukef> を入手\n________________________________\n${rows.map(([k, v]) => `${k}: ${v}`).join("\n")}\n\n${asText(o, "outlook")}` },
      { type: "text/html", body: `<div dir="ltr">${esc(NOTE)}</div><div dir="ltr"><a href="https://aka.ms/o0ukef">iOS 版 Outlook</a> を入手</div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">${rows.map(([k, v]) => `<b>${k}:</b> ${esc(v)}<br>`).join("")}</font><div>&nbsp;</div></div>${htmlBody(o)}` },
    ], o);
  },
  // QQ Mail (Chinese UI): "------------------ 原始邮件 ------------------", addresses as "name"<addr>; with a semicolon.
  "qq-zh": (o) => {
    const m = /^(.*?)\s*<([^>]+)>$/.exec(o.from);
    const from = m ? `"${m[1]!.replace(/^"|"$/g, "")}"<${m[2]}>;` : `"${o.from}"<${o.from}>;`;
    const rows = `发件人: ${from}\n发送时间: ${o.date}\n收件人: "${o.to}"<${o.to}>;\n主题: ${o.subject}`;
    return outer(`转发：${o.subject}`, [
      { type: "text/plain", body: `${NOTE}\n\n\n------------------ 原始邮件 ------------------\n${rows}\n\n\n\n${asText(o, "angle")}` },
      { type: "text/html", body: `<div>${esc(NOTE)}</div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;">${esc(rows).split("\n").map((r) => `<div>${r.replace(/^([^:]+):/, "<b>$1:</b>&nbsp;")}</div>`).join("")}</div><br>${htmlBody(o)}` },
    ], o);
  },
};

/** The shapes that are forwards (the original must be found under the forwarder's mail). */
export const FORWARD_SHAPES = Object.keys(SHAPES).filter((s) => s !== "direct" && s !== "direct-stripped");

/** The mail a shape builds, as bytes where it carries the original's raw bytes (read as latin1). */
export function forwardAs(shape: string, o: Orig): string | Uint8Array {
  const make = SHAPES[shape];
  if (!make) throw new Error(`unknown shape ${shape}`);
  return shape === "direct" || shape === "direct-stripped" || shape === "attached" ? Buffer.from(make(o), "latin1") : make(o);
}
