import type { Original } from "../original/types";
import type { BrandClaims } from "./brand-claims";
import { senderBrand, type SenderFacts } from "./domain-facts";
import { hasHeader } from "./headers";
import { headText } from "./head-text";
import { SECURITY_VENDOR, securityVendor } from "./security-vendor";

/**
 * The callback receipt: a payment or an automatic renewal for a brand's product ("We are confirming
 * your upcoming automatic renewal with McAfee. A payment of $440.99 will be processed today … Help
 * Line: 1 805 248-2517", "e b a y Receipt … Vanilla Visa Gift Card $909.99 … call us at …"), from a
 * domain that is not the brand's, with no link and no address to write to: the phone number is the
 * only way to answer, and the call is the scam (card details, remote access, a "refund" that takes
 * money). A brand's real receipt comes from its own domain and links to the account; a reseller's or
 * a shop's names the shop and links to the order or gives an address to write to.
 */

/** A telephone number: North American (1 (833) 317-4505, 856-633-1822, 1 805 248-2517) or international (+44 20 7946 0958). */
export const PHONE =
  /(?:\+?1[\s.-]?)?\(\s*\d{3}\s*\)\s*\d{3}[\s.-]?\d{4}\b|\b(?:\+?1[\s.-])?\d{3}[.-]\d{3}[.-]\d{4}\b|\+\d{1,3}[\s.-]\d{1,4}[\s.-]\d{3,4}[\s.-]\d{3,4}\b|\b1 \d{3} \d{3}[\s.-]\d{4}\b|\b\d{3} \d{3} \d{4}\b/;

/** A sum of money with its currency: "$440.99", "USD559.00", "$ 909.99", "€ 89,95". */
const AMOUNT = /(?:us\$|\$|€|£|usd|eur|gbp)\s?\d[\d,]*(?:\.\d{2})?\b|\b\d[\d,]*\.\d{2}\s?(?:usd|eur|gbp|\$|€)/i;

/**
 * Says money has been or will be taken from the reader — a receipt's or a renewal's words, not a
 * sales pitch's price ("only $100.00, order now").
 */
const RECEIPT =
  /\b(?:total (?:paid|charged|amount)|amount (?:paid|charged|debited)|paid:|auto[- ]?(?:debit|renew\w*)|automatic(?:ally)? renew\w*|(?:has been|was|will be) (?:renewed|charged|debited|deducted|processed)|payment of (?:us\$|\$|€|£|usd|eur)\s?\d|receipt (?:number|no\.?|#)|order (?:number|no\.?|#|confirmation)|invoice (?:number|no\.?|#|date)|transaction (?:id|number|#|- #))/i;

/** A web or mail address written in the text: something to answer other than the phone. */
const WEB = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\.[a-z]/i;
const MAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** The label of the customer's own address on a receipt, just before it. */
const CUSTOMER = /\b(?:customer|client|account|billed to|bill to|sold to|ship to)(?: e-?mail)?\s*:?\s*$/i;

/**
 * Words a name made only of says no one in particular ("Paid Customer", "E-Receipt Bill Team",
 * "E-Payment Notification", "Billing Support"): a role, not a shop or a person who signs the receipt.
 */
const ROLE =
  /^(?:e|paid|customers?|clients?|bill|billing|bills|receipts?|invoices?|payments?|orders?|notifications?|notices?|services?|support|care|team|help|helpdesk|desk|line|renewals?|subscriptions?|accounts?|security|protection|members?|membership|department|dept|center|centre|sales|admin|info|no|reply|noreply|the|and|of|for|your|online|customer-service|confirmation|alerts?|dear)$/;

/**
 * Whether the sender signs the receipt with the name it writes from: a shop's or a person's own name
 * ("Hillside Motors", "Dave Kowalski") in the text as in the display name — a small shop or a freelancer
 * invoicing from a domain of another name or a webmail address. A callback scam writes under a role
 * ("Paid Customer", "E-Receipt Bill Team") or a name it never repeats, and a brand's name is no sender's
 * own here (the brand is the claim).
 */
function signedBySender(name: string, text: string): boolean {
  const words = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter(Boolean);
  if (words.join("").length < 6 || words.every((w) => ROLE.test(w)) || SECURITY_VENDOR.test(name)) return false;
  // (Addresses left out: "help@hinata-kobo.jp" writes the name into an address, it signs nothing.)
  return text.replace(MAIL, " ").replace(/\S+\.\S+\/\S*/g, " ").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").includes(` ${words.join(" ")} `);
}

/**
 * A receipt signed with the name it comes under is that shop's or that person's own (a brand's name there is a
 * claim, not a signature). Also read by the other callback_invoice levels (src/signals/content.ts).
 */
export function signedReceipt(original: Original, claims: BrandClaims): boolean {
  // (The body only: a subject that repeats the name — "Your receipt from Hinata Kobo" — signs nothing.)
  return !claims.some((c) => c.place === "display_name") && signedBySender((original.from?.name ?? "").slice(0, 200), ` ${original.text.slice(0, READ)} `);
}

/** The text read: a receipt says it all at the top. */
const READ = 4000;

export type BrandCallback = { phone: string; brand: string };

function timesIn(text: string, quote: string): number {
  const hay = text.toLowerCase();
  const needle = quote.toLowerCase();
  if (!needle) return 0;
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0 && n < 3; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

export function brandCallback(original: Original, sender: SenderFacts, claims: BrandClaims): BrandCallback | undefined {
  if (!sender || senderBrand(sender.facts) !== undefined) return undefined;
  if (original.links.some((l) => /^(?:https?:)?\/\//i.test(l.href.trim()))) return undefined;
  if (hasHeader(original.headers, "list-id")) return undefined;
  const text = headText(original, READ);
  const phone = PHONE.exec(text)?.[0];
  if (!phone || !AMOUNT.test(text) || !RECEIPT.test(text) || WEB.test(text)) return undefined;
  // An address to write to (not the reader's own, which a receipt shows as the customer's).
  const readers = new Set(original.recipients.map((r) => r.toLowerCase()));
  // (A scam fills in its victim's address as the customer's: "Client Email: …", "Customer: …".)
  for (const m of text.matchAll(MAIL)) {
    if (readers.has(m[0].toLowerCase()) || CUSTOMER.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    return undefined;
  }
  // A shop's own receipt names the shop: the sender's domain name in the text or the display name.
  // ("Bluebird Computers" for bluebirdcomputers.co.uk: compared without spaces and punctuation.)
  const label = sender.facts.info.label.toLowerCase().replace(/[^a-z0-9]/g, "");
  const fromName = (original.from?.name ?? "").slice(0, 200);
  if (!sender.facts.freemail && label.length >= 3 && `${fromName}\n${text}`.toLowerCase().replace(/[^a-z0-9]/g, "").includes(label)) return undefined;
  // The brand is what the mail is about: in the name or the subject, or named twice in the text.
  if (signedReceipt(original, claims)) return undefined;
  const claim = claims.find((c) => c.place !== "body" || timesIn(text, c.quote) >= 2);
  if (claim) return { phone: phone.trim(), brand: claim.quote };
  // An antivirus name (facts/security-vendor: "Norton Order", which the brand list cannot hold as a name).
  const vendor = securityVendor(text);
  return vendor ? { phone: phone.trim(), brand: vendor } : undefined;
}
