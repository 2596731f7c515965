import type { Header } from "postal-mime";

/**
 * The original's headers by name, gathered in one pass the first time a signal asks: the signals
 * ask a dozen questions of them (Authentication-Results, From, To, List-Id, List-Post,
 * List-Unsubscribe, the spam filters' stamps), and each used to walk every header of the mail.
 * Only the headers asked for are gathered (a mail has dozens of others: Received, DKIM-Signature, …);
 * a name not listed here is looked for in the whole list. Kept with the header list itself (a
 * WeakMap: nothing outlives the mail).
 */
const ASKED = new Set([
  "from",
  "to",
  "authentication-results",
  "arc-authentication-results",
  "list-id",
  "list-post",
  "list-unsubscribe",
  "x-spam-flag",
  "x-spam-status",
  "x-spam",
  "x-spamd-result",
  "x-forefront-antispam-report",
  "x-forefront-antispam-report-untrusted",
  "x-ms-exchange-organization-scl",
  "x-microsoft-antispam-mailbox-delivery",
]);

const indexes = new WeakMap<readonly Header[], Map<string, string[]>>();

function indexOf(headers: readonly Header[]): Map<string, string[]> {
  let index = indexes.get(headers);
  if (!index) {
    index = new Map();
    for (const { key, value } of headers) {
      if (!ASKED.has(key)) continue;
      const values = index.get(key);
      if (values) values.push(value);
      else index.set(key, [value]);
    }
    indexes.set(headers, index);
  }
  return index;
}

const NONE: readonly string[] = [];

/** Every value of a header, by lower-case name, in document order (none without headers). */
export function headerValues(headers: readonly Header[] | null | undefined, name: string): readonly string[] {
  if (!headers) return NONE;
  if (!ASKED.has(name)) return headers.filter((h) => h.key === name).map((h) => h.value);
  return indexOf(headers).get(name) ?? NONE;
}

/** The first value of a header, by lower-case name. */
export function firstHeader(headers: readonly Header[] | null | undefined, name: string): string | undefined {
  return headerValues(headers, name)[0];
}

/** Whether the mail has a header of this lower-case name. */
export function hasHeader(headers: readonly Header[] | null | undefined, name: string): boolean {
  return headerValues(headers, name).length > 0;
}
