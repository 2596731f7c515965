import type { Original } from "../original/types";
import type { BrandClaims } from "./brand-claims";
import { senderBrand, type SenderFacts } from "./domain-facts";
import { hasHeader } from "./headers";
import { headText } from "./head-text";
import { securityVendor } from "./security-vendor";
import { ORGANIZER, signedBySender } from "./signed-by-sender";

/**
 * The callback receipt: a payment or an automatic renewal for a brand's product ("We are confirming
 * your upcoming automatic renewal with McAfee. A payment of $440.99 will be processed today … Help
 * Line: 1 805 248-2517", "e b a y Receipt … Vanilla Visa Gift Card $909.99 … call us at …"), from a
 * domain that is not the brand's, with no link and no address to write to: the phone number is the
 * only way to answer, and the call is the scam (card details, remote access, a "refund" that takes
 * money). A brand's real receipt comes from its own domain and links to the account; a reseller's or
 * a shop's names the shop and links to the order or gives an address to write to.
 */

/**
 * A telephone number: North American (1 (833) 317-4505, 856-633-1822, 1 805 248-2517), international
 * (+44 20 7946 0958, +81 50 1234 5678, +49 30 1234567), Japanese (0120-123-456, 050-1234-5678,
 * 03(1234)5678) or German (0800 1234567, 030/1234567, 089 123 456 78).
 */
export const PHONE =
  /(?:\+?1[\s.-]?)?\(\s*\d{3}\s*\)\s*\d{3}[\s.-]?\d{4}\b|\b(?:\+?1[\s.-])?\d{3}[.-]\d{3}[.-]\d{4}\b|\+\d{1,3}[\s.-]\d{1,4}[\s.-]\d{3,4}[\s.-]\d{3,4}\b|\b1 \d{3} \d{3}[\s.-]\d{4}\b|\b\d{3} \d{3} \d{4}\b|(?<![\d-])0\d{1,4}[-(]\d{1,4}[-)]\d{3,4}(?![\d-])|\+(?:81|49)[\s-]?(?:\(0\))?\s?\d{1,4}[\s/-]?\d{2,4}[\s-]?\d{3,5}\b|(?<![\d.,/-])0\d{2,4}[ /]\d{3,4}[ -]?\d{0,5}(?![\d.,/-])/;

/** A sum of money with its currency: "$440.99", "USD559.00", "$ 909.99", "€ 89,95", "89,95 €", "¥39,800", "39,800円". */
const AMOUNT = /(?:us\$|\$|€|£|usd|eur|gbp)\s?\d[\d,]*(?:\.\d{2})?\b|\b\d[\d,]*\.\d{2}\s?(?:usd|eur|gbp|\$|€)|\b\d[\d.]*,\d{2}\s?(?:€|eur\b)|[¥￥]\s?\d[\d,]*|\d[\d,]*\s?円/i;

/**
 * Says money has been or will be taken from the reader — a receipt's or a renewal's words, not a
 * sales pitch's price ("only $100.00, order now"). In Japanese and German as the fake renewals write
 * them: "ご注文ありがとうございます", "自動更新", "お支払い金額", "Rechnung", "Verlängerung", "Betrag".
 */
