/**
 * Defanging: every URL, domain and address we quote from a mail is rewritten so that no mail
 * program turns it into a working link (https → hxxps, "." → "[.]", "@" → "[@]").
 */

import { INVISIBLE } from "../text/normalize";

const MAX_QUOTE = 90;

export function defangDomain(domain: string): string {
  return domain.replace(/\./g, "[.]");
}

export function defangAddress(address: string): string {
  // Addresses come from the mail: one line, capped, and a scheme inside one ("https://x@y") defanged too.
  const oneLine = shorten(address.slice(0, 1000).replace(INVISIBLE, "").replace(CONTROLS, " ").trim(), 120);
  return neutralizeTags(neutralizeSchemes(defangDomain(oneLine.replace(/@/g, "[@]"))));
}

/** Cuts `s` to at most `max` code points (the last one "…"), reading no further than it needs. */
function shorten(s: string, max = MAX_QUOTE): string {
  if (s.length <= max) return s;
  let count = 0;
  let i = 0;
  while (i < s.length && count < max) {
    i += s.codePointAt(i)! > 0xffff ? 2 : 1;
    count++;
  }
  return i >= s.length ? s : `${s.slice(0, shortenEnd(s, max - 1))}…`;
}

/** The index after the first `n` code points of `s`. */
function shortenEnd(s: string, n: number): number {
  let i = 0;
  for (let count = 0; i < s.length && count < n; count++) i += s.codePointAt(i)! > 0xffff ? 2 : 1;
  return i;
}

// Schemes that make a link wherever they appear in a quote (a URL inside a URL's query included).
const SCHEMES = /(h)(?:tt|xx)(ps?):|\b(javascript|vbscript):(?!\[)|\b(ftp|file):(?=\/\/)/gi;

function neutralizeSchemes(s: string): string {
  return s.replace(SCHEMES, (_m, h?: string, ps?: string, script?: string, other?: string) =>
    h !== undefined ? `hxx${ps!.toLowerCase()}:` : `${script ?? other}[:]`,
  );
}

/** Line breaks and control characters: a quote stays on its line, whatever it contains. */
const CONTROLS = /[\r\n\t\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** "<script", "<a", "</", "<!": quoted tag openers lose their "<" (a quote never reads as markup, in any part). */
function neutralizeTags(s: string): string {
  return s.replace(/<(?=[a-z!/?])/gi, "‹");
}

export function defangUrl(url: string): string {
  const defanged = url
    .slice(0, 4000)
    .replace(/[\s\u0000-\u001f\u007f]+/g, "")
    .replace(INVISIBLE, "")
    .replace(/^(ftp|file|javascript|data|vbscript):/i, "$1[:]")
    .replace(/\./g, "[.]")
    .replace(/@/g, "[@]");
  return neutralizeTags(shortenDefanged(neutralizeSchemes(defanged), MAX_QUOTE));
}

/** Shortens defanged text without cutting a "[.]", "[@]" or "[:]" in half (half of one reads like the original). */
function shortenDefanged(s: string, max: number): string {
  const out = shorten(s, max);
  if (out === s) return out;
  const body = out.slice(0, -1);
  const open = body.lastIndexOf("[");
  return open !== -1 && body.indexOf("]", open) === -1 && body.length - open < 3 ? `${body.slice(0, open)}…` : out;
}

// Anything in free text that a mail program could make clickable: URLs, addresses, bare domains
// (IDN labels included: 例え.jp).
const LINKISH =
  /(?:(?:https?|ftp|hxxps?):\/\/|\bwww\.)[^\s<>"'`]+|[\p{L}\p{N}_.+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}])/giu;

/** Quotes free text from a mail (a subject, a display name): one line, capped, everything link-like defanged. */
export function defangText(text: string, max = MAX_QUOTE, official?: (domain: string) => boolean): string {
  // Only the start is quoted: never run the patterns over more than a few times what is shown.
  const head = text.length > max * 8 ? text.slice(0, max * 8) : text;
  const oneLine = shorten(head.replace(INVISIBLE, "").replace(CONTROLS, " ").trim(), max);
  // Most quotes (a Japanese subject, a name) hold nothing link-like: the big pattern is not run over them.
  const defanged = !MAYBE_LINKISH.test(oneLine)
    ? oneLine
    : oneLine.replace(LINKISH, (m) =>
        m.includes("://") || /^www\./i.test(m) ? defangUrl(m) : m.includes("@") ? defangAddress(m) : official ? officialOrDefanged(m, official) : defangDomain(m),
      );
  return neutralizeTags(defanged.includes(":") ? neutralizeSchemes(defanged) : defanged);
}

/**
 * What every LINKISH match contains: "://", "www.", "@", or a dot followed by a letter (the last
 * label of a domain). Text without any of them has no match (and SCHEMES needs a ":").
 */
const MAYBE_LINKISH = /:\/\/|www\.|@|\.\p{L}/iu;

/**
 * A brand's official domain (from the rules, never from the mail), shown as the reader knows it —
 * no "[.]" — but still not clickable: a word joiner (U+2060, invisible) before each dot keeps mail
 * programs from turning it into a link, in the text and the HTML part alike. Anything that is not a
 * plain host name is defanged as text.
 */
export function plainDomain(domain: string): string {
  const d = domain.trim();
  return /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}$/i.test(d) ? d.replace(/\./g, "\u2060.") : defangText(domain, 60);
}

/** An address of the brand's own, confirmed as sent by it: shown as written, not clickable (see plainDomain). */
export function plainAddress(address: string): string {
  const a = address.trim();
  const at = a.lastIndexOf("@");
  return /^[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,253}$/i.test(a) ? `${a.slice(0, at)}\u2060@${plainDomain(a.slice(at + 1))}` : defangAddress(address);
}

/** A bare domain in free text: plain when it is an official one ("Amazon.co.jpでのご注文" keeps its Japanese tail), else defanged. */
function officialOrDefanged(m: string, official: (domain: string) => boolean): string {
  const head = /^([a-z0-9.-]+\.[a-z]{2,})(?=[^\x00-\x7f]|$)/i.exec(m)?.[1];
  return head && official(head.toLowerCase()) ? plainDomain(head) + m.slice(head.length) : defangDomain(m);
}

/** A brand's name from the rules ("Booking.com", "ヤマト運輸"): shown as written, a dot in it never clickable; anything odd defanged. */
export function brandName(name: string): string {
  return /^[\p{L}\p{N}\p{M} .&!'()+-]{1,80}$/u.test(name) ? name.replace(/\./g, "\u2060.") : defangText(name, 60);
}
