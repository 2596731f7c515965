import type { Original } from "../original/types";
import type { BrandClaims } from "./brand-claims";
import { SECURITY_VENDOR } from "./security-vendor";

/**
 * Whether the mail's body is signed with the name it comes under: a shop's or a person's own name ("Hillside
 * Motors", "Dave Kowalski", "BitBox Support") in the text as in the display name — a small shop or a freelancer
 * invoicing from a domain of another name or a webmail address, a support desk answering, a researcher
 * announcing a dataset. A callback scam or a wallet lure writes under a role ("Paid Customer", "E-Receipt Bill
 * Team", "Wallet Support"), under no name, or under a name it never repeats; a brand's name in the display name
 * is a claim, not a signature (read: callback_invoice, src/facts/brand-callback.ts and src/signals/content.ts;
 * wallet_lure's page written as text, src/signals/wallet-lure.ts).
 */
export function signedBySender(original: Original, claims: BrandClaims): boolean {
  // (The body only: a subject that repeats the name — "Your receipt from Hinata Kobo" — signs nothing.)
  const text = original.text.slice(0, READ);
  return !claims.some((c) => c.place === "display_name") && !DISOWNED.test(text) && signedWith((original.from?.name ?? "").slice(0, NAME), ` ${text} `);
}

/**
 * The charge disowned for the reader: "If you did not authorize this renewal, please call …", "If you didn't
 * make this purchase, contact … at +1 …". A shop's or a freelancer's own receipt bills its customer for what
 * they ordered; a callback scam signs with a made-up person's name as readily as with a role (red team 8:
 * "Kevin Thompson" billing a Norton renewal from a Gmail address).
 */
const DISOWNED = /\b(?:did ?n[o'’]t|did not|have not|have ?n[o'’]t) (?:make|authori[sz]e|place|recogni[sz]e|order|request|initiate)\b|\bnot (?:authori[sz]ed|recogni[sz]ed) by you\b|\bunauthori[sz]ed (?:charge|payment|purchase|transaction|renewal)/i;

/** How much of the display name and of the body is read. */
const NAME = 200;
const READ = 4000;

/** An e-mail address in the text. */
const MAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * Words a name made only of says no one in particular ("Paid Customer", "E-Receipt Bill Team",
 * "E-Payment Notification", "Billing Support"): a role, not a shop or a person who signs the receipt.
 */
const ROLE =
  /^(?:e|paid|customers?|clients?|bill|billing|bills|receipts?|invoices?|payments?|orders?|notifications?|notices?|services?|support|care|team|help|helpdesk|desk|line|renewals?|subscriptions?|accounts?|security|protection|members?|membership|department|dept|center|centre|sales|admin|info|no|reply|noreply|the|and|of|for|your|online|customer-service|confirmation|alerts?|dear|wallets?|kyc|verification|compliance|official|crypto|web3|defi|airdrops?|claims?|rewards?|bonus|refunds?|assistance|management|office)$/;

/**
 * The same in Japanese, where a name is one run of characters: "カスタマーサポートセンター", "お客様サポート窓口",
 * "料金請求事務局" say a desk, not a shop ("さくら電機") or a person.
 */
const ROLE_JA =
  /^(?:カスタマー|サポート|センター|お客様|お客さま|相談|窓口|事務局|受付|請求|料金|管理|運営|サービス|デスク|ヘルプ|インフォメーション|総合|会員|担当|係|課|部|室|お問い合わせ|お問合せ|問い合わせ|ご案内|案内|通知|お知らせ|セキュリティ|アカウント|更新|返金|契約|決済|支払い?|お支払い?)+$/u;

/** A forward's "From:" line ("Von: Name <addr>", "差出人: …") left in the text: it quotes the name, it signs nothing. */
const FROM_LINE = /^[ \t>]*(?:from|von|de|van|da|差出人|送信者)[ \t]*[:：].*$/gim;

/**
 * A calendar invitation's organiser block ("Organizer\nJoseph Schneider\nbijankashyap0@usermfa.org", "主催者"):
 * the callback scam sent as a calendar invitation names its sender there — a quote, no signature (nor, for
 * facts/brand-callback, an address the receipt gives to write to).
 */
export const ORGANIZER = /^[ \t]*(?:organi[sz]er|主催者|organisator|organisateur)[ \t]*[:：]?[ \t]*\r?\n(?:[^\n@]*\r?\n)?[^\n@]*@[^\n]*$/gim;

/** Kanji or kana in a name. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Whether the display name (not only role words, no security company) stands in the text as words of their own. */
function signedWith(name: string, text: string): boolean {
  const words = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter(Boolean);
  // (A Japanese shop's name is short in characters, long in what it says: "さくら電機" signs as "Hillside Motors" does.)
  if (words.join("").length < (CJK.test(name) ? 3 : 6) || words.every((w) => ROLE.test(w) || ROLE_JA.test(w)) || SECURITY_VENDOR.test(name)) return false;
  // (Addresses left out: "help@hinata-kobo.jp" writes the name into an address, it signs nothing.)
  return text.replace(FROM_LINE, " ").replace(ORGANIZER, " ").replace(MAIL, " ").replace(/\S+\.\S+\/\S*/g, " ").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").includes(` ${words.join(" ")} `);
}

