import { reason } from "../reasons/catalogue";
import { firstHeader, headerValues } from "../facts/headers";
import type { Signal, SignalContext } from "./types";
import { stripReplyPrefixes } from "../text/subject";

/**
 * What the user's own mail service already decided about the original. When a mail is forwarded
 * as an attachment it keeps the stamps its receiving service put on it: Microsoft 365 / Outlook.com
 * (spam confidence level, filter verdict and category, the folder it was delivered to), and the
 * SpamAssassin / rspamd headers many providers add, or a "[SPAM]" tag in the subject.
 *
 * Only a verdict against the mail counts. A sender can write any header into a mail it sends, but
 * writing "this is spam" hurts only itself, while a forged "not spam" is ignored here — so these
 * stamps can raise the score and never lower it.
 */

/** Microsoft's categories that mean phishing, spoofing, impersonation or malware (not just spam). */
const MS_PHISH = new Set(["PHSH", "HPHSH", "HPHISH", "SPOOF", "DIMP", "UIMP", "GIMP", "MALW"]);
/** Microsoft's spam categories and verdicts (BULK is marketing, not junk, and is left out). */
const MS_SPAM = new Set(["SPM", "HSPM", "OSPM"]);

/** "[SPAM]", "***SPAM***", "[*** POSIBLE SPAM***]", "{Spam?}", "[meiwaku]", "【迷惑メール】" at the start of a subject. */
// (Spaces, "?" and "*" in one class where they meet: separate optional runs made the pattern backtrack polynomially.)
const SUBJECT_TAG = /^\s*(?:[[{(【][ \t*]*(?:(?:posible|possible|probable|suspected|likely)[ \t]+)?(?:spam|junk|meiwaku|迷惑メール)[ \t?*]*[\]})】]|\*{2,}[ \t]*spam[ \t]*\*{2,})/i;

/** A filter's tag at the start of the subject, behind any number of reply/forward prefixes. */
function taggedSubject(subject: string): boolean {
  return SUBJECT_TAG.test(stripReplyPrefixes(subject.slice(0, 300)));
}

type Verdict = { level: "junk" | "phish"; by: "microsoft" | "filter" };

/** Microsoft's stamps (most mail has none of them). */
function microsoft(o: SignalContext["original"]): Verdict | null {
  const forefront = headerValues(o.headers, "x-forefront-antispam-report");
  const untrusted = headerValues(o.headers, "x-forefront-antispam-report-untrusted");
  const deliveries = headerValues(o.headers, "x-microsoft-antispam-mailbox-delivery");
  const sclValue = firstHeader(o.headers, "x-ms-exchange-organization-scl");
  if (forefront.length + untrusted.length + deliveries.length === 0 && sclValue === undefined) return null;
  const report = [...forefront, ...untrusted].join(";");
  const cats = [...report.matchAll(/\bCAT:([A-Z]+)/g)].map((m) => m[1]!);
  if (cats.some((c) => MS_PHISH.has(c))) return { level: "phish", by: "microsoft" };
  const scl = Number(/^\s*(-?\d+)/.exec(sclValue ?? "")?.[1] ?? NaN);
  const delivery = deliveries.join(";");
  if (scl >= 5 || /\bdest:J\b/.test(delivery) || /\bSFV:(?:SPM|SKS)\b/.test(report) || cats.some((c) => MS_SPAM.has(c)))
    return { level: "junk", by: "microsoft" };
  return null;
}

function spamFilter(o: SignalContext["original"]): Verdict | null {
  const yes = (name: string, re: RegExp) => headerValues(o.headers, name).some((v) => re.test(v));
  if (yes("x-spam-flag", /^\s*yes\b/i) || yes("x-spam-status", /^\s*yes\b/i) || yes("x-spam", /^\s*(?:yes|true)\b/i) || yes("x-spamd-result", /^\s*default:\s*true\b/i))
    return { level: "junk", by: "filter" };
  return null;
}

export function providerSignals({ original }: SignalContext): Signal[] {
  const verdict = (original.headers && (microsoft(original) ?? spamFilter(original))) || (taggedSubject(original.subject) ? ({ level: "junk", by: "filter" } as Verdict) : null);
  if (!verdict) return [];
  if (verdict.level === "phish") return [reason("provider_phish", { by: verdict.by })];
  return [reason("provider_junk", { by: verdict.by })];
}
