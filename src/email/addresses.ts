import { addressParser, decodeWords } from "postal-mime";

/** Header values are read no further than this (quoted short; postal-mime's decoders are not linear on huge input). */
const HEADER_READ = 4000;

/**
 * The first address in a header value or an envelope address ("Name <a@b>", "<a@b>", a bare
 * address), lower-cased, through postal-mime's address parser; "" when there is none.
 */
export function firstAddress(value: string | null | undefined): string {
  const head = (value ?? "").slice(0, HEADER_READ).trim();
  if (!head) return "";
  try {
    const hit = addressParser(head, { flatten: true }).find((a) => a.address?.includes("@"));
    return hit?.address?.trim().toLowerCase() ?? "";
  } catch {
    return "";
  }
}

/** The local part of an address ("" when there is no @). */
export function localPart(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? "" : address.slice(0, at);
}

/**
 * A header value as text: the platform hands over raw values, so RFC 2047 encoded words
 * (=?ISO-2022-JP?B?…?=) are decoded here. Only the start is read: it is quoted short, and
 * joining thousands of encoded words costs quadratic time in postal-mime.
 */
export function headerText(value: string | null): string {
  const head = (value ?? "").slice(0, HEADER_READ);
  try {
    return decodeWords(head);
  } catch {
    return head;
  }
}
