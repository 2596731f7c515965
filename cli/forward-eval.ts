/**
 * npm run forward-eval -- DIR [--shapes a,b] [--limit N] [--only PATH-PART] [--dump OUTDIR]
 * Wraps every mail of an eval corpus (DIR/<label>/<source>/*.eml) the way mail clients forward it —
 * as an attachment, and inline in several clients' shapes and languages (header labels, separators,
 * quoting, HTML or text only, mutt's raw header block) — and reports per shape how many phishing
 * mails are flagged (dangerous or suspicious) and dangerous, and how many legitimate ones are
 * called dangerous/suspicious. "direct" is the mail itself, for comparison. The shapes are written
 * from the clients' documented output, not copied from any mail.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { checkMail } from "../src/check";
import { attributes, readHtml } from "../src/mail/html";
import { mailHtml, parseMail, type ParsedMail } from "../src/mail/parse";
import { senderOf } from "../src/original/sender";
import { loadRules, mailFiles, parseArgs } from "./files";

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64").replace(/.{76}/g, "$&\r\n");
const b64bytes = (b: Uint8Array) => Buffer.from(b).toString("base64").replace(/.{76}/g, "$&\r\n");
const word = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, "utf8").toString("base64")}?=`);
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

type Orig = { raw: string; from: string; subject: string; date: string; to: string; text: string; html: string | null; links: string[]; files: { filename: string; mimeType: string; b64: string }[] };

function rawHeaderBlock(raw: string): string {
  const end = raw.search(/\r?\n\r?\n/);
  return (end < 0 ? raw : raw.slice(0, end)).replace(/\r\n/g, "\n");
}

function rawHeader(raw: string, name: string): string {
  const unfolded = rawHeaderBlock(raw).replace(/\n[ \t]+/g, " ");
  return new RegExp(`^${name}:[ \\t]*(.*)$`, "im").exec(unfolded)?.[1] ?? "";
}

function describe(raw: string, mail: ParsedMail): Orig {
  // The sender as a client shows it: the name and the address it read, also from a malformed
  // header (`Brand team ,_<x@evil.example>`), where postal-mime alone finds no address.
  const s = senderOf(mail);
  const from = s?.address ? (s.name ? `${s.name} <${s.address}>` : s.address) : rawHeader(raw, "from");
  const links = (mailHtml(mail)?.links ?? []).map((l) => l.href).filter((h) => /^https?:/i.test(h));
  // Its attachments (not attached messages, which would be taken for the original), with names a client keeps.
  const files = mail.attachments
    .filter((a) => a.mimeType !== "message/rfc822" && !/\.eml$/i.test(a.filename ?? "") && (a.disposition === "attachment" || !!a.filename))
    .map((a) => ({ filename: (a.filename ?? "attachment").replace(/["\r\n]/g, ""), mimeType: a.mimeType, b64: b64bytes(typeof a.content === "string" ? new TextEncoder().encode(a.content) : new Uint8Array(a.content)) }));
  return { raw, from, subject: mail.subject ?? "", date: rawHeader(raw, "date"), to: rawHeader(raw, "to") || "you@example.jp", text: mail.bodyText, html: mail.html ?? null, links, files };
}

/** The original as plain text, its links listed at the end without their texts (the lossiest client). */
const plain = (o: Orig) => (o.links.length ? `${o.text}\n\n${o.links.map((l, i) => `[${i + 1}] ${l}`).join("\n")}` : o.text);

/**
 * How a client writes an HTML original into a plain-text forward (its own HTML-to-text conversion):
 * - "angle": link text then ` <url>` (Gmail's and Apple Mail's text part, Thunderbird, K-9), images
 *   as `[image: alt]` (Gmail, `images` "gmail"), as the bare alt text (Thunderbird's plain-text
 *   serializer, "alt"), else dropped;
 * - "outlook": link text then `<url>` with no space, images `[alt]` or `[cid:image001.png@…]`;
 * - "refs": w3m/lynx as mutt uses them, `text[1]` and a numbered list of targets at the end.
 * An original without HTML is forwarded as its text part.
 */
