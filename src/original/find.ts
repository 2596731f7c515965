import type { Attachment } from "postal-mime";
import { parseMail, type ParsedMail } from "../mail/parse";
import { readHtml } from "../mail/html";
import { findInlineForward } from "./inline";
import { urlsInText } from "./urls";
import type { AttachmentInfo, Link, MailAddress, Original } from "./types";

/** Text beyond this many characters is not scanned (stated in the reply's reasons when hit). */
export const TEXT_SCAN_LIMIT = 200_000;
/** Links beyond this many are not analysed. */
export const LINK_LIMIT = 500;
/** How deep forwarded attachments inside forwarded attachments are opened. */
const MAX_ATTACHED_DEPTH = 3;

const FORWARD_MARKER_IN_HTML =
  /-{2,}\s*(?:Forwarded message|Original Message|Forwarded Message|転送されたメッセージ|転送メッセージ|元のメッセージ)\s*-{2,}|Begin forwarded message\s*:|転送されたメッセージ\s*[:：]|class="(?:gmail_quote|OutlookMessageHeader)|id="(?:divRplyFwdMsg|appendonsend)"/i;

function isAttachedMessage(a: Attachment): boolean {
  return a.mimeType === "message/rfc822" || (!!a.filename && /\.eml$/i.test(a.filename) && a.mimeType !== "text/html");
}

function firstMailbox(addr: ParsedMail["from"]): MailAddress | null {
  if (!addr) return null;
  if (addr.address !== undefined) return { name: addr.name ?? "", address: (addr.address ?? "").toLowerCase() };
  const m = addr.group[0];
  return m ? { name: m.name ?? "", address: m.address.toLowerCase() } : null;
}

function mailboxes(list: ParsedMail["to"]): MailAddress[] {
  const out: MailAddress[] = [];
  for (const a of list ?? []) {
    if (a.address !== undefined) out.push({ name: a.name ?? "", address: a.address.toLowerCase() });
    else for (const m of a.group) out.push({ name: m.name ?? "", address: m.address.toLowerCase() });
  }
  return out;
}

function attachmentInfo(list: Attachment[]): AttachmentInfo[] {
  return list
    .filter((a) => !isAttachedMessage(a))
    .map((a) => ({
      filename: a.filename ?? "",
      mimeType: a.mimeType,
      size: typeof a.content === "string" ? a.content.length : a.content.byteLength,
    }));
}

function capped(text: string): { text: string; truncated: boolean } {
  return text.length > TEXT_SCAN_LIMIT ? { text: text.slice(0, TEXT_SCAN_LIMIT), truncated: true } : { text, truncated: false };
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
  const html = mail.html ? readHtml(mail.html) : null;
  const { text, truncated } = capped(mail.bodyText);
  return {
    via,
    from: firstMailbox(mail.from),
    replyTo: mailboxes(mail.replyTo),
    subject: mail.subject ?? "",
    date: mail.date ?? null,
    text,
    links: mergeLinks(html?.links ?? [], (html?.forms ?? []).map((href) => ({ href, text: "" })), urlsInText(text)),
    imageAlts: html?.imageAlts ?? [],
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
        // A forward of a forward, both as attachments: the innermost is the original.
        if (inner.attachments.some(isAttachedMessage) && !inner.bodyText.trim()) return findOriginal(inner, forwarder, depth + 1);
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
      html = readHtml(at >= 0 ? mail.html.slice(at) : mail.html);
    }
    const { text, truncated } = capped(inline.body);
    return {
      via: "inline",
      from: inline.from,
      replyTo: inline.replyTo,
      subject: inline.subject,
      date: inline.date,
      text,
      links: mergeLinks(html?.links ?? [], (html?.forms ?? []).map((href) => ({ href, text: "" })), urlsInText(text)),
      imageAlts: html?.imageAlts ?? [],
      attachments: attachmentInfo(mail.attachments),
      headers: null,
      recipients: [...new Set([...inline.to, ...extra])],
      truncated,
    };
  }
  return fromMessage(mail, "direct", extra);
}
