import PostalMime, { type Email } from "postal-mime";
import { readHtml, type HtmlDocument } from "./html";
import { CLIP_HEADER, slimMime, slimNonce } from "./slim";

export type ParsedMail = Email & {
  /** Plain text of the body: `text`, or text derived from `html` when the mail is HTML-only. */
  bodyText: string;
  /** True when the body was too long and only its start was kept (see slim.ts and HTML_READ_LIMIT). */
  clipped: boolean;
};

/** Limits given to postal-mime: deep nesting and huge headers reject the parse instead of exhausting memory. */
const PARSE_OPTIONS = {
  // Keep attached originals (forward-as-attachment) as attachments, so their headers survive.
  forceRfc822Attachments: true,
  attachmentEncoding: "arraybuffer",
  maxNestingDepth: 100,
  // Total across all parts. postal-mime joins adjacent encoded words in time quadratic in their
  // length (1 MB of them: ~5 s of CPU); no real mail has more than a few tens of KB of headers.
  maxHeadersSize: 256 * 1024,
} as const;

/** Characters of HTML read at most (links, text, alt texts); more is cut and reported as clipped. */
export const HTML_READ_LIMIT = 1_000_000;

const htmlDocs = new WeakMap<ParsedMail, HtmlDocument>();

/** The mail's HTML read once (text, links, alt texts, forms), or null when it has none. */
export function mailHtml(mail: ParsedMail): HtmlDocument | null {
  if (!mail.html) return null;
  let doc = htmlDocs.get(mail);
  if (!doc) {
    doc = readHtml(mail.html);
    htmlDocs.set(mail, doc);
  }
  return doc;
}

function toBytes(raw: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof raw === "string") return new TextEncoder().encode(raw);
  return raw instanceof Uint8Array ? raw : new Uint8Array(raw);
}

/**
 * The bytes as postal-mime takes them without a copy: it copies a typed array into an ArrayBuffer of
 * its own (its parse only reads it), so the array's own buffer is given when the array spans all of it,
 * as the worker's and a parsed attachment's bytes do.
 */
function wholeBuffer(b: Uint8Array): ArrayBuffer | Uint8Array {
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer ? b.buffer : b;
}

/**
 * Parses one RFC 5322 message. Throws when postal-mime can't make sense of it.
 * Large attachment bodies are not decoded and long text is cut first (src/mail/slim.ts), so
 * time and memory stay small up to Email Routing's 25 MiB.
 */
export async function parseMail(raw: ArrayBuffer | Uint8Array | string): Promise<ParsedMail> {
  const slim = slimMime(toBytes(raw));
  const email = await PostalMime.parse(wholeBuffer(slim.bytes), PARSE_OPTIONS);
  let clipped = slim.clipped;
  // A cut inside an attached message is flagged by a header with our nonce: read it, drop it.
  if (email.headers.some((h) => h.key === CLIP_HEADER)) {
    const nonce = slimNonce();
    clipped ||= email.headers.some((h) => h.key === CLIP_HEADER && h.value === nonce);
    email.headers = email.headers.filter((h) => h.key !== CLIP_HEADER);
    email.headerLines = email.headerLines.filter((h) => h.key !== CLIP_HEADER);
  }
  if (email.html && email.html.length > HTML_READ_LIMIT) {
    email.html = email.html.slice(0, HTML_READ_LIMIT);
    clipped = true;
  }
  const mail = Object.assign(email, { bodyText: "", clipped });
  const text = email.text ?? "";
  mail.bodyText = bodyOf(text, mail.html ? (mailHtml(mail)?.text ?? "") : "");
  return mail;
}

/**
 * The text we analyse: the text part, and the HTML's text too when it says something else (a
 * decoy text part of random letters in front of the real HTML message is a classic trick).
 */
function bodyOf(text: string, htmlText: string): string {
  if (!text.trim()) return htmlText;
  if (!htmlText.trim()) return text;
  const start = (s: string) => s.replace(/\s+/g, "").slice(0, 120);
  return start(text) === start(htmlText) ? text : `${text}\n\n${htmlText}`;
}

/** The first value of a header, by lower-case name. */
export function header(mail: Pick<Email, "headers">, name: string): string | undefined {
  return mail.headers.find((h) => h.key === name)?.value;
}

/** Every value of a header, by lower-case name, in document order. */
export function headers(mail: Pick<Email, "headers">, name: string): string[] {
  return mail.headers.filter((h) => h.key === name).map((h) => h.value);
}
