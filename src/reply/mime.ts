import { createMimeMessage } from "mimetext/browser";
import type { ReplyContent } from "./compose";

export type ReplyEnvelope = {
  /** Our check address (the reply's From; it must be on the receiving domain). */
  from: string;
  /** Whoever forwarded the mail to us (the envelope sender). */
  to: string;
  /** Message-ID of the forward we answer, angle brackets included. */
  inReplyTo: string | null;
  references: string | null;
  /** Our Message-ID for this reply (angle brackets included), when we need to recognise answers to it. */
  messageId?: string;
  /** The From display name (default "phishcheck"). */
  fromName?: string;
};

/** The reply as raw MIME (text and HTML alternatives), threaded to the forward and marked auto-replied. */
export function buildReplyMime(env: ReplyEnvelope, content: ReplyContent): string {
  const msg = createMimeMessage();
  msg.setSender({ name: env.fromName || "phishcheck", addr: env.from });
  if (env.messageId) msg.setHeader("Message-ID", env.messageId);
  msg.setRecipient(env.to);
  msg.setSubject(content.subject);
  // Threading headers echo the forward's Message-ID and References: keep only well-formed ids,
  // and only the last few, whatever length and bytes the sender put there.
  const inReplyTo = messageIds(env.inReplyTo ?? "").at(0);
  if (inReplyTo) {
    msg.setHeader("In-Reply-To", inReplyTo);
    const refs = [inReplyTo];
    let length = inReplyTo.length;
    for (const r of messageIds(env.references ?? "").filter((r) => r !== inReplyTo).reverse()) {
      if (refs.length >= MAX_REFERENCES || length + r.length + 1 > MAX_HEADER_CHARS) break;
      refs.unshift(r);
      length += r.length + 1;
    }
    msg.setHeader("References", refs.join(" "));
  }
  msg.setHeader("Auto-Submitted", "auto-replied");
  // Our marker: a reply of ours that comes back (auto-forwarded) is recognised and not answered.
  msg.setHeader("X-Phishcheck", "reply");
  msg.setHeader("X-Auto-Response-Suppress", "All");
  // mimetext writes part bodies as given: encode them ourselves (UTF-8, base64, 76-char lines).
  msg.addMessage({ contentType: "text/plain", encoding: "base64", data: base64Lines(content.text) });
  msg.addMessage({ contentType: "text/html", encoding: "base64", data: base64Lines(content.html) });
  return msg.asRaw();
}

const MAX_REFERENCES = 10;
/** One header line stays under the 998-character limit of RFC 5322 (mimetext does not fold these). */
const MAX_HEADER_CHARS = 900;
const MESSAGE_ID = /<[!-;=?-~]{1,250}>/g;

/** The well-formed Message-IDs in a header value (printable ASCII in angle brackets), read from its first 20,000 characters. */
function messageIds(value: string): string[] {
  return value.slice(0, 20_000).match(MESSAGE_ID) ?? [];
}

const B64 = new TextEncoder().encode("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
const ASCII = new TextDecoder("latin1");
const ENCODER = new TextEncoder();

/** Uint8Array.prototype.toBase64 (workerd and current browsers have it; Node 20 does not). */
type NativeBase64 = Uint8Array & { toBase64?: () => string };

/** Node's Buffer, when the runtime has one (Node 20 has no toBase64, but encodes natively through Buffer). */
type NodeBuffer = { from(b: ArrayBuffer, offset: number, length: number): { toString(encoding: "base64"): string } };
const NODE_BUFFER = (globalThis as { Buffer?: NodeBuffer }).Buffer;

/**
 * UTF-8, base64, lines of 76 characters (RFC 2045). workerd encodes natively (toBase64), Node through
 * its Buffer; elsewhere the bytes are encoded by base64LinesPortable.
 */
export function base64Lines(text: string): string {
  // Line breaks as CRLF (a reply's text has no CR of its own: a plain replace then does it).
  const crlf = text.includes("\r") ? text.replace(/\r?\n/g, "\r\n") : text.replaceAll("\n", "\r\n");
  const b: NativeBase64 = ENCODER.encode(crlf);
  const flat = typeof b.toBase64 === "function" ? b.toBase64() : NODE_BUFFER ? NODE_BUFFER.from(b.buffer as ArrayBuffer, b.byteOffset, b.length).toString("base64") : null;
  if (flat === null) return base64LinesPortable(b);
  const lines: string[] = [];
  for (let i = 0; i < flat.length; i += 76) lines.push(flat.slice(i, i + 76));
  return lines.join("\r\n");
}

/**
 * The same in plain JavaScript, written into one byte array and decoded once (Node's btoa is slow,
 * and a string grown a character at a time costs more than the encoding). Exported for the test
 * that holds both ways to the same output.
 */
export function base64LinesPortable(b: Uint8Array): string {
  const n = b.length;
  const whole = n - (n % 3);
  const chars = 4 * Math.ceil(n / 3);
  const lines = Math.ceil(chars / 76);
  const out = new Uint8Array(chars + 2 * Math.max(0, lines - 1));
  let o = 0;
  let col = 0;
  let i = 0;
  // Whole groups of three bytes; the last one or two bytes, padded, after the loop.
  for (; i < whole; i += 3) {
    if (col === 76) {
      out[o++] = 13;
      out[o++] = 10;
      col = 0;
    }
    const x = (b[i]! << 16) | (b[i + 1]! << 8) | b[i + 2]!;
    out[o++] = B64[x >> 18]!;
    out[o++] = B64[(x >> 12) & 63]!;
    out[o++] = B64[(x >> 6) & 63]!;
    out[o++] = B64[x & 63]!;
    col += 4;
  }
  if (i < n) {
    if (col === 76) {
      out[o++] = 13;
      out[o++] = 10;
    }
    const two = i + 1 < n;
    const x = (b[i]! << 16) | (two ? b[i + 1]! << 8 : 0);
    out[o++] = B64[x >> 18]!;
    out[o++] = B64[(x >> 12) & 63]!;
    out[o++] = two ? B64[(x >> 6) & 63]! : 61;
    out[o++] = 61;
  }
  return ASCII.decode(out);
}

