import { parseMail, type ParsedMail } from "./mail/parse";
import { findOriginal } from "./original/find";
import type { MailAddress, Original } from "./original/types";
import { confirmsSender } from "./reasons/catalogue";
import type { CompiledRules } from "./rules/compile";
import { findBrandClaims, strongClaims } from "./facts/brand-claims";
import { closeDomainFactsScope, openDomainFactsScope, senderFacts } from "./facts/domain-facts";
import { forgetFolded } from "./facts/folded";
import { senderSignals } from "./signals/sender";
import { linkSignals } from "./signals/links";
import { findPhrases } from "./facts/phrases";
import { phraseSignals } from "./signals/phrases";
import { providerSignals } from "./signals/provider";
import { disguiseSignals } from "./signals/disguise";
import { contentSignals } from "./signals/content";
import { authSignals } from "./signals/auth";
import { attachmentSignals } from "./signals/attachments";
import { forgedOfficialSignals } from "./signals/forged-official";
import { accountLureSignals } from "./signals/account-lures";
import { advanceFeeSignals } from "./signals/advance-fee";
import { spamTradeSignals } from "./signals/spam-trade";
import { surveyPrizeSignals } from "./signals/survey-prize";
import { walletLureSignals } from "./signals/wallet-lure";
import { contactLureSignals } from "./signals/contact-lure";
import { attachmentNameSignals } from "./signals/attachment-name";
import { plantedLinkSignals } from "./signals/planted-link";
import { givenAccountSignals } from "./signals/given-account";
import { projectNameSignals } from "./signals/project-name";
import type { Signal, SignalContext } from "./signals/types";
import { score, type Reason, type Verdict } from "./verdict/score";
import { detectLanguage, type Language } from "./verdict/language";
import { japaneseName, mailFolded, signInAlert, withReaderParams } from "./verdict/evidence";

/** The outcome of checking one forwarded mail: everything the reply and the CLI need. */
export type CheckResult = {
  verdict: Verdict;
  score: number;
  language: Language;
  reasons: Reason[];
  /** The mail the user received, as far as we could tell. */
  original: {
    via: Original["via"];
    from: MailAddress | null;
    subject: string;
    /** Link targets as written (at most MAX_RESULT_LINKS): the reports database keeps their domains, never the links. */
    links?: string[];
    /** MIME types of the original's attachments (no names, no content). */
    attachmentTypes?: string[];
  } | null;
  /** The brand the mail claims to be, for "open the app or type the address yourself"; id as in rules/brands.json. */
  brand: { id?: string; en: string; ja: string; domain: string; domains?: string[] } | null;
  /** A genuine-looking notice the reply gives its own advice for: a sign-in alert. */
  notice?: "sign_in";
  /** Why the mail was unreadable (never mail content). */
  error?: string;
};

/** How many link targets a CheckResult carries (enough for the reports database's 5 domains). */
export const MAX_RESULT_LINKS = 50;

const SIGNALS: ((ctx: SignalContext) => Signal[])[] = [senderSignals, disguiseSignals, linkSignals, authSignals, providerSignals, attachmentSignals, contentSignals, phraseSignals, forgedOfficialSignals, accountLureSignals, advanceFeeSignals, spamTradeSignals, surveyPrizeSignals, walletLureSignals, contactLureSignals, attachmentNameSignals, plantedLinkSignals, givenAccountSignals, projectNameSignals];

/** Runs every signal on an original and scores it. */
export function analyse(original: Original, rules: CompiledRules) {
  openDomainFactsScope(rules);
  try {
    return analyseIn(original, rules);
  } finally {
    closeDomainFactsScope();
    forgetFolded();
  }
}

function analyseIn(original: Original, rules: CompiledRules) {
  const phraseHits = findPhrases(rules, original);
  // "Talks like a service notice": phrases worth 2 points or more, not one stray "suspicious activity".
  const phraseWeight = phraseHits.reduce((n, id) => n + rules.phrases[id]!.weight, 0);
  const sender = senderFacts(rules, original.from?.address);
  const claims = findBrandClaims(rules, original, sender, phraseWeight >= 2);
  const ctx: SignalContext = { original, rules, claims, phraseHits, sender };
  const signals = SIGNALS.flatMap((s) => s(ctx));
  // The reasons name brands as the reader knows them (ヤマト運輸 in Japanese) and explain lookalikes.
  const scored = score(withReaderParams(signals, rules, original));
  const claim = strongClaims(claims)[0] ?? claims[0];
  const b = claim ? rules.brands[claim.brand] : undefined;
  // In Japanese text, call the brand what the mail called it (Amazon, not アマゾン, when it said Amazon),
  // the same name the reasons use.
  const brand = b && claim ? { id: b.id, en: b.names.en[0]!, ja: japaneseName(rules, claim.brand, mailFolded(original)), domain: b.domains[0]!, domains: b.domains } : null;
  const notice = brand && scored.reasons.some((r) => confirmsSender(r.code)) && signInAlert(rules, phraseHits, original) ? ("sign_in" as const) : undefined;
  return { ...scored, brand, notice, signals };
}

/** The one result for a mail that could not be read: no reasons, only why (never mail content). */
export function unreadable(error: string, language: Language = "en"): CheckResult {
  return { verdict: "unreadable", score: 0, language, reasons: [], original: null, brand: null, error };
}

/** What an error is called in a result: its name, never its message (a message may quote the mail). */
export function errorName(e: unknown): string {
  return e instanceof Error ? e.name : "error";
}

/** Looks like mail at all: at least one header we know, or a body. Random bytes have neither. */
export function looksLikeMail(mail: ParsedMail): boolean {
  const known = mail.headers.filter((h) => /^(?:from|to|subject|date|message-id|received|mime-version|content-type)$/.test(h.key)).length;
  return known > 0;
}

/**
 * The whole check of one raw message, as the worker and the CLI run it: parse, find the
 * original, gather signals, score. Never throws: a mail we can't read is the verdict "unreadable".
 */
export async function checkMail(raw: ArrayBuffer | Uint8Array | string, rules: CompiledRules, opts: { forwarder?: string | null } = {}): Promise<CheckResult> {
  let mail: ParsedMail;
  try {
    mail = await parseMail(raw);
  } catch (e) {
    return unreadable(`parse failed: ${errorName(e)}`);
  }
  if (!looksLikeMail(mail)) return unreadable("no mail headers found");
  try {
    return checkOriginal(mail, await findOriginal(mail, opts.forwarder ?? null), rules);
  } catch (e) {
    return unreadable(`analysis failed: ${errorName(e)}`);
  }
}

/** The check of a parsed mail whose original has been found (checkMail after findOriginal; may throw). */
export function checkOriginal(mail: ParsedMail, original: Original, rules: CompiledRules): CheckResult {
  if (!original.from && !original.subject.trim() && !original.text.trim() && original.links.length === 0)
    return unreadable("empty message", detectLanguage(mail.bodyText));
  const { verdict, score: points, reasons, brand, notice } = analyse(original, rules);
  return {
    verdict,
    score: points,
    language: detectLanguage(original.subject, original.text, mail.subject ?? "", mail.bodyText.slice(0, 500)),
    reasons,
    original: {
      via: original.via,
      from: original.from,
      subject: original.subject,
      links: original.links.slice(0, MAX_RESULT_LINKS).map((l) => l.href),
      attachmentTypes: original.attachments.map((a) => a.mimeType),
    },
    brand,
    ...(notice ? { notice } : {}),
  };
}
