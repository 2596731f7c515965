import type { CompiledRules } from "../rules/compile";
import { headText } from "./head-text";
import type { Original } from "../original/types";
import { addressDomain } from "../text/host";
import { emailsIn } from "../text/strings";
import { domainFacts } from "./domain-facts";

/**
 * What advance-fee fraud ("419", inheritance, donation, lottery, compensation fund) says, read from
 * the text alone — these letters seldom carry a link: the lure is a fortune that needs only a reply.
 * - a large sum of money: millions, in figures or words, with a currency;
 * - the story that explains why it is yours: a beneficiary, a late client with no next of kin, an
 *   estate, a consignment, a donation or grant, a compensation fund, an award;
 * - the ask: reply with your name, address and phone, keep it confidential;
 * - where the answer goes: a free mailbox that is not the sender's address (in Reply-To or written in the text).
 */

/**
 * Millions with a currency: "US$4.5 million", "2.5 million dollars", "dois milhões de dólares", "$2,000,000.00",
 * "€ 1.700.000,00", "$ 150.500,00", "850万ドル". (Literals: no expression is built from strings here.)
 */
export const BIG_SUM: readonly RegExp[] = [
  /(?:us\s?\$|usd|u\.s\.d|\$|€|£|eur|gbp|dollars?|d[oó]lares|euros?|pounds?(?: sterling)?|reais|libras)\s?\d[\d.,]{0,10}\s?(?:million|millions|milh(?:õ|o)es|milh[ãa]o|millones|mill[oó]n|millionen|mio\.?|milioni|milione|miljoen)/iu,
  /(?:\d[\d.,]{0,10}|\b\p{L}{3,12})\s?(?:million|millions|milh(?:õ|o)es|milh[ãa]o|millones|mill[oó]n|millionen|mio\.?|milioni|milione|miljoen)\s(?:(?:of|de|d')\s)?(?:(?:united states|american|us|u\.s\.|great britain)[\s-])?(?:us\s?\$|usd|u\.s\.d|\$|€|£|eur|gbp|dollars?|d[oó]lares|euros?|pounds?(?: sterling)?|reais|libras)/giu,
  /(?:us\s?\$|usd|u\.s\.d|\$|€|£|eur|gbp|dollars?|d[oó]lares|euros?|pounds?(?: sterling)?|reais|libras)\s?(?:\d{1,3}(?:[.,\s]\d{3}){2,}|\d{3}[.,\s]\d{3}\b)/giu,
  /\b(?:\d{1,3}(?:[.,]\d{3}){2,}|\d{3}[.,]\d{3})(?:[.,]\d{2})?\s?(?:us\s?\$|usd|u\.s\.d|\$|€|£|eur|gbp|dollars?|d[oó]lares|euros?|pounds?(?: sterling)?|reais|libras)/giu,
  /\d[\d,.]{0,8}\s?[万億]\s?(?:米?ドル|ユーロ|ポンド)/iu,
];

/**
 * Exact pre-tests for the forms (most mail names no fortune, and the forms are costly to try at every
 * position): each form is tried only where its pre-test finds something, and every match of the form
 * contains a match of its pre-test, so skipping a form changes nothing.
 * - forms 0 and 1 end on or contain a word for millions, and every one of those begins "mill", "milh",
 *   "mili", "milj" or "mio": MILLIONS has the same flags (/iu: the same case folding), so it matches there too;
 * - forms 2 and 3 contain digits in groups of three: "\d{1,3}(?:[.,\s]\d{3}){2,}" or "\d{3}[.,\s]\d{3}"
 *   (form 3 only with [.,]), each of which contains a digit, a separator in [.,\s] and three digits;
 * - form 4 contains 万 or 億 as written (no case folding for them).
 * Form 1, the costliest (a word of up to 12 letters before the millions), is tried from shortly before
 * the first word for millions: what it matches before that word is at most 12 letters (24 UTF-16 units,
 * were all astral) and a space, or a figure of 11 characters and a space — 25 units at most — so no
 * match of it starts more than 25 units before the first place MILLIONS matches. Likewise forms 2 and 3
 * start at most 18 units before the first place GROUPS matches (form 2: a currency of at most 15 units,
 * "pounds sterling", a space and up to 2 more digits of the first group; form 3: up to 2 digits). Forms 1
 * to 3 carry /g to be run from that point (lastIndex; the first match from there is the first of the whole text).
 */
const MILLIONS = /mi(?:l[lhij]|o)/iu;
const GROUPS = /\d[.,\s]\d{3}/u;
const BEFORE = 32;

/** The sum written first in the text, by any of the forms. */
export function bigSum(text: string): string | undefined {
  let best: RegExpExecArray | null = null;
  const first = text.search(MILLIONS);
  const millions = first >= 0;
  const firstGroup = text.search(GROUPS);
  const groups = firstGroup >= 0;
  const kanji = text.includes("万") || text.includes("億");
  if (!millions && !groups && !kanji) return undefined;
  for (let i = 0; i < BIG_SUM.length; i++) {
    if (!(i < 2 ? millions : i < 4 ? groups : kanji)) continue;
    const re = BIG_SUM[i]!;
    if (re.global) re.lastIndex = Math.max(0, (i === 1 ? first : firstGroup) - BEFORE);
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best?.[0];
}

/** Why the money would be yours: the story of these letters, in the languages they come in. */
const STORY: readonly RegExp[] = [
  /\b(?:beneficiary|beneficiaries|next[- ]of[- ]kin|benefici[áa]ri[oa]s?|b[ée]n[ée]ficiaire|beg[üu]nstigte[rn]?)\b|受益者|受取人/iu,
  /\b(?:inheritance|inherit(?:ed)?|heir|herança|herencia|h[ée]ritage|erbschaft|nachlass|legado)\b|遺産|相続/iu,
  /\b(?:late (?:client|husband|wife|father|mother|brother|customer|mr|mrs|dr)|deceased|passed away|died (?:in|on|leaving|without)|falecid[oa]|fallecid[oa]|d[ée]c[ée]d|verstorben)\b|亡くな|死去|故人/iu,
  /\b(?:estate|probate|will and testament|testamento|succession|dormant (?:account|fund)|unclaimed (?:fund|sum|inheritance|deposit|consignment))\b|休眠口座|未請求/iu,
  /\b(?:consignment|diplomatic (?:bag|courier|agent)|atm (?:master)?card|security (?:company|vault)|trunk box)\b/iu,
  /\b(?:compensation (?:fund|payment|program)|scam victims?|fund recovery|recovered fund|fundo|fondos?|fonds|f[óo]ndos)\b|補償(?:金|プラン)|詐欺の被害者/iu,
  /\b(?:donat(?:ion|e|ed)|charity|charitable|humanitarian|orphan(?:age)?s?|grant (?:has been|was) (?:issued|awarded|approved)|doa(?:ção|r)|donaci[óo]n|spende)\b|寄付|慈善|孤児/iu,
  /\b(?:lottery|lotto|sweepstakes?|award(?:ed)? (?:sum|prize|winning)|winning (?:sum|notification|amount|email)|pr[eê]mio|loter[ií]a)\b|宝くじ/iu,
  /\b(?:united nations|world bank|imf|international monetary fund|federal reserve|central bank of|\bonu\b|na[çc][õo]es unidas|fmi)\b|国連|中央銀行|連邦準備/iu,
  /\b(?:barrister|attorney at law|solicitor|diplomat|bank (?:manager|director|auditor)|account officer|auditor|gerente de contas)\b|弁護士|外交官|大使/iu,
  /\b(?:business (?:proposal|proposition|transaction|deal)|private proposition|mutually beneficial|transfer (?:of )?(?:the |this )?(?:funds?|sum|money)|proposta de neg[óo]cio|neg[óo]cio muito importante|transferir (?:o |os )?(?:fundos?|dinheiro))\b/iu,
];

/** The ask: reply with your details, privately. */
const ASK: readonly RegExp[] = [
  /\b(?:your|seu|sua|su|votre|ihr(?:en)?)\s(?:full |complete |compl[eè]te? |vollst[äa]ndigen? )?(?:name|names|nome completo|nombre completo|nom complet|namen)\b[\s\S]{0,80}?\b(?:address|phone|telephone|mobile|age|occupation|country|endere[çc]o|telefone|direcci[óo]n|tel[ée]fono|adresse|t[ée]l[ée]phone)\b|(?:氏名|お名前)[\s\S]{0,40}?(?:住所|電話)/iu,
  /\b(?:strictly |highly |absolutely )?(?:confidential(?:ity)?|top secret|in secret|private email|discreet|sigilo|confidencial|vertraulich)\b|内密|極秘|秘密/iu,
  /\b(?:reply|respond|write back|get back to me|contact (?:me|him|her|the (?:donor|lawyer|bank|agent|barrister))|email me|hear(?:ing)? from you|kindly (?:re-?)?confirm|responda|entre em contato|contacte|contactez|antworten sie|kontaktieren sie|wenden sie sich)\b|返信|ご連絡ください|連絡して/iu,
  /\b(?:surprise (?:letter|mail|message)|come as a surprise|apolog(?:y|ies|ize|ise) for (?:this |my )?(?:intru|invad|surpris|writ)|desculpas por (?:invadir|lhe escrever)|carta surpresa|permission)\b|突然の(?:ご連絡|メール)/iu,
];

/** Words that send the reader to write to an address. */
const CONTACT = /\b(?:reply|respond|contact|e-?mail me|write (?:to )?me|write back|reach me|get in touch|private e-?mail|claims?|details|information|entre em contato|contato|contacte|contactez|kontaktieren|wenden sie sich|e-?mail-?adresse)\b|返信|連絡/i;

/** The text read: the letter is short, and its story is told at the start. */
const READ = 6000;

export type AdvanceFee = {
  /** The sum as written. */
  sum: string;
  /** How many kinds of story it tells, and how many kinds of ask it makes. */
  stories: number;
  asks: number;
  /** A free mailbox answers go to that is not the sender's (Reply-To or written in the text), if any. */
  elsewhere?: string;
};

/**
 * What of the advance-fee letter the mail shows, or undefined when it names no fortune, tells no story,
 * or neither asks anything nor names a free mailbox to write to (then it is nothing the signal reports).
 */
export function advanceFee(rules: CompiledRules, original: Original): AdvanceFee | undefined {
  const text = headText(original, READ);
  const sum = bigSum(text);
  if (!sum) return undefined;
  const from = original.from?.address ?? "";
  const isFree = (a: string) => {
    const d = addressDomain(a);
    return !!d && a !== from && domainFacts(rules, d).freemail;
  };
  // An address in the text counts where the letter says to write there ("reply to my private email …").
  const written = emailsIn(text, 20).filter((m) => CONTACT.test(text.slice(Math.max(0, m.index - 120), m.index))).map((m) => m[0].toLowerCase());
  const elsewhere = [...original.replyTo.map((r) => r.address), ...written].find(isFree);
  // A letter that neither asks for anything nor names a mailbox to write to is no lure: its story is not read.
  const asks = ASK.filter((re) => re.test(text)).length;
  if (!elsewhere && asks === 0) return undefined;
  const stories = STORY.filter((re) => re.test(text)).length;
  if (stories === 0) return undefined;
  return { sum: sum.trim(), stories, asks, ...(elsewhere ? { elsewhere } : {}) };
}
