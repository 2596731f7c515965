import { decode } from "punycode/punycode.es6.js";

/**
 * Decodes one punycode label (the part after "xn--"), RFC 3492, with the `punycode` package.
 * Returns null when it is malformed: a character that is no base-36 digit ("mazon-3v!"), a
 * truncated number, an overflow, a non-ASCII basic part, or a label that decodes to ASCII only
 * (IDNA refuses an "xn--" label that is not an internationalised name).
 */
export function decodePunycodeLabel(input: string): string | null {
  try {
    const label = decode(input);
    return /[^\x00-\x7f]/.test(label) ? label : null;
  } catch {
    return null;
  }
}
