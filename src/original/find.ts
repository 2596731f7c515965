import type { Attachment } from "postal-mime";
import { mailHtml, parseMail, type ParsedMail } from "../mail/parse";
import { readHtml } from "../mail/html";
import { omittedPart, zipNames } from "../mail/slim";
import { findInlineForward } from "./inline";
import { senderOf } from "./sender";
import { textStructure } from "./text-links";
import { urlsInText } from "./urls";
import { decodeURIComponentSafe } from "../text/strings";
import type { AttachmentInfo, Link, MailAddress, Original } from "./types";

/** Text beyond this many characters is not scanned (stated in the reply's reasons when hit). */
export const TEXT_SCAN_LIMIT = 200_000;
/** Links beyond this many are not analysed (the dev corpus: 215 at most; 500 until session 5, README "Budget guard"). */
export const LINK_LIMIT = 250;
/**
 * Addresses kept per list (To, Reply-To): the signals compare each recipient with each link and each
 * Reply-To address with the sender, so an unbounded list (thousands of addresses fit in the 256 KB of
 * headers) would cost seconds. Whoever forwarded the mail is always added to the recipients.
 */
export const ADDRESS_LIMIT = 50;
/** A message with an attached message and no more text than this is a forward, not the original. */
const FORWARD_NOTE_MAX = 1000;
/** How deep forwarded attachments inside forwarded attachments are opened. */
const MAX_ATTACHED_DEPTH = 3;

const FORWARD_MARKER_IN_HTML =
  /(?<!-)-{2,}\s*(?:Forwarded message|Original Message|Forwarded Message|転送されたメッセージ|転送メッセージ|元のメッセージ)\s*-{2,}|Begin forwarded message\s*:|転送されたメッセージ\s*[:：]|class="(?:gmail_quote|OutlookMessageHeader)|id="(?:divRplyFwdMsg|appendonsend)"/i;

/** Where the forwarded part starts in the HTML: a marker a mailer writes, else the forwarded sender's address. */
function forwardInHtml(html: string, address: string): number {
  const at = html.search(FORWARD_MARKER_IN_HTML);
  if (at > 0 || !address) return at;
  const i = html.slice(0, 200_000).toLowerCase().indexOf(address);
  // From a little before the address: the "From:" label and the name in front of it.
  return i > 0 ? Math.max(1, i - 200) : -1;
}

/**
 * A spam filter's stamps on the mail that carries an inline forward: they judged the forwarded
 * content too, and (src/signals/provider.ts) only ever count against a mail, never for it.
 */
const FILTER_STAMP = /^(?:x-forefront-antispam-report(?:-untrusted)?|x-ms-exchange-organization-scl|x-microsoft-antispam-mailbox-delivery|x-spam-flag|x-spam-status|x-spam|x-spamd-result)$/;

/** Body after a raw header block that is still MIME as sent (base64 lines, a multipart boundary). */
const STILL_ENCODED = /^content-transfer-encoding:\s*(?:base64|quoted-printable)|^content-type:\s*multipart\//im;

async function parseRawBlock(rawHeaders: string, body: string): Promise<{ mail: ParsedMail; whole: boolean } | null> {
  try {
    const head = rawHeaders.replace(/\r?\n/g, "\r\n");
    const whole = STILL_ENCODED.test(rawHeaders) && /^(?:[A-Za-z0-9+/=]{40,}|--\S{6,}|.*=\r?$)/m.test(body.slice(0, 4000));
    const mail = await parseMail(`${head}\r\n\r\n${whole ? body : ""}`);
    return mail.headers.length > 0 ? { mail, whole } : null;
  } catch {
    return null;
  }
}