type TextStyle = "angle" | "outlook" | "refs";
function asText(o: Orig, style: TextStyle, images: "gmail" | "alt" | false = false): string {
  if (!o.html) return o.text;
  const refs: string[] = [];
  let n = 0;
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
      const alt = attributes(attrs).get("alt")?.trim();
      if (style === "outlook") return alt ? ` [${esc(alt)}] ` : ` [cid:image00${++n}.png@01DB4C2A.5E3F1B20] `;
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
const SHAPES: Record<string, (o: Orig) => string> = {
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
  // K-9 / Android mailer, Korean UI, text only.
  "k9-ko": (o) => outer(`Fwd: ${o.subject}`, [{ type: "text/plain", body: `${NOTE}\n\n-------- 원본 메시지 --------\n보낸 사람: ${o.from}\n날짜: ${o.date}\n받는 사람: ${o.to}\n제목: ${o.subject}\n\n${asText(o, "angle")}` }], o),
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
};

const { opts, rest } = parseArgs(process.argv.slice(2), ["shapes", "limit", "rules", "only", "dump"]);
const dir = rest[0];
if (!dir) {
  console.error("usage: npm run forward-eval -- DIR [--shapes direct,gmail-en,…] [--limit N]");
  process.exit(2);
}
const rules = loadRules(typeof opts.rules === "string" ? opts.rules : undefined);
const shapes = typeof opts.shapes === "string" ? opts.shapes.split(",") : Object.keys(SHAPES);
const limit = Number(opts.limit ?? 0) || Infinity;
type Row = { total: number; flagged: number; dangerous: number; found: number };
const rows = new Map<string, Row>();
for (const label of readdirSync(dir).sort()) {
  if (label !== "phish" && label !== "ham") continue;
  const labelDir = join(dir, label);
  if (!statSync(labelDir).isDirectory()) continue;
  const all = mailFiles([labelDir]);
  // An even sample across sources when --limit is given.
  const step = Math.max(1, Math.ceil(all.length / limit));
  const only = typeof opts.only === "string" ? opts.only : null;
  for (const file of all.filter((f, i) => (only ? f.includes(only) : i % step === 0))) {
    const raw = readFileSync(file, "latin1");
    let o: Orig;
    try {
      o = describe(raw, await parseMail(readFileSync(file)));
    } catch {
      continue;
    }
    for (const shape of shapes) {
      const make = SHAPES[shape];
      if (!make) throw new Error(`unknown shape ${shape}`);
      const mail = shape === "direct" || shape === "direct-stripped" || shape === "attached" ? Buffer.from(make(o), "latin1") : make(o);
      // --dump DIR: write each mail as built, to check one with `npm run check`.
      if (typeof opts.dump === "string") {
        mkdirSync(join(opts.dump, shape), { recursive: true });
        writeFileSync(join(opts.dump, shape, basename(file)), mail);
      }
      const r = await checkMail(mail, rules, { forwarder: "taro.yamada@example.jp" });
      const key = `${label}\t${shape}`;
      const row = rows.get(key) ?? { total: 0, flagged: 0, dangerous: 0, found: 0 };
      row.total++;
      if (r.verdict === "dangerous" || r.verdict === "suspicious") row.flagged++;
      if (r.verdict === "dangerous") row.dangerous++;
      // The forwarded original was found (not the forwarder's own mail judged).
      if (r.original?.from?.address !== "taro.yamada@example.jp") row.found++;
      else if (process.env.FE_DEBUG) console.error(shape, file);
      rows.set(key, row);
      if (process.env.FE_CODES) console.error(`CODES\t${label}\t${shape}\t${file}\t${r.verdict}\t${r.reasons.map((x) => x.code).sort().join(",")}`);
    }
  }
}
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : "-");
console.log(`${"label".padEnd(7)}${"shape".padEnd(20)}${"total".padStart(7)}${"flagged".padStart(10)}${"dangerous".padStart(11)}${"found".padStart(9)}`);
for (const [key, r] of rows) {
  const [label, shape] = key.split("\t");
  console.log(`${label!.padEnd(7)}${shape!.padEnd(20)}${String(r.total).padStart(7)}${pct(r.flagged, r.total).padStart(10)}${pct(r.dangerous, r.total).padStart(11)}${pct(r.found, r.total).padStart(9)}`);
}
