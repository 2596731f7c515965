import PostalMime, { type Email } from "postal-mime";
import { htmlToText } from "./html";

export type ParsedMail = Email & {
  /** Plain text of the body: `text`, or text derived from `html` when the mail is HTML-only. */
  bodyText: string;
};

/** Limits given to postal-mime: deep nesting and huge headers reject the parse instead of exhausting memory. */
const PARSE_OPTIONS = {
  // Keep attached originals (forward-as-attachment) as attachments, so their headers survive.
  forceRfc822Attachments: true,
  attachmentEncoding: "arraybuffer",
  maxNestingDepth: 100,
  maxHeadersSize: 2 * 1024 * 1024,
} as const;

/** Parses one RFC 5322 message. Throws when postal-mime can't make sense of it. */
export async function parseMail(raw: ArrayBuffer | Uint8Array | string): Promise<ParsedMail> {
  const email = await PostalMime.parse(raw, PARSE_OPTIONS);
  const text = email.text ?? "";
  const bodyText = text.trim() ? text : email.html ? htmlToText(email.html) : "";
  return Object.assign(email, { bodyText });
}

/** The first value of a header, by lower-case name. */
export function header(mail: Pick<Email, "headers">, name: string): string | undefined {
  return mail.headers.find((h) => h.key === name)?.value;
}

/** Every value of a header, by lower-case name, in document order. */
export function headers(mail: Pick<Email, "headers">, name: string): string[] {
  return mail.headers.filter((h) => h.key === name).map((h) => h.value);
}
