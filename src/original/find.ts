import type { Attachment } from "postal-mime";
import { mailHtml, parseMail, type ParsedMail } from "../mail/parse";
import { readHtml } from "../mail/html";
import { omittedPart, zipNames } from "../mail/slim";
import { findInlineForward } from "./inline";
import { senderOf } from "./sender";
import { urlsInText } from "./urls";
import type { AttachmentInfo, Link, MailAddress, Original } from "./types";

/** Text beyond this many characters is not scanned (stated in the reply's reasons when hit). */
export const TEXT_SCAN_LIMIT = 200_000;
/** Links beyond this many are not analysed. */
export const LINK_LIMIT = 500;
/** A message with an attached message and no more text than this is a forward, not the original. */
const FORWARD_NOTE_MAX = 1000;
/** How deep forwarded attachments inside forwarded attachments are opened. */
const MAX_ATTACHED_DEPTH = 3;

const FORWARD_MARKER_IN_HTML =
  /(?<!-)-{2,}\s*(?:Forwarded message|Original Message|Forwarded Message|転送されたメッセージ|転送メッセージ|元のメッセージ)\s*-{2,}|Begin forwarded message\s*:|転送されたメッセージ\s*[:：]|class="(?:gmail_quote|OutlookMessageHeader)|id="(?:divRplyFwdMsg|appendonsend)"/i;

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

/** An Original from a whole message (the attached one, or the mail itself). */
function fromMessage(mail: ParsedMail, via: "attachment" | "direct", extraRecipients: string[]): Original {
  const html = mailHtml(mail);
  const { text, truncated } = capped(mail.bodyText, mail.clipped);
  return {
    via,
    from: senderOf(mail),
    replyTo: mailboxes(mail.replyTo),
    subject: mail.subject ?? "",
    date: mail.date ?? null,
    text,
    links: mergeLinks(html?.links ?? [], (html?.forms ?? []).map((href) => ({ href, text: "" })), urlsInText(text)),
    imageAlts: html?.imageAlts ?? [],
    imageSources: html?.imageSources ?? [],
    attachments: attachmentInfo(mail.attachments),
    headers: mail.headers,
    recipients: [...new Set([...mailboxes(mail.to).map((a) => a.address), ...extraRecipients].filter(Boolean))],
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
        return fromMessage(inner, "attachment", extra);
      }
    } catch {
      // An attachment we can't parse: fall back to what the outer mail shows.
    }
  }
  const inline = findInlineForward(mail.bodyText);
  if (inline) {
    let html = null;
    if (mail.html) {
      const at = mail.html.search(FORWARD_MARKER_IN_HTML);
      // The whole HTML is read once per mail (mailHtml); only a forward further down reads its tail again.
      html = at > 0 ? readHtml(mail.html.slice(at)) : mailHtml(mail);
    }
    const { text, truncated } = capped(inline.body, mail.clipped);
    return {
      via: "inline",
      from: inline.from,
      replyTo: inline.replyTo,
      subject: inline.subject,
      date: inline.date,
      text,
      links: mergeLinks(html?.links ?? [], (html?.forms ?? []).map((href) => ({ href, text: "" })), urlsInText(text)),
      imageAlts: html?.imageAlts ?? [],
      imageSources: html?.imageSources ?? [],
      attachments: attachmentInfo(mail.attachments),
      headers: null,
      recipients: [...new Set([...inline.to, ...extra])],
      truncated,
    };
  }
  return fromMessage(mail, "direct", extra);
}
