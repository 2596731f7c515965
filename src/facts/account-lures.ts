import type { CompiledRules } from "../rules/compile";
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
const MAILBOX_TROUBLE = new RegExp(
  [
    String.raw`\byour (?:e-?mail |web ?mail )?(?:mail ?box|webmail|e-?mail (?:account|box))\b[^.\n!?]{0,60}?\b(?:full|quota|storage|exceed\w*|over ?limit|deactivat\w*|suspen\w*|terminat\w*|disabl\w*|clos(?:ed|ing|ure)|blocked|upgrad\w*|expir\w*)`,
    String.raw`\b(?:mail ?box|webmail) (?:quota|storage|size limit|full\b(?! of)|upgrade|deactivation|suspension|validation|verification|expir\w*)`,
    String.raw`\b(?:quota|storage)\b[^.\n!?]{0,40}?\b(?:mail ?box|webmail|e-?mail account)\b`,
    String.raw`\b(?:validate|verify|re-?activate|upgrade) (?:your )?(?:mail ?box|webmail)\b`,
    String.raw`\bpassword\b[^.\n!?]{0,30}?\b(?:expir\w*)`,
    String.raw`\bkeep (?:the |your )?(?:same|current|existing) password`,
    String.raw`\b(?:incoming|pending) (?:e-?mails?|messages)\b[^.\n!?]{0,40}?\b(?:held|hold|pending|suspended|blocked|undelivered|queued)`,
    String.raw`(?:メールボックス|メールアカウント|ウェブメール)[^。\n]{0,30}?(?:容量|上限|停止|削除|無効|閉鎖|凍結|アップグレード|有効期限)`,
    String.raw`パスワード[^。\n]{0,20}?(?:有効期限|期限切れ)`,
  ].join("|"),
  "i",
);

/** Asks the reader to type a password (not "never share your password"). */
const PASSWORD_ASK =
  /\b(?:enter|provide|fill in|fill out|type|input|submit|confirm|verify|re-?enter|update)\b[^.\n!?]{0,40}?\bpass(?:word|code)\b|\b(?:e-?mail|user ?name|login)(?: address)?,? (?:and|&) (?:your )?pass(?:word|code)\b|パスワード[^。\n]{0,20}?(?:入力|記入|ご確認|確認)/i;
const PASSWORD_NEVER = /\b(?:never|do not|don'?t|will not|won'?t)\b[^.\n!?]{0,40}?\bpass(?:word|code)\b|パスワード[^。\n]{0,30}?(?:お聞きすることはありません|尋ねることはありません)/i;

/** The first part of the text is where the request is made. */
const READ = 4000;

export function mailboxTrouble(original: Original): string | undefined {
  return MAILBOX_TROUBLE.exec(`${original.subject}\n${original.text.slice(0, READ)}`)?.[0];
}

export function asksPassword(original: Original): string | undefined {
  const text = `${original.subject}\n${original.text.slice(0, READ)}`;
  if (PASSWORD_NEVER.test(text)) return undefined;
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
