import { reason } from "../reasons/catalogue";
import { headText } from "../facts/head-text";
import { senderBrand } from "../facts/domain-facts";
import { hasHeader } from "../facts/headers";
import { brandCallback, callbackText, PHONE as ANY_PHONE, phoneOnlyAnswer } from "../facts/brand-callback";
import { signedBySender } from "../facts/signed-by-sender";
import { securityScareSignals } from "./security-scare";
import type { Signal, SignalContext } from "./types";
import { stripReplyPrefixes } from "../text/subject";

/**
 * How the text is built, beyond single phrases: a mass-mailing template with its blanks left
 * unfilled, the fake invoice that wants you to phone ("call us to cancel this charge"), and a
 * message that is only a picture and a link.
 */

/** Merge fields of mailing tools as they look when left unfilled: {FIRSTNAME}, {{name}}, [username], %EMAIL%, *|FNAME|*. */
const BRACKETED = /\{\{?[ \t]{0,3}([a-z_ -]{2,20}?)[ \t]{0,3}\}\}?|\[[ \t]{0,3}([a-z_ -]{2,20}?)[ \t]{0,3}\]|%([a-z_-]{2,20})%|\*\|[ \t]{0,3}([a-z_-]{2,20})[ \t]{0,3}\|\*/gi;
const FIELD = /^(?:first[_ ]?name|fname|last[_ ]?name|lname|full[_ ]?name|name|user[_ ]?name|e-?mail|state|city|country|company|recipient|customer|contact)$/i;
const BARE_FIELD = /\b(?:FNAME|FIRSTNAME|Fname)\b/;
/** In the body only right after a greeting ("Dear {first_name},"): templates discussed on lists are not mail to you. */
const GREETING = /^\s*(?:hi|hello|dear|hey|hallo|olá|ola|bonjour|hola|liebe[rs]?)\s+(\S.{0,40})/gim;

/**
 * What every blank has in it: a bracket BRACKETED opens with ({, [, %, *|) or a BARE_FIELD word. A text
 * without any has no blank, and a greeting in it none either (its name part is a piece of the text):
 * most mail, which is then not searched for greetings or fields at all.
 */
