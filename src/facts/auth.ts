import { firstHeader } from "./headers";
import type { Original } from "../original/types";
import { hostInfo } from "../text/host";
import type { SenderFacts } from "./domain-facts";

/** What the original's own Authentication-Results say, and whether the mail carries someone else's words. */

export type AuthResults = {
  dmarc?: { result: string; from?: string };
  spf?: { result: string; domain?: string };
  dkim: { result: string; domain?: string }[];
  /** Microsoft's composite verdict (compauth=fail: the receiving service itself thinks the sender is forged). */
  compauth?: string;
};

function stripComments(s: string): string {
  if (!s.includes("(")) return s;
  let out = "";
  let depth = 0;
  for (const ch of s) {
    if (ch === "(") depth++;
    else if (ch === ")" && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/** A property of a method's result ("header.d=example.com"), its value. */
const PROP = {
  headerFrom: /header\.from\s*=\s*"?@?([^\s";]+)/i,
  mailFrom: /smtp\.mailfrom\s*=\s*"?@?([^\s";]+)/i,
  headerD: /header\.d\s*=\s*"?@?([^\s";]+)/i,
  headerI: /header\.i\s*=\s*"?@?([^\s";]+)/i,
};

/** Parses one Authentication-Results (RFC 8601) value. */
export function parseAuthResults(value: string): AuthResults {
  const res: AuthResults = { dkim: [] };
  const parts = stripComments(value).split(";").slice(1);
  for (const part of parts) {
    const m = /^\s*([a-z-]+)\s*=\s*([a-z]+)(.*)$/is.exec(part);
    if (!m) continue;
    const method = m[1]!.toLowerCase();
    const result = m[2]!.toLowerCase();
    const prop = (name: RegExp) => name.exec(m[3]!)?.[1]?.toLowerCase();
    if (method === "dmarc" && !res.dmarc) res.dmarc = { result, from: prop(PROP.headerFrom) };
    else if (method === "spf" && !res.spf) res.spf = { result, domain: prop(PROP.mailFrom)?.replace(/^.*@/, "") };
    else if (method === "compauth" && !res.compauth) res.compauth = result;
    else if (method === "dkim") res.dkim.push({ result, domain: prop(PROP.headerD) ?? prop(PROP.headerI)?.replace(/^.*@/, "") });
  }
  return res;
}

/**
 * Notices that carry someone else's words through a big service: "Anna (via Google Drive)",
 * drive-shares-noreply@google.com, "X invited you to view / shared a document with you".
 */
const RELAY_NAME = /\((?:via|über|par|por|через|経由)\s[^()]{1,80}\)|\bvia\s+(?:google|dropbox|docusign|onedrive|sharepoint|microsoft|adobe|box|canva|paypal)/i;
const RELAY_MAILBOX = /^(?:drive-shares|drive-shares-dm|comments|calendar-notification|forms-receipts|notify|sharepointonline|no-reply-sharepoint)[-+\w]*@/i;
const RELAY_SUBJECT = /\b(?:shared (?:a |an |the )?(?:file|folder|document|item|collection|spreadsheet|presentation)|invited you to (?:view|edit|comment|join)|has shared|wants to share)\b/i;

export function relayedContent(o: Original): boolean {
  return RELAY_NAME.test((o.from?.name ?? "").slice(0, 300)) || RELAY_MAILBOX.test(o.from?.address ?? "") || RELAY_SUBJECT.test(o.subject);
}

/**
 * Services that send their users' messages from their own domain and set Reply-To to the user: a poll's
 * organiser (Doodle), a shop's invoice or order mail (Square, Shopify). Answers going to the user's own
 * mailbox is the point. Not Eventbrite: anyone can make an "event" there, and phishing does, to mail from
 * its authenticated domain with answers going to a free mailbox (the dev corpus has two).
 */
const FOR_USERS = new Set(["doodle.com", "squareup.com", "shopifyemail.com"]);

/** Whether this registrable domain is such a service (see FOR_USERS). */
export function sendsForUsers(domain: string): boolean {
  return FOR_USERS.has(domain);
}

/**
 * True when the original's own authentication results show it really came from its From domain
 * (DMARC pass, or an aligned DKIM/SPF pass without a DMARC failure). False when they are missing.
 */
export function senderAuthenticated(original: Original, sender: SenderFacts): boolean {
  if (!sender) return false;
  const auth = authResults(original);
  if (!auth) return false;
  const org = sender.facts.info.domain;
  if (auth.dmarc?.result === "fail") return false;
  return (
    auth.dmarc?.result === "pass" ||
    auth.dkim.some((d) => d.result === "pass" && !!d.domain && hostInfo(d.domain).domain === org) ||
    (auth.spf?.result === "pass" && !!auth.spf.domain && hostInfo(auth.spf.domain).domain === org)
  );
}

const parsedResults = new WeakMap<Original, AuthResults | null>();

/**
 * The original's own authentication results: its topmost Authentication-Results (added by the
 * reader's own provider), else its first ARC-Authentication-Results; null when it has neither.
 * Parsed once per original (the auth and link signals both read them).
 */
export function authResults(original: Original): AuthResults | null {
  let auth = parsedResults.get(original);
  if (auth === undefined) {
    const raw = firstHeader(original.headers, "authentication-results") ?? firstHeader(original.headers, "arc-authentication-results");
    auth = raw ? parseAuthResults(raw) : null;
    parsedResults.set(original, auth);
  }
  return auth;
}
