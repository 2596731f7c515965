import { parse } from "tldts";
import { decodePunycodeLabel } from "./punycode";
import { trimChars } from "./strings";

export type HostInfo = {
  /** Lower-case host name as written (punycode kept). */
  host: string;
  /** Registrable domain (amazon.co.jp), or the host itself for IPs and unknown suffixes. */
  domain: string;
  /** The registrable domain without its public suffix (amazon). */
  label: string;
  /** The public suffix (co.jp). */
  suffix: string;
  /** The last label (jp). */
  tld: string;
  isIp: boolean;
};

const cache = new Map<string, HostInfo>();

/** Host facts through tldts (ICANN section: x.github.io has registrable domain github.io). */
export function hostInfo(rawHost: string): HostInfo {
  let host = rawHost.trim().toLowerCase().replace(/\.$/, "").replace(/^\[|\]$/g, "");
  // No real host name is longer than 253 characters; of a longer one only the end (where the
  // registrable domain is) is read, from a label boundary, so per-label work stays bounded.
  if (host.length > 253) host = host.slice(-253).replace(/^[^.]*\./, "");
  const hit = cache.get(host);
  if (hit) return hit;
  const p = parse(host, { allowPrivateDomains: false, extractHostname: false, validateHostname: false });
  const isIp = !!p.isIp;
  const info: HostInfo = {
    host,
    domain: isIp ? host : (p.domain ?? host),
    label: isIp ? "" : (p.domainWithoutSuffix ?? host.split(".")[0] ?? ""),
    suffix: p.publicSuffix ?? "",
    tld: isIp ? "" : (host.split(".").pop() ?? ""),
    isIp,
  };
  if (cache.size > 5000) cache.clear();
  cache.set(host, info);
  return info;
}

/** The host and each parent of it: a.b.c.jp → a.b.c.jp, b.c.jp, c.jp, jp. */
export function* hostSuffixes(host: string): Generator<string> {
  let h = host;
  for (;;) {
    yield h;
    const dot = h.indexOf(".");
    if (dot < 0) return;
    h = h.slice(dot + 1);
  }
}

/** Domain part of an e-mail address, lower case ("" when there is none). */
/** The host of an http(s) link as written (lower-cased, no userinfo, port or trailing dot), or null. */
export function linkHost(href: string): string | null {
  return /^https?:\/\/(?:[^/?#@\s]*@)?([^/?#:\s]+)/i.exec(href.trim())?.[1]?.toLowerCase().replace(/\.$/, "") ?? null;
}

export function addressDomain(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? "" : trimChars(address.slice(at + 1).trim().toLowerCase(), ">].", { start: false });
}

// Cyrillic and Greek letters that look like Latin ones (lower and upper case).
const SCRIPT_LOOKALIKE: Record<string, string> = {
  "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ո": "n",
  "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X", "І": "I",
  "ν": "v", "ο": "o", "α": "a", "ι": "i", "κ": "k", "ρ": "p", "τ": "t", "ε": "e", "υ": "u",
  "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
  "ɡ": "g", "ı": "i",
};

/** Replaces Cyrillic/Greek look-alike letters with the Latin ones they imitate (РayPal → PayPal). */
export function latinLookalikes(s: string): string {
  if (!/[\u0370-\u04ff\u0250-\u02af\u0131]/.test(s)) return s;
  let out = "";
  for (const ch of s) out += SCRIPT_LOOKALIKE[ch] ?? ch;
  return out;
}

/** True when one word mixes Latin letters with Cyrillic or Greek ones: a name dressed up to dodge filters. */
export function mixesScripts(s: string): boolean {
  return s.split(/[\s@._-]+/).some((w) => /[a-z]/i.test(w) && /[\u0370-\u03ff\u0400-\u04ff]/.test(w));
}

// Letters that read alike in a domain label: digits for letters, l/i/1, and (via latinLookalikes) Cyrillic/Greek.
const CONFUSABLE: Record<string, string> = {
  "0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "@": "a", "$": "s",
  i: "l", "|": "l", "!": "l", "ł": "l", "ß": "b",
};

/**
 * The "skeleton" of a domain label: what a reader sees, so amaz0n, arnazon, аmazon (Cyrillic а)
 * and xn--mazon-3ve all fold to the same string as amazon. Hyphens are dropped.
 */
export function skeleton(label: string, keepHyphens = false): string {
  const uni = label.startsWith("xn--") ? decodePunycodeLabel(label.slice(4)) ?? label : label;
  let s = latinLookalikes(uni.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")).toLowerCase();
  let out = "";
  for (const ch of s) out += CONFUSABLE[ch] ?? ch;
  s = out.replace(/rn/g, "m").replace(/vv/g, "w").replace(/cl/g, "d");
  return keepHyphens ? s : s.replace(/-/g, "");
}

/** The label with each single character deleted (SymSpell neighbourhood, distance 1). */
export function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}
