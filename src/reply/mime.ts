import { MIMEMessage, type EnvironmentContext } from "mimetext/browser";
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
  const msg = new MIMEMessage(MIME_CONTEXT);
  // The Date mimetext would write (its generator's format, "+0000" for "GMT"), without its regular expression.
  msg.setHeader("Date", `${new Date().toUTCString().slice(0, -3)}+0000`);
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

/** Uint8Array.prototype.toBase64 (workerd and current browsers have it; Node 20 does not). */
type NativeBase64 = Uint8Array & { toBase64?: () => string };
const NATIVE = typeof (Uint8Array.prototype as NativeBase64).toBase64 === "function";

/** Node's Buffer, when the runtime has one (Node 20 has no toBase64, but encodes natively through Buffer). */
type NodeBuffer = { from(b: ArrayBuffer, offset: number, length: number): { toString(encoding: "base64"): string } };
const NODE_BUFFER = (globalThis as { Buffer?: NodeBuffer }).Buffer;

/**
 * One buffer for the UTF-8 of every text encoded here, grown when a text needs more: a reply's text
 * and HTML, its subject and sender name. (TextEncoder.encode is a call into the runtime and a new
 * buffer each time; in workerd it cost more than the base64 itself.)
 */
let utf8Buffer = new Uint8Array(1 << 16);
const ENCODER = new TextEncoder();
/** A line feed not already after a carriage return. */
const LONE_LF = /(?<!\r)\n/g;

/**
 * The UTF-8 of `s` (a lone surrogate as U+FFFD, as TextEncoder writes it) into utf8Buffer; with `crlf`,
 * each line break not already CRLF written as CRLF. Returns the number of bytes. Where the runtime has
 * no native base64 (Node 20), by TextEncoder.encodeInto after a replaceAll for the line breaks (in Node
 * 8 % of the reply faster than the loop); in workerd by the loop below, which there beats the two
 * (workerd CPU profile over 600 corpus mails: 87 ms for the loop, 140 ms for replaceAll + encodeInto).
 */
function utf8(s: string, crlf: boolean): number {
  if (NATIVE) return utf8Loop(s, crlf);
  const text = !crlf || !s.includes("\n") ? s : s.includes("\r") ? s.replace(LONE_LF, "\r\n") : s.replaceAll("\n", "\r\n");
  // At most 3 bytes per UTF-16 unit (a pair's 4 bytes are 2 per unit).
  if (3 * text.length > utf8Buffer.length) utf8Buffer = new Uint8Array(3 * text.length + 1024);
  return ENCODER.encodeInto(text, utf8Buffer).written;
}

/** The same, written by a loop over the characters, with CRLF on the way. */
function utf8Loop(s: string, crlf: boolean): number {
  const n = s.length;
  // At most 3 bytes per UTF-16 unit (a pair's 4 bytes are 2 per unit; CR LF is 2 for a LF).
  if (3 * n > utf8Buffer.length) utf8Buffer = new Uint8Array(3 * n + 1024);
  const out = utf8Buffer;
  let o = 0;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 10 && crlf && (i === 0 || s.charCodeAt(i - 1) !== 13)) out[o++] = 13;
      out[o++] = c;
    } else if (c < 0x800) {
      out[o++] = 0xc0 | (c >> 6);
      out[o++] = 0x80 | (c & 63);
    } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
      out[o++] = 0xf0 | (c >> 18);
      out[o++] = 0x80 | ((c >> 12) & 63);
      out[o++] = 0x80 | ((c >> 6) & 63);
      out[o++] = 0x80 | (c & 63);
    } else {
      if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
      out[o++] = 0xe0 | (c >> 12);
      out[o++] = 0x80 | ((c >> 6) & 63);
      out[o++] = 0x80 | (c & 63);
    }
  }
  return o;
}

/** The bytes either way writes (a copy), for the test that holds the two to the same output. */
export function utf8Both(s: string, crlf: boolean): [loop: Uint8Array, encoder: Uint8Array] {
  const loop = utf8Buffer.slice(0, utf8Loop(s, crlf));
  const text = crlf ? s.replace(LONE_LF, "\r\n") : s;
  return [loop, ENCODER.encode(text)];
}

/** Base64 of the first `n` bytes of utf8Buffer, in one line (native where the runtime has it). */
function base64Flat(n: number): string | null {
  const b = utf8Buffer.subarray(0, n) as NativeBase64;
  if (NATIVE) return b.toBase64!();
  if (NODE_BUFFER) return NODE_BUFFER.from(b.buffer as ArrayBuffer, 0, n).toString("base64");
  return null;
}

/** UTF-8 then base64, one line, with padding: the encoded-word text of a header (the subject, the sender's name). */
export function base64Header(s: string): string {
  const n = utf8(s, false);
  return base64Flat(n) ?? base64LinesPortable(utf8Buffer.subarray(0, n)).replaceAll("\r\n", "");
}

/**
 * mimetext's environment for the reply: its own (js-base64) encoder for the headers replaced by
 * base64Header, which writes the same text (standard base64 of the UTF-8, padded); the rest as
 * mimetext/browser's createMimeMessage sets it.
 */
const MIME_CONTEXT: EnvironmentContext = {
  toBase64: base64Header,
  toBase64WebSafe: (s) => base64Header(s).replace(/[+/=]/g, (c) => (c === "+" ? "-" : c === "/" ? "_" : "")),
  eol: "\r\n",
  validateContentType: (v) => (v.length > 0 ? v : false),
};

/**
 * UTF-8, base64, lines of 76 characters (RFC 2045), line breaks as CRLF. The UTF-8 is written here,
 * then encoded natively where the runtime can (workerd's toBase64, Node's Buffer); elsewhere by
 * base64LinesPortable.
 */
export function base64Lines(text: string): string {
  const n = utf8(text, true);
  const flat = base64Flat(n);
  if (flat === null) return base64LinesPortable(utf8Buffer.subarray(0, n));
  if (flat.length <= 76) return flat;
  // Concatenated, not pushed and joined: the line strings are slices of the flat one.
  let out = flat.slice(0, 76);
  for (let i = 76; i < flat.length; i += 76) out += `\r\n${flat.slice(i, i + 76)}`;
  return out;
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

