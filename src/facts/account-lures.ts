import type { CompiledRules } from "../rules/compile";
import { headText } from "./head-text";
import type { Original } from "../original/types";
import { addressDomain, hostInfo } from "../text/host";
import { parseUrl } from "./link-hosts";
import { domainFacts } from "./domain-facts";

/**
 * What account phishing says and where it sends you, read from the text and links alone:
 * - the mail is about the reader's own mailbox or mail password (full, over quota, about to be
 *   closed, password expiring, incoming messages held) — webmail-account phishing, whose "brand" is
 *   the reader's own organisation;
 * - it asks the reader to type a password;
 * - a link goes to a page anyone can make: a form or site builder, a free host.
 */

/** Talks about the reader's mailbox or mail password being in trouble. */
const MAILBOX_TROUBLE: readonly RegExp[] = [
  /\byour (?:e-?mail |web ?mail )?(?:mail ?box|webmail|e-?mail (?:account|box))\b[^.\n!?]{0,60}?\b(?:full|quota|storage|exceed\w*|over ?limit|deactivat\w*|suspen\w*|terminat\w*|disabl\w*|clos(?:ed|ing|ure)|blocked|upgrad\w*|expir\w*)/i,
  /\b(?:mail ?box|webmail) (?:quota|storage|size limit|full\b(?! of)|upgrade|deactivation|suspension|validation|verification|expir\w*)/i,
  /\b(?:quota|storage)\b[^.\n!?]{0,40}?\b(?:mail ?box|webmail|e-?mail account)\b/i,
  /\b(?:validate|verify|re-?activate|upgrade) (?:your )?(?:mail ?box|webmail)\b/i,
  /\bpassword\b[^.\n!?]{0,30}?\b(?:expir\w*)/i,
  /\bkeep (?:the |your )?(?:same|current|existing) password/i,
  /\b(?:incoming|pending) (?:e-?mails?|messages)\b[^.\n!?]{0,40}?\b(?:held|hold|pending|suspended|blocked|undelivered|queued)/i,
  /(?:メールボックス|メールアカウント|ウェブメール)[^。\n]{0,30}?(?:容量|上限|停止|削除|無効|閉鎖|凍結|アップグレード|有効期限)/i,
  /パスワード[^。\n]{0,20}?(?:有効期限|期限切れ)/i,
];

/** Sends the reader to sign in: mailbox lures are after the mail password ("Upgrade storage" alone is not). */
const SIGN_IN = /\b(?:log ?-?in|sign ?-?in|password|passcode|credentials?|verify|verification|validat\w*|re-?activat\w*|re-?confirm)\b|ログイン|パスワード|認証/i;

/** Asks the reader to type a password (not "never share your password"). */
const PASSWORD_ASK =
  /\b(?:enter|provide|fill in|fill out|type|input|submit|confirm|verify|re-?enter|update)\b[^.\n!?]{0,40}?\bpass(?:word|code)\b|\b(?:e-?mail|user ?name|login)(?: address)?,? (?:and|&) (?:your )?pass(?:word|code)\b|パスワード[^。\n]{0,20}?(?:入力|記入|ご確認|確認)/i;
const PASSWORD_NEVER = /\b(?:never|do not|don'?t|will not|won'?t)\b[^.\n!?]{0,40}?\bpass(?:word|code)\b|パスワード[^。\n]{0,30}?(?:お聞きすることはありません|尋ねることはありません)/i;

/**
 * Words every MAILBOX_TROUBLE pattern holds, as it writes them (a mailbox, webmail or e-mail account or
 * box; a password; incoming or pending mail; メールボックス, メールアカウント, ウェブメール, パスワード),
 * and one both password patterns hold: text without them is passed over without trying the long
 * patterns at every position. (Not just "mail": nearly every mail says "e-mail" somewhere.)
 */
const TROUBLE_WORD = /mail ?box|webmail|e-?mail (?:account|box)|password|(?:incoming|pending) (?:e-?mails?|messages)|メールボックス|メールアカウント|ウェブメール|パスワード/i;
const PASSWORD_WORD = /pass|パスワード/i;

/** The first part of the text is where the request is made. */
const READ = 4000;

/** The words saying the reader's mailbox or password is in trouble, when the mail also sends them to sign in. */
export function mailboxTrouble(original: Original): string | undefined {
  const text = headText(original, READ);
  if (!TROUBLE_WORD.test(text)) return undefined;
  if (!SIGN_IN.test(text) && !original.links.some((l) => SIGN_IN.test(l.text))) return undefined;
  for (const re of MAILBOX_TROUBLE) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

export function asksPassword(original: Original): string | undefined {
  const text = headText(original, READ);
  if (!PASSWORD_WORD.test(text) || PASSWORD_NEVER.test(text)) return undefined;
  return PASSWORD_ASK.exec(text)?.[0];
}

/** Form and site builders on a big company's own domain: anyone can publish a page there. */
const FORM_PAGES: [RegExp, string][] = [
  [/^docs\.google\.com$/, "/forms/"],
  [/^forms\.gle$/, "/"],
  [/^sites\.google\.com$/, "/"],
  [/^forms\.office\.com$/, "/"],
  [/^forms\.microsoft\.com$/, "/"],
];

/** A link to a page anyone can make (a form service, a free host): the service's name, else undefined. */
export function formPage(rules: CompiledRules, href: string): string | undefined {
  const url = parseUrl(href);
  if (!url || !/^https?:$/.test(url.protocol)) return undefined;
  const host = url.hostname.toLowerCase();
  for (const [re, path] of FORM_PAGES) if (re.test(host) && url.pathname.startsWith(path)) return host;
  const facts = domainFacts(rules, host);
  return facts.hosting && facts.official === undefined ? facts.hosting : undefined;
}

/** The registrable domains of whoever received the mail. */
export function readerDomains(original: Original): Set<string> {
  const out = new Set<string>();
  for (const a of original.recipients) {
    const d = addressDomain(a);
    if (d) out.add(hostInfo(d).domain);
  }
  return out;
}
