import { REASONS } from "../reasons/catalogue";
import { header } from "../mail/parse";
import { hostInfo } from "../text/host";
import { senderBrand } from "../facts/domain-facts";
import type { Signal, SignalContext } from "./types";

export type AuthResults = {
  dmarc?: { result: string; from?: string };
  spf?: { result: string; domain?: string };
  dkim: { result: string; domain?: string }[];
  /** Microsoft's composite verdict (compauth=fail: the receiving service itself thinks the sender is forged). */
  compauth?: string;
};

function stripComments(s: string): string {
  let out = "";
  let depth = 0;
  for (const ch of s) {
    if (ch === "(") depth++;
    else if (ch === ")" && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/** Parses one Authentication-Results (RFC 8601) value. */
export function parseAuthResults(value: string): AuthResults {
  const res: AuthResults = { dkim: [] };
  const parts = stripComments(value).split(";").slice(1);
  for (const part of parts) {
    const m = /^\s*([a-z-]+)\s*=\s*([a-z]+)(.*)$/is.exec(part);
    if (!m) continue;
    const method = m[1]!.toLowerCase();
    const result = m[2]!.toLowerCase();
    const prop = (name: string) => new RegExp(`${name}\\s*=\\s*"?@?([^\\s";]+)`, "i").exec(m[3]!)?.[1]?.toLowerCase();
    if (method === "dmarc" && !res.dmarc) res.dmarc = { result, from: prop("header\\.from") };
    else if (method === "spf" && !res.spf) res.spf = { result, domain: prop("smtp\\.mailfrom")?.replace(/^.*@/, "") };
    else if (method === "compauth" && !res.compauth) res.compauth = result;
    else if (method === "dkim") res.dkim.push({ result, domain: prop("header\\.d") ?? prop("header\\.i")?.replace(/^.*@/, "") });
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

export function relayedContent(o: SignalContext["original"]): boolean {
  return RELAY_NAME.test((o.from?.name ?? "").slice(0, 300)) || RELAY_MAILBOX.test(o.from?.address ?? "") || RELAY_SUBJECT.test(o.subject);
}

/**
 * True when the original's own authentication results show it really came from its From domain
 * (DMARC pass, or an aligned DKIM/SPF pass without a DMARC failure). False when they are missing.
 */
export function senderAuthenticated(original: SignalContext["original"], sender: SignalContext["sender"]): boolean {
  if (!original.headers || !sender) return false;
  const raw = header({ headers: original.headers }, "authentication-results") ?? header({ headers: original.headers }, "arc-authentication-results");
  if (!raw) return false;
  const auth = parseAuthResults(raw);
  const org = sender.facts.info.domain;
  if (auth.dmarc?.result === "fail") return false;
  return (
    auth.dmarc?.result === "pass" ||
    auth.dkim.some((d) => d.result === "pass" && !!d.domain && hostInfo(d.domain).domain === org) ||
    (auth.spf?.result === "pass" && !!auth.spf.domain && hostInfo(auth.spf.domain).domain === org)
  );
}

/**
 * Authentication of an attached (or directly sent) original: the topmost Authentication-Results,
 * added by the user's own mail provider, else the first ARC-Authentication-Results.
 */
export function authSignals({ original, rules, sender }: SignalContext): Signal[] {
  if (!original.from) return [];
  const raw = original.headers && (header({ headers: original.headers }, "authentication-results") ?? header({ headers: original.headers }, "arc-authentication-results"));
  if (!raw) {
    // A brand's own address with no proof left (an inline forward, headers stripped): we say we
    // couldn't check it, nothing more — that alone is no sign of phishing.
    const official = sender ? senderBrand(sender.facts) : undefined;
    if (official === undefined || !sender || (original.via !== "inline" && !original.headers)) return [];
    return [{ code: "auth_unknown_official", severity: REASONS.auth_unknown_official.severity, points: REASONS.auth_unknown_official.points, params: { brand: rules.brands[official]!.names.en[0]!, domain: sender.domain } }];
  }
  const auth = parseAuthResults(raw);
  if (!sender) return [];
  const { domain, facts: f } = sender;
  const org = f.info.domain;
  const dkimAligned = auth.dkim.some((d) => d.result === "pass" && d.domain && hostInfo(d.domain).domain === org);
  const spfAligned = auth.spf?.result === "pass" && !!auth.spf.domain && hostInfo(auth.spf.domain).domain === org;
  const dmarcPass = auth.dmarc?.result === "pass";
  const dmarcFail = auth.dmarc?.result === "fail";
  const spfFail = auth.spf?.result === "fail" || auth.spf?.result === "softfail";
  const pass = dmarcPass || dkimAligned || (spfAligned && !dmarcFail);

  // Mailing lists rewrite subjects and footers, which breaks signatures: a failure there says nothing.
  const viaList = !!header({ headers: original.headers ?? [] }, "list-id");
  const official = senderBrand(f);
  if (official !== undefined) {
    const brand = rules.brands[official]!.names.en[0]!;
    if (pass && !dmarcFail) {
      // A sharing or invitation notice carries what another person wrote: the pass proves the
      // carrier, not the content, so it doesn't count for the mail.
      if (relayedContent(original)) return [{ code: "auth_pass_relay", severity: REASONS.auth_pass_relay.severity, points: REASONS.auth_pass_relay.points, params: { brand, domain } }];
      return [{ code: "auth_pass_official", severity: REASONS.auth_pass_official.severity, points: REASONS.auth_pass_official.points, params: { brand, domain } }];
    }
    if (!viaList && (dmarcFail || (!dkimAligned && spfFail) || !auth.dmarc))
      return [{ code: "auth_fail_brand", severity: REASONS.auth_fail_brand.severity, points: REASONS.auth_fail_brand.points, params: { brand, domain } }];
    return [];
  }
  if (viaList) return [];
  if (dmarcFail) return [{ code: "auth_fail", severity: "medium", points: REASONS.auth_fail.points.dmarc, params: { domain } }];
  if (!pass && (auth.compauth === "fail" || spfFail)) return [{ code: "auth_fail", severity: "low", points: REASONS.auth_fail.points.spf, params: { domain } }];
  // Nothing ties the mail to its From domain: no signature of it, and the envelope of another domain.
  // Most mail services sign or align today, so this is weak evidence, but evidence.
  if (!pass && auth.dmarc?.result !== "bestguesspass" && (auth.spf || auth.dkim.length > 0))
    return [{ code: "auth_unverified", severity: REASONS.auth_unverified.severity, points: REASONS.auth_unverified.points, params: { domain } }];
  return [];
}