const RECEIPT =
  /\b(?:total (?:paid|charged|amount)|amount (?:paid|charged|debited)|paid:|auto[- ]?(?:debit|renew\w*)|automatic(?:ally)? renew\w*|(?:has been|was|will be) (?:renewed|charged|debited|deducted|processed)|payment of (?:us\$|\$|€|£|usd|eur)\s?\d|receipt (?:number|no\.?|#)|order (?:number|no\.?|#|confirmation)|invoice (?:number|no\.?|#|date)|transaction (?:id|number|#|- #)|rechnung(?:snummer|sbetrag|sdatum)?|bestellnummer|bestellbestätigung|(?:gesamt|rechnungs|zahlungs)?betrag|abgebucht|abbuchung|verlängerung|automatisch verlängert)\b|ご注文(?:ありがとうございま|いただき|を承り)|注文番号|ご?請求(?:金額|額|書番号)|お?支払(?:い)?金額|ご利用金額|自動(?:的に)?更新|更新(?:されました|が完了)|引(?:き)?落(?:と)?し|決済(?:が)?完了|領収書|お取引番号|契約番号/i;

/** Full-width digits and dashes, as Japanese mail writes a number ("０５０－１２３４－５６７８"), read as ASCII. */
const WIDE = /[０-９－（）＋]/g;
export function narrow(text: string): string {
  return /[０-９]/.test(text) ? text.replace(WIDE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text;
}

/** A web or mail address written in the text: something to answer other than the phone. */
const WEB = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\.[a-z]/i;
const MAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** The label of the customer's own address on a receipt, just before it. */
const CUSTOMER = /\b(?:customer|client|account|billed to|bill to|sold to|ship to)(?: e-?mail)?\s*:?\s*$/i;

/**
 * A forward's header lines left in the text ("Von: Name <addr>", "差出人: …", "Betreff: …"): the original's
 * own From is no address to write to, nor its domain the shop's name in the text.
 */
const HEADER_LINE = /^[ \t>]*(?:from|von|de|van|da|差出人|送信者|to|an|à|aan|宛先|cc|sent|gesendet|envoyé|date|datum|日付|送信日時|subject|betreff|objet|onderwerp|件名)[ \t]*[:：].*$/gim;

/** The text read: a receipt says it all at the top. */
const READ = 4000;

export type BrandCallback = { phone: string; brand: string };

/**
 * Whether the phone is the only answer the text gives: no web address written, no e-mail address but the
 * reader's own (or one labelled as the customer's).
 */
export function phoneOnlyAnswer(original: Original, text: string): boolean {
  if (WEB.test(text)) return false;
  const readers = new Set(original.recipients.map((r) => r.toLowerCase()));
  for (const m of text.matchAll(MAIL)) {
    if (readers.has(m[0].toLowerCase()) || CUSTOMER.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    return false;
  }
  return true;
}

/** The text as brandCallback reads it: full-width digits narrowed, a forward's header lines left out. */
export function callbackText(original: Original): string {
  return narrow(headText(original, READ)).replace(HEADER_LINE, "").replace(ORGANIZER, "");
}

function timesIn(text: string, quote: string): number {
  const hay = text.toLowerCase();
  const needle = quote.toLowerCase();
  if (!needle) return 0;
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0 && n < 3; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * A brand's mail from a stranger's domain whose only answer is a phone number, or undefined. `receipt`: it
 * must also be a receipt (a sum and a receipt's words) — callback_invoice; without, the caller has its own
 * reason to read it (the tech-support scam's virus alarm, src/signals/security-scare.ts).
 */
export function brandCallback(original: Original, sender: SenderFacts, claims: BrandClaims, receipt = true): BrandCallback | undefined {
  if (!sender || senderBrand(sender.facts) !== undefined) return undefined;
  if (original.links.some((l) => /^(?:https?:)?\/\//i.test(l.href.trim()))) return undefined;
  if (hasHeader(original.headers, "list-id")) return undefined;
  const text = callbackText(original);
  const phone = PHONE.exec(text)?.[0];
  if (!phone || (receipt && (!AMOUNT.test(text) || !RECEIPT.test(text)))) return undefined;
  // An address to write to (not the reader's own, which a receipt shows as the customer's; a scam fills in its
  // victim's address as the customer's: "Client Email: …", "Customer: …").
  if (!phoneOnlyAnswer(original, text)) return undefined;
  // A shop's own receipt names the shop: the sender's domain name in the text or the display name.
  // ("Bluebird Computers" for bluebirdcomputers.co.uk: compared without spaces and punctuation.)
  const label = sender.facts.info.label.toLowerCase().replace(/[^a-z0-9]/g, "");
  const fromName = (original.from?.name ?? "").slice(0, 200);
  if (!sender.facts.freemail && label.length >= 3 && `${fromName}\n${text}`.toLowerCase().replace(/[^a-z0-9]/g, "").includes(label)) return undefined;
  // The brand is what the mail is about: in the name or the subject, or named twice in the text.
  // A receipt signed with the name it comes under is that shop's or that person's own (facts/signed-by-sender).
  if (signedBySender(original, claims)) return undefined;
  const claim = claims.find((c) => c.place !== "body" || timesIn(text, c.quote) >= 2);
  if (claim) return { phone: phone.trim(), brand: claim.quote };
  // An antivirus name (facts/security-vendor: "Norton Order", which the brand list cannot hold as a name).
  const vendor = securityVendor(text);
  return vendor ? { phone: phone.trim(), brand: vendor } : undefined;
}
