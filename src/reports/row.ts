import { getDomain } from "tldts";
import type { CheckResult } from "../check";
import { addressDomain } from "../text/host";
import { stripReplyPrefixes } from "../text/subject";

/**
 * One reports row (migrations/0001_reports.sql), built from a verdict — metadata only. Text the
 * mail's author wrote is limited to the subject, and only for dangerous/suspicious verdicts
 * (an attacker's words, needed to recognise a campaign); the body never enters a row.
 */
export type ReportRecord = {
  id: string;
  receivedAt: number;
  verdict: CheckResult["verdict"];
  score: number;
  codes: string[];
  brand: string | null;
  via: "attached" | "inline" | "direct";
  language: string;
  ms: number;
  reporter: string;
  replyMessageId: string | null;
  senderDomain: string | null;
  linkDomains: string[];
  subject: string | null;
  campaign: string | null;
};

export const MAX_LINK_DOMAINS = 5;
const SUBJECT_MAX = 200;

/**
 * The host of a plain web link read without the URL parser, or undefined when the link is not that
 * plain: "http(s)://" (or no scheme at all, read as http) and a host of letters, digits and hyphens in
 * non-empty dot-separated labels (a trailing dot allowed), ended by "/", "\\", "?", "#" or the end. For
 * such a host the WHATWG parser only lower-cases (no percent-decoding, no userinfo, no port to check, no
 * tab or newline to drop, no IDNA: "xn--" labels are left to it); a last label that is a number or
 * starts "0x" would make it an IPv4 address and is left to it too.
 */
const PLAIN_HOST = /^(?:https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.?)(?=[/\\?#]|$)/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const IDNA = /xn--/i;
const NUMERIC_LAST = /(?:^|\.)(?:\d+|0x[0-9a-f]*)\.?$/i;

function plainHost(href: string): string | undefined {
  const m = PLAIN_HOST.exec(href);
  if (!m) return undefined;
  // Without "http(s)://" the link must have no scheme at all ("www.example.com/x"; "mailto:…" has one).
  if (m[0].length === m[1]!.length && SCHEME.test(href)) return undefined;
  const host = m[1]!;
  if (NUMERIC_LAST.test(host) || IDNA.test(host)) return undefined;
  return host.toLowerCase();
}

/** The registrable domain of a link target (private suffixes kept: evil.web.app, not web.app), or null. */
export function linkDomain(href: string): string | null {
  let host = plainHost(href);
  if (host === undefined) {
    try {
      host = new URL(SCHEME.test(href) ? href : `http://${href}`).hostname;
    } catch {
      return null;
    }
  }
  return hostDomain(host);
}

function hostDomain(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  if (!host || !host.includes(".") && !host.includes(":")) return null;
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** Distinct link domains, first appearance first, at most `max`; and the one most links go to. */
export function linkDomains(links: string[], max = MAX_LINK_DOMAINS): { domains: string[]; main: string | null } {
  const counts = new Map<string, number>();
  // A mail's links mostly repeat a few hosts (a tracker, the shop): each host's domain is looked up once.
  const domainOf = new Map<string, string | null>();
  for (const href of links) {
    const host = plainHost(href);
    let d: string | null;
    if (host === undefined) d = linkDomain(href);
    else {
      const known = domainOf.get(host);
      d = known !== undefined ? known : hostDomain(host);
      if (known === undefined) domainOf.set(host, d);
    }
    if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let main: string | null = null;
  for (const [d, n] of counts) if (main === null || n > counts.get(main)!) main = d;
  return { domains: [...counts.keys()].slice(0, max), main };
}

/** A subject as a campaign sees it: width/case folded, Re:/Fwd:/転送: prefixes and numbers (order ids) ignored. */
export function normaliseSubject(subject: string): string {
  const s = stripReplyPrefixes(subject.slice(0, 300).normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim());
  return s.replace(/\d+/g, "#").slice(0, 80);
}

/** Groups reports of one attack: sender domain | main link domain | normalised subject. */
export function campaignKey(senderDomain: string | null, mainLink: string | null, subject: string): string {
  return `${senderDomain ?? "-"}|${mainLink ?? "-"}|${normaliseSubject(subject)}`;
}

const VIA = { attachment: "attached", inline: "inline", direct: "direct" } as const;

export function reportRecord(
  result: CheckResult,
  meta: { id: string; receivedAt: number; ms: number; reporter: string; replyMessageId: string | null },
): ReportRecord {
  const alarming = result.verdict === "dangerous" || result.verdict === "suspicious";
  const original = result.original;
  const sender = original?.from?.address ? addressDomain(original.from.address) || null : null;
  const links = alarming ? linkDomains(original?.links ?? []) : { domains: [], main: null };
  const subject = alarming ? (original?.subject ?? "").replace(/\s+/g, " ").trim().slice(0, SUBJECT_MAX) : "";
  // The meta fields one by one, not spread: an object spread followed by more fields took V8 some 15 µs
  // a row (a slow copy), a tenth of the whole analysis of a typical mail; the fields and their order are the same.
  return {
    id: meta.id,
    receivedAt: meta.receivedAt,
    ms: meta.ms,
    reporter: meta.reporter,
    replyMessageId: meta.replyMessageId,
    verdict: result.verdict,
    score: result.score,
    codes: [...new Set(result.reasons.map((r) => r.code))],
    brand: result.brand?.id ?? null,
    via: original ? VIA[original.via] : "direct",
    language: result.language,
    senderDomain: alarming ? sender : null,
    linkDomains: links.domains,
    subject: alarming ? subject : null,
    campaign: alarming ? campaignKey(sender, links.main, subject) : null,
  };
}
