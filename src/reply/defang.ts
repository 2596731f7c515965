/**
 * Defanging: every URL, domain and address we quote from a mail is rewritten so that no mail
 * program turns it into a working link (https → hxxps, "." → "[.]", "@" → "[@]").
 */

const MAX_QUOTE = 90;

export function defangDomain(domain: string): string {
  return domain.replace(/\./g, "[.]");
}

export function defangAddress(address: string): string {
  return defangDomain(address.replace(/@/g, "[@]"));
}

function shorten(s: string, max = MAX_QUOTE): string {
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : s;
}

export function defangUrl(url: string): string {
  return shorten(url.replace(/[\s\u0000-\u001f\u007f]+/g, ""))
    .replace(/^http/i, "hxxp")
    .replace(/^(ftp|file|javascript|data|vbscript):/i, "$1[:]")
    .replace(/\./g, "[.]")
    .replace(/@/g, "[@]");
}

// Anything in free text that a mail program could make clickable: URLs, addresses, bare domains.
const LINKISH =
  /\b(?:(?:https?|ftp|hxxps?):\/\/|www\.)[^\s<>"'`]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b/gi;

/** Quotes free text from a mail (a subject, a display name): one line, capped, everything link-like defanged. */
export function defangText(text: string, max = MAX_QUOTE): string {
  const oneLine = shorten(text.replace(/[\r\n\t\u0000-\u001f\u007f\u2028\u2029]+/g, " ").trim(), max);
  return oneLine.replace(LINKISH, (m) => (m.includes("://") || /^www\./i.test(m) ? defangUrl(m) : m.includes("@") ? defangAddress(m) : defangDomain(m)));
}
