import { stripReplyPrefixes } from "../text/subject";

/**
 * The places where a mail's text says who it is from, read as text (brand-claims.ts looks for
 * brand names in them): a greeting that addresses you as someone's customer, a subject in the form of
 * a notice from someone, and a short first line like a letterhead.
 */

/**
 * The brand in a greeting that addresses you as its customer, near the top of the body:
 * "Dear valued PayPal member", "Dear Amazon customer", "Amazonをご利用のお客様", "楽天会員様".
 */
export function greetingBrand(text: string): string {
  // A top with neither "dear" nor an ending of the Japanese form has no such greeting (most mail):
  // the space runs below change only spaces, never those words.
  const head = text.slice(0, 1500);
  if (!DEAR.test(head) && !JA_GREETING_WORDS.some((w) => head.includes(w))) return "";
  // Runs of spaces made one first: the name part and the spaces around it would otherwise backtrack.
  // (A lone space is left as it is rather than replaced by itself.)
  const top = head.replace(/[ \t\u3000]{2,}|[\t\u3000]/g, " ");
  const en = DEAR_BRAND.exec(top);
  if (en) return en[1]!;
  // The Japanese form ends in one of a few words: searched from just before the first of them (the
  // name and particles before it are at most 32 characters), not tried at every position of the top.
  let first = -1;
  for (const w of JA_GREETING_WORDS) {
    const at = top.indexOf(w);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  if (first < 0) return "";
  JA_BRAND.lastIndex = Math.max(0, first - 40);
  const ja = JA_BRAND.exec(top);
  return ja ? ja[1]! : "";
}

const DEAR_BRAND = /\bdear\s+(?:valued\s+)?([^\n,.:;!]{2,40}?)\s+(?:customer|member|user|client|account ?holder|subscriber|cardholder|card ?member)s?\b/i;
/** What DEAR_BRAND needs (case aside, as DEAR_BRAND reads it). */
const DEAR = /dear/i;
const JA_BRAND = /([^\s、。！!：:]{2,24}?)(?:を|の)?(?:ご利用の|ご愛顧の)?(?:お客様|お客さま|会員様|会員の皆様|ユーザー様|カード会員様)/g;
/** What each ending of JA_BRAND contains (カード会員様 and 会員の皆様 contain 会員). */
const JA_GREETING_WORDS = ["お客", "会員", "ユーザー様"];

/**
 * The part of a subject that names who the mail is from, in the form notices use:
 * "【三井住友カード】ご利用確認", "[PayPal] …", "Amazon.co.jp: ご注文", "Apple | Receipt"; and whether
 * it is only a "Name: …" prefix — the form of news headlines too ("Apple: Heinous DVD Pirates"),
 * unlike 【…】, [ … ] tags or 〜からのお知らせ.
 */
export function subjectSenderForm(subject: string): { text: string; prefixOnly: boolean } {
  // Tags first ("[PayPal]", or a list's "[f2fs-dev]", a filter's "[SPAM]") are all candidates.
  const tags: string[] = [];
  // Who a notice is from stands at its start; a cut keeps the patterns below short-input only.
  let s = subject.slice(0, 300);
  for (;;) {
    s = stripReplyPrefixes(s);
    const m = /^\s*\[([^\]\s]{1,30})\]\s*/.exec(s);
    if (!m) break;
    tags.push(m[1]!);
    s = s.slice(m[0].length);
  }
  const notice = noticeSender(s);
  return { text: [...tags, notice.text].filter(Boolean).join(" "), prefixOnly: tags.length === 0 && notice.prefix };
}

function noticeSender(s: string): { text: string; prefix: boolean } {
  // Japanese notice form: "Amazon.co.jpでのご注文の確認", "楽天カードからのお知らせ", "三井住友銀行より".
  const ja = /^\s*([^\s【】[\]]{2,25}?)(?:での|からの|より)/.exec(s);
  if (ja) return { text: ja[1]!, prefix: false };
  const bracket = /^\s*[【[［〔〖「(（<＜]([^】\]］〕〗」)）>＞]{1,40})[】\]］〕〗」)）>＞]/.exec(s);
  // "【楽天ペイ決済】", "【PayPay払い】", a bare "【Amazon Pay】" or "【au PAY】" (a name and "Pay"): a shop's tag for
  // how the order was paid, not who writes. (The payment service's own mail names it in From as well.)
  if (bracket && bracket[1]!.trim() && !/(?:決済|払い|支払い?|\spay)$/i.test(bracket[1]!.trim())) return { text: bracket[1]!.trim(), prefix: false };
  // A short prefix of at most three words: "Amazon.co.jp:", "PayPal Service |" — not a headline.
  const prefix = /^\s*([^:：|｜\-–—\s]{2,25}(?:\s[^:：|｜\-–—\s]{1,15}){0,2})\s*(?:[:：|｜]|\s[-–—]\s)/.exec(s);
  if (!prefix) return { text: "", prefix: false };
  // Names are capitalised ("Bank of America", "Amazon.co.jp"); a headline has lower-case words ("Microsoft buys …").
  const words = prefix[1]!.split(/\s+/);
  const named = words.every((w) => !/^[a-z]/.test(w) || /^(?:of|the|de|du|do|da|des|del|and|und|et|y|e)$/.test(w));
  return named ? { text: prefix[1]!, prefix: true } : { text: "", prefix: false };
}

/**
 * The first line of the body when it is short, like a letterhead: "McAfee", "[lRS] Tax Report",
 * "eBay e-Services Department Notice". In a mail that is only text it plays the logo's part.
 */
export function letterhead(text: string): string {
  const first = /^\s*([^\n]{2,48})\n/.exec(text)?.[1]?.trim() ?? "";
  // Not a quote's attribution ("Quoting Paul (paul@yahoo.com):", "On Monday, Taro wrote:") or a quoted line,
  // nor a sentence: Japanese has no spaces to count, and "会費をPayPayで送ってください。" or "Can you send it
  // by PayPal?" opens a friend's mail, not a letterhead.
  const words = first.split(/\s+/).length;
  const sentence = /。|[!?！？]$/.test(first) || (words >= 3 && /\.$/.test(first));
  return words <= 5 && !sentence && !/@|[:：]$|^>/.test(first) ? first : "";
}

export { ownBusinessName } from "./own-name";
