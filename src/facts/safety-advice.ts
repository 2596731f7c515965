import { blankSentences } from "./blank-sentences";

/**
 * A notice's safety advice: "Never share your password or 2FA codes with anyone", "never trust a message that asks
 * for your seed phrase", "秘密鍵は絶対に他人に教えないでください", "Geben Sie Ihre PIN niemals weiter", "ne partagez
 * jamais votre code". An exchange, a bank or a wallet maker closes its mail with one; the secret it names is the
 * one it tells the reader to keep, not one the mail asks for. Blanked (keeping the length) sentence by sentence,
 * like a promise never to ask (withoutPromises in ./phrases): from the sentence's start (。, a line break or ". ")
 * to its end — "Never share your seed phrase. Enter it here to verify your wallet" still reads the ask after it.
 * In the languages the phrase list covers (en, ja, de, fr, es, pt, it, nl).
 */
const ADVICE =
  /\bnever (?:trust|share|give|send|tell|disclose|reveal|type|enter) |\b(?:do not|don'?t|don’t) (?:share|give out|disclose|reveal)\b[^.\n]{0,80}\b(?:with|to) (?:anyone|anybody|others|other people|a third party|third parties)\b|(?:教え|伝え|共有し|渡さ|漏らさ|知らせ)ない(?:で(?:ください|下さい)|よう(?:に)?(?:して)?(?:ください|下さい|ご注意|お願い))|\b(?:geben|teilen|nennen|verraten) (?:Sie|du) [^.\n]{0,80}\b(?:niemals|nie|keinesfalls)\b(?:[^.\n]{0,40}\bweiter\b)?|\b(?:niemals|nie|keinesfalls) (?:an Dritte |an andere |jemandem )?(?:weiter(?:geben|gegeben)?|mitteilen|preisgeben)\b|\bne (?:partagez|communiquez|donnez|transmettez|divulguez|révélez|confiez) jamais\b|\bnunca (?:compartas|comparta|compartan|des|dé|reveles|revele|facilites|facilite|compartilhe|forneça|informe|passe)\b|\b(?:não|no) (?:compartilhe|forneça|compartas|comparta|reveles|revele) [^.\n]{0,80}\bcon (?:nadie|nadie más)\b|\bnon (?:condividere|comunicare|fornire|rivelare|dare) mai\b|\bmai (?:condividere|comunicare|fornire|rivelare)\b|\bdeel (?:nooit|nimmer)\b|\bnooit (?:delen|doorgeven|geven)\b/gi;

/**
 * A word every ADVICE alternative holds (the Spanish one ends "con nadie"): most text has none, and is not
 * searched further. Not "n't" or "no" alone, which nearly every English or Spanish mail has.
 */
const ADVICE_WORD = /never|\bdo not |\bdon['’]?t |ない|niemals|\bnie\b|keinesfalls|jamais|nunca|nadie|\bmai\b|nooit|nimmer/i;

/** The text with each sentence of safety advice blanked, keeping the length. */
export function withoutSafetyAdvice(text: string): string {
  return ADVICE_WORD.test(text) ? blankSentences(text, ADVICE, true) : text;
}