/** A forward prefix as mail programs write it (Fwd, Fw, WG, TR, RV, ENC, 転送, 转发), not a reply's. */
const FORWARD_SUBJECT = /^\s*(?:\[?fwd?|wg|tr|rv|enc|転送|转发)\s*[:：]/i;

/**
 * A mail that is someone's inline forward: a forward's subject and a forwarded block. Not a bounce
 * quoting the message it returns, nor a reply quoting one (their own headers are what counts).
 */
function personsForward(mail: ParsedMail): boolean {
  return FORWARD_SUBJECT.test(mail.subject ?? "") && !!findInlineForward(mail.bodyText);
}

function isAttachedMessage(a: Attachment): boolean {
  return a.mimeType === "message/rfc822" || (!!a.filename && /\.eml$/i.test(a.filename) && a.mimeType !== "text/html");
}

function mailboxes(list: ParsedMail["to"]): MailAddress[] {
  const out: MailAddress[] = [];
  for (const a of list ?? []) {
    if (a.address !== undefined) out.push({ name: a.name ?? "", address: a.address.toLowerCase() });
    else for (const m of a.group) out.push({ name: m.name ?? "", address: m.address.toLowerCase() });
  }
  return out;
}

const ZIP = /\.zip$/i;

function attachmentInfo(list: Attachment[]): AttachmentInfo[] {
  return list
    .filter((a) => !isAttachedMessage(a))
    .map((a) => {
      const info: AttachmentInfo = { filename: a.filename ?? "", mimeType: a.mimeType, size: 0 };
      // A large body was left out before parsing (src/mail/slim.ts): its size and zip listing come with the marker.
      const omitted = omittedPart(a.content);
      if (omitted) {
        info.size = omitted.size;
        if (omitted.inner) info.inner = omitted.inner;
        return info;
      }
      const bytes = typeof a.content === "string" ? new TextEncoder().encode(a.content) : new Uint8Array(a.content);
      info.size = bytes.byteLength;
      if (ZIP.test(info.filename) || /zip/.test(info.mimeType)) {
        const inner = zipNames(bytes.subarray(Math.max(0, bytes.length - 64 * 1024)));
        if (inner) info.inner = inner;
      }
      return info;
    });
}

/** Caps the text scanned; `clipped` when the mail's body had already been cut before parsing. */
function capped(text: string, clipped: boolean): { text: string; truncated: boolean } {
  return text.length > TEXT_SCAN_LIMIT ? { text: text.slice(0, TEXT_SCAN_LIMIT), truncated: true } : { text, truncated: clipped };
}

/** The original's To addresses (the first ADDRESS_LIMIT) and whoever forwarded it, each once. */
function recipientsOf(to: string[], extra: string[]): string[] {
  return [...new Set([...to.filter(Boolean).slice(0, ADDRESS_LIMIT), ...extra.filter(Boolean)])];
}

function mergeLinks(...groups: Link[][]): Link[] {
  const seen = new Set<string>();
  const out: Link[] = [];
  for (const group of groups)
    for (const l of group) {
      const key = `${l.href}\u0000${l.text}`;
      if (seen.has(key) || /^(?:mailto|tel|cid):/i.test(l.href)) continue;
      seen.add(key);
      out.push(l);
      if (out.length >= LINK_LIMIT) return out;
    }
  return out;
}

/** A target or an image placeholder a client's HTML-to-text conversion writes (text-links.ts reads them). */
const WRITTEN_OUT = /[<[(]https?:\/\/|\[(?:image|cid):|\]\(https?:/i;

/** A link's text that is one address ("https://www.paypal.com", "www.paypal.com/signin"). */
const ADDRESS_TEXT = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * A text-only mail's links that show one address and go to another, written the way a client's
 * HTML-to-text conversion writes a link ("https://www.paypal.com<http://elsewhere.example/>"): read as
 * for a plain-text forward (text-links.ts), so the link signals see the address shown next to the real
 * target. Only links whose text is itself an address, and whose target does not carry that address
 * (Safe Links and other wrappers write the real one inside): other link texts stay as the text reads.
 */
function shownAddressLinks(text: string): Link[] {
  if (!/[<[(]https?:\/\//i.test(text)) return [];
  return textStructure(text).links.filter((l) => ADDRESS_TEXT.test(l.text.trim()) && !carries(l.href, l.text.trim()));
}

/** The target carries the address shown (a security wrapper such as Safe Links, or the same site): nothing hidden. */
function carries(href: string, shown: string): boolean {
  const host = /^(?:https?:\/\/)?([^/\s?#<>]+)/i.exec(shown)?.[1]?.toLowerCase();
  return !!host && decodeURIComponentSafe(href).toLowerCase().includes(host);
}

/** An Original from a whole message (the attached one, or the mail itself). */
function fromMessage(mail: ParsedMail, via: Original["via"], extraRecipients: string[]): Original {
  const html = mailHtml(mail);
  const { text, truncated } = capped(mail.bodyText, mail.clipped);
  return {
    via,
    from: senderOf(mail),
    replyTo: mailboxes(mail.replyTo).slice(0, ADDRESS_LIMIT),
    subject: mail.subject ?? "",
    date: mail.date ?? null,
    text,
    links: mergeLinks(html?.links ?? [], (html?.forms ?? []).map((href) => ({ href, text: "" })), html ? [] : shownAddressLinks(text), urlsInText(text)),
    imageAlts: html?.imageAlts ?? [],
    imageSources: html?.imageSources ?? [],
    attachments: attachmentInfo(mail.attachments),
    headers: mail.headers,
    recipients: recipientsOf(mailboxes(mail.to).map((a) => a.address), extraRecipients),
    truncated,
  };
}

/**
 * Finds the mail the user received inside what they sent us:
 * 1. an attached message/rfc822 (forward as attachment) — parsed again so its headers are kept;
 * 2. an inline-forwarded block in the text (or in text derived from the HTML);
 * 3. otherwise the mail itself (redirected, or sent on directly).
 * `forwarder` is the envelope sender: their address in a link counts as "your address in the link".
 */
export async function findOriginal(mail: ParsedMail, forwarder: string | null, depth = 0): Promise<Original> {
  const extra = forwarder ? [forwarder.toLowerCase()] : [];
  const attached = mail.attachments.find(isAttachedMessage);
  if (attached && depth < MAX_ATTACHED_DEPTH) {
    try {
      const inner = await parseMail(attached.content);
      if (inner.headers.length > 0 && (inner.from || inner.subject)) {
        // A forward of a forward, both as attachments: the innermost is the original — also when
        // the middle one carries a short note of its own ("FYI, is this real?").
        if (inner.attachments.some(isAttachedMessage) && inner.bodyText.trim().length < FORWARD_NOTE_MAX) return findOriginal(inner, forwarder, depth + 1);
        // Someone's inline forward sent on as an attachment (they asked "is this real?", you attach their
        // mail): its forwarded block is the original, read as when that mail reaches us itself.
        if (personsForward(inner)) return findOriginal(inner, forwarder, depth + 1);
        return fromMessage(inner, "attachment", extra);
      }
    } catch {
      // An attachment we can't parse: fall back to what the outer mail shows.
    }
  }
  const inline = findInlineForward(mail.bodyText);
  if (inline) {
    // A block of raw headers (mutt, "show original" pasted): read as a message head, so its
    // Authentication-Results count as for an attached original. When the body after it is still
    // encoded MIME, the whole block is the message.
    const raw = inline.rawHeaders ? await parseRawBlock(inline.rawHeaders, inline.body) : null;
    if (raw?.whole) return depth < MAX_ATTACHED_DEPTH && personsForward(raw.mail) ? findOriginal(raw.mail, forwarder, depth + 1) : fromMessage(raw.mail, "inline", extra);
    let html = null;
    if (mail.html) {
      const at = forwardInHtml(mail.html, inline.from?.address ?? "");
      // The whole HTML is read once per mail (mailHtml); only a forward further down reads its tail again.
      html = at > 0 ? readHtml(mail.html.slice(at)) : mailHtml(mail);
    }
    // The client's text conversion of the original ("Sign in <https://…>", "[image: Amazon]") read back:
    // its text as the original's own text reads (the targets and placeholders taken out, as direct HTML
    // reads), and — with no HTML of its own — what it kept of the original's links and images.
    // (A text part with no target or placeholder written out is read as it is: most are, and cost nothing.)
    const shown = html && !WRITTEN_OUT.test(inline.body) ? { text: inline.body, links: [], imageAlts: [], imageSources: [] } : textStructure(inline.body);
    const { text, truncated } = capped(shown.text, mail.clipped);
    const head = raw?.mail;
    return {
      via: "inline",
      from: (head && senderOf(head)) || inline.from,
      replyTo: head ? mailboxes(head.replyTo).slice(0, ADDRESS_LIMIT) : inline.replyTo,
      subject: head?.subject ?? inline.subject,
      date: head?.date ?? inline.date,
      text,
      // (With HTML, every address the text part writes out still counts as a link, as it always has.)
      links: mergeLinks(html?.links ?? shown.links, (html?.forms ?? []).map((href) => ({ href, text: "" })), urlsInText(html ? inline.body.slice(0, TEXT_SCAN_LIMIT) : text)),
      imageAlts: html?.imageAlts ?? shown.imageAlts,
      imageSources: html?.imageSources ?? shown.imageSources,
      attachments: attachmentInfo(mail.attachments),
      headers: head?.headers ?? [...inline.headers, ...mail.headers.filter((h) => FILTER_STAMP.test(h.key))],
      recipients: recipientsOf(head ? mailboxes(head.to).map((a) => a.address) : inline.to, extra),
      truncated,
    };
  }
  return fromMessage(mail, "direct", extra);
}