const MAY_BLANK = /[{[%]|\*\||F(?:IRST)?NAME|Fname/;

function blankIn(text: string, atStart = false): string | undefined {
  if (!MAY_BLANK.test(text)) return undefined;
  for (const m of text.matchAll(BRACKETED)) {
    if (atStart && m.index !== 0) break;
    if (FIELD.test((m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").trim())) return m[0];
  }
  const bare = BARE_FIELD.exec(text);
  return bare && (!atStart || bare.index === 0) ? bare[0] : undefined;
}

function placeholder({ original }: SignalContext): Signal[] {
  const found = (where: string, text: string | undefined) => (text ? [reason("template_blank", { text, where })] : null);
  // (Read only when the subject and the name have no blank: the first found is the one reported.)
  const greeting = () => {
    const top = original.text.slice(0, 2000);
    return MAY_BLANK.test(top) ? [...top.matchAll(GREETING)].map((m) => blankIn(m[1]!, true)).find(Boolean) : undefined;
  };
  // In a subject, where a salutation goes: first ("{FIRSTNAME}, your gift…") or last ("…for you Fname").
  const subject = stripReplyPrefixes(original.subject).trim();
  const inSubject = blankIn(subject);
  const salutation = inSubject && (subject.startsWith(inSubject) || subject.endsWith(inSubject)) ? inSubject : undefined;
  return found("subject", salutation) ?? found("name", blankIn(original.from?.name ?? "")) ?? found("greeting", greeting()) ?? [];
}

/** A telephone number: North American (1 (833) 317-4505, 856-633-1822) or international (+44 20 7946 0958). */
const PHONE = /(?:\+?1[\s.-]?)?\(\s*\d{3}\s*\)\s*\d{3}[\s.-]?\d{4}\b|\b(?:\+?1[\s.-])?\d{3}[.-]\d{3}[.-]\d{4}\b|\+\d{1,3}[\s.-]\d{1,4}[\s.-]\d{3,4}[\s.-]\d{3,4}\b/;
/** Says money has been or will be taken. */
const CHARGED = /\b(?:charged|debited|auto[- ]?(?:renew(?:al|ed)?|debit)|(?:has|have) been renewed|will (?:be )?renew|payment (?:has been |was )?(?:received|processed|successful)|order (?:confirmation|number|receipt|#)|invoice (?:number|#|no)|amount (?:charged|paid|due)|total (?:charged|amount|paid))\b/i;
/**
 * Tells you to phone to stop it. "If you have any questions, contact us at billing@shop.example or call …"
 * is a real receipt's support line (Stripe, Square and shops write it so): with an address to write to in
 * the same sentence, "any questions" is not a call to stop a charge.
 */
const CALL_TO_STOP = /\b(?:cancel|refund|dispute|stop|avoid|did ?n[o']t (?:make|authori[sz]e|place|recogni[sz]e|order)|not (?:authori[sz]ed|recogni[sz]ed)|any (?:queries|questions|concerns|issues)(?![^!?\n]{0,160}@))\b[^.!?\n]{0,120}?\b(?:call|contact|reach|dial|phone|helpline|toll[- ]free)\b|\b(?:call|dial|phone|contact)\b[^.!?\n]{0,80}?\b(?:cancel|refund|dispute|stop|avoid)/i;

/**
 * The Japanese 架空請求 and the German fake dunning letter: a charge said to be unpaid (未納, 未払い, ご請求,
 * Mahnung, offener Betrag), a threat of law (法的手続き, 訴訟, 差し押さえ, Inkasso, gerichtliches Mahnverfahren)
 * and a number to call — "本日中にご連絡がない場合、法的手続きに移行します。連絡先 03-…". Read only when the phone
 * is the only answer (no link, no web or mail address): a real reminder links to the account or gives an address.
 */
const DUNNING =
  /未納|未払い|滞納|ご?請求(?:金額|額)|利用料金|延滞(?:金|料)|\b(?:mahnung|offene[rn]? (?:betrag|forderung|rechnung)|zahlungsrückstand|zahlungsaufforderung)\b/i;
const LAW =
  /法的(?:手続|措置|処置)|訴訟|裁判|強制執行|差(?:し)?押(?:さ)?え|民事|\b(?:inkasso|gerichtliche[sn]? mahnverfahren|mahnbescheid|rechtliche schritte|pfändung|anwalt)/i;

/**
 * A receipt for a charge you never made, with a number to phone "to cancel": the call is the scam
 * (they ask for card details or remote access). Real receipts send you to the account, not a phone.
 */
function callback(ctx: SignalContext): Signal[] {
  const { original, sender, claims } = ctx;
  const text = headText(original, 6000);
  const phone = PHONE.exec(text)?.[0];
  // A brand's receipt from a stranger's domain with a phone and nothing else to answer (src/facts/brand-callback.ts).
  const found = brandCallback(original, sender, claims);
  if (found) return [reason("callback_invoice", { phone: found.phone }, "brand")];
  if (!phone || !CHARGED.test(text) || !CALL_TO_STOP.test(text) || signedBySender(original, claims)) return dunning(ctx);
  const freemail = !!sender?.facts.freemail;
  return [reason("callback_invoice", { phone: phone.trim() }, freemail ? "freemail" : "other")];
}

/** The 架空請求: unpaid, the law, a phone as the only answer; not on a list, not signed by its sender. */
function dunning({ original, sender, claims }: SignalContext): Signal[] {
  if (original.links.some((l) => /^(?:https?:)?\/\//i.test(l.href.trim())) || hasHeader(original.headers, "list-id")) return [];
  if (sender && senderBrand(sender.facts) !== undefined) return [];
  const text = callbackText(original);
  if (!DUNNING.test(text) || !LAW.test(text)) return [];
  const phone = ANY_PHONE.exec(text)?.[0];
  if (!phone || !phoneOnlyAnswer(original, text) || signedBySender(original, claims)) return [];
  return [reason("callback_invoice", { phone: phone.trim() }, sender?.facts.freemail ? "freemail" : "other")];
}

/** Signature blocks and footers that say nothing to the reader. */
const NOISE = /-----BEGIN PGP SIGNATURE-----[\s\S]*?-----END PGP SIGNATURE-----|https?:\/\/\S+/g;

/**
 * The message is a picture and a link: nothing for a filter (or a reader with images off) to read,
 * everything in an image. Image spam and phishing do this; a person sending a photo adds no link,
 * and a newsletter has text.
 */
function pictureOnly({ original }: SignalContext): Signal[] {
  // A long text is not "next to no text" (and a bound keeps the signature search linear).
  if (original.text.length > 20_000) return [];
  // The cheap counts first: most mails have no picture or no link, and then the text need not be read.
  const pictures = (original.imageSources?.length ?? 0) + original.attachments.filter((a) => /^image\//i.test(a.mimeType)).length;
  const links = original.links.filter((l) => /^(?:https?:)?\/\//i.test(l.href.trim())).length;
  if (pictures === 0 || links === 0) return [];
  // Letters in words of two or more, counted until there are 30.
  let letters = 0;
  for (const word of original.text.replace(NOISE, " ").matchAll(/\p{L}{2,}/gu)) {
    letters += word[0].length;
    if (letters >= 30) return [];
  }
  return [reason("picture_only", {})];
}

/** Says you have won or been chosen for a prize. */
const WON =
  /当選|賞品|景品|選ばれました|\b(?:you(?:'ve| have)? (?:won|been (?:selected|chosen))|winner|claim (?:your|the) (?:prize|reward|gift)|congratulations[^.!?\n]{0,60}\b(?:won|selected|chosen|prize|reward|gift))\b/i;
/**
 * Asks for card details or a fee to receive it: "カード情報をご入力ください", "送料500円のみご負担ください",
 * "enter your credit card details", "pay only shipping", "cover the shipping fee of $1.95". Not
 * "送料無料", "送料は当社が負担いたします", "free shipping" or "pay with your credit card".
 */
const FEE =
  /((?:クレジット)?カード(?:情報|番号)[^。\n]{0,12}(?:入力|記入|登録|送信|お知らせ)|送料[^。\n]{0,15}(?:ご負担|お支払|支払)(?:ください|下さい|いただ|頂)|(?:手数料|配送料|受取料)[^。\n]{0,15}(?:お支払|支払|ご負担)(?:ください|下さい|いただ|頂))|\b((?:enter|provide|confirm|submit|update) your (?:credit |debit )?card (?:details|information|info|number)|pay (?:only )?(?:for )?(?:the )?(?:shipping|postage|handling|delivery|a small (?:fee|shipping)|processing)(?: fee| cost| charge)?|cover the (?:shipping|delivery|postage|handling|processing) (?:fee|cost|charge)s?)\b/i;

/**
 * A prize you must pay or give card details for, and a link to do it: "you won, enter your card to pay the shipping".
 * The fee or the card number is the scam; a real prize is delivered without either. A brand's own
 * domain is left to the sender and link signals (a forged one is judged there).
 */
function prizeFee({ original, sender }: SignalContext): Signal[] {
  if (sender && senderBrand(sender.facts) !== undefined) return [];
  // The lure leads to a form: without a link it is wording only, which the phrase cap keeps below "dangerous".
  if (!original.links.some((l) => /^(?:https?:)?\/\//i.test(l.href.trim()))) return [];
  const text = headText(original, 6000);
  if (!WON.test(text)) return [];
  const m = FEE.exec(text);
  if (!m) return [];
  return [reason("prize_fee", { ask: m[0].trim().slice(0, 60) })];
}

export function contentSignals(ctx: SignalContext): Signal[] {
  return [...placeholder(ctx), ...callback(ctx), ...pictureOnly(ctx), ...prizeFee(ctx), ...securityScareSignals(ctx)];
}
