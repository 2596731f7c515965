import type { CompiledRules } from "../rules/compile";
import type { Matcher } from "../rules/matcher";
import type { Original } from "../original/types";
import { foldCompact } from "../text/normalize";
import { withoutScamWarnings } from "./scam-warning";
import { withoutSafetyAdvice } from "./safety-advice";
import { blankSentences } from "./blank-sentences";

/**
 * How much of the text the phrase search reads: its first 80,000 characters and its last 30,000 (the
 * subject always). Folding and scanning all 200,000 characters the text keeps cost some 8 ms of CPU in
 * Node, most of the free plan's 10 ms. Phishing does put wording deep in long mails (the dev corpus has
 * it at 70,000 and 135,000 characters; a 50,000 + 10,000 window lost a reason there): this window keeps
 * every verdict and reason of the corpus. Phrases alone never make a mail dangerous (the phrase cap).
 */
export const PHRASE_HEAD = 80_000;
export const PHRASE_TAIL = 30_000;
/**
 * The promise sentences (withoutPromises) are looked for in the two parts read and this many characters
 * beyond each, not in the whole text: the same blanks unless a sentence runs on this long across a cut.
 */
const PROMISE_MARGIN = 1_000;

/** A notice's promise never to ask: "メールで暗証番号をお尋ねすることはありません", "we will never ask for your password", and the same promise in French, Spanish, Portuguese, German and Italian ("ne vous demandera jamais", "nunca te pedirá", "fordern Sie niemals … auf"). */
// Only a promise about asking (お尋ねすることはありません), not any "…ことはありません": "your account will not
// be suspended (停止されることはありません) if you confirm today" is pressure, not a promise.
const NEVER_ASK = /(?:尋ね|たずね|伺い|聞き|要求|求め|お願い|依頼|させ|入力を?(?:いただ|頂))(?:る|く|する|いたす|をする|たりする)?ことは(?:一切|決して)?(?:ありません|ございません)|\b(?:will|would|do(?:es)?) never (?:ask|request)\b|\bne (?:vous|te) (?:demande|demandera|demanderons|demanderont|réclame|réclamera) jamais\b|\bnunca (?:te |le |les |vos )?(?:pedirá|pediremos|pide|pedimos|solicitará|solicita|solicitaremos|pede|liga ou envia mensagens pedindo)|\b(?:fordern|bitten|fragen) (?:Sie|dich|euch) (?:niemals|nie)\b|\bnon (?:ti|le|vi) (?:chiederà|chiederemo|chiede|chiediamo) mai\b/gi;

/**
 * A word every NEVER_ASK alternative holds, as it writes it (ことは, never, jamais, nunca, nie — niemals
 * too — and a whole "mai"): most text has none, and is not searched for the promise at every position.
 */
const PROMISE_WORD = /ことは|never|jamais|nunca|nie|mai\b/i;

/**
 * The text with every sentence that promises never to ask blanked out: genuine notices close with one
 * (listing カード番号・暗証番号・セキュリティコード), and the words in it are not asked for. Linear: each
 * sentence is found from its promise outwards, to the nearest 。, ". " or line end.
 */
export function withoutPromises(text: string): string {
  return PROMISE_WORD.test(text) ? blankSentences(text, NEVER_ASK, false) : text;
}

/**
 * A code the mail hands over, not one it asks for: "セキュリティ コード: 482913", "Your verification code: 730418"
 * (the label, a colon and 4 to 8 digits). A sign-in or security-code mail names the code it gives, in its
 * heading too ("セキュリティ コード" over "…のセキュリティ コードは次のとおりです"); a page asking for one has no
 * digits after the label, and a card's 3-digit security code is never given.
 */
const CODE_LABEL = /セキュリティ[ \u3000]?コード|security code|verification code|sign-?in code/gi;
const GIVEN_CODE = /(?:セキュリティ[ \u3000]?コード|security code|verification code|sign-?in code)[ \t\u3000]*[:：][ \t\u3000]*\d{4,8}(?!\d)/i;

/** Whether the body gives a code (see GIVEN_CODE): then its label, wherever it stands, names that code. */
export function givesCode(text: string): boolean {
  return (text.includes("コード") || /code/i.test(text)) && GIVEN_CODE.test(text);
}

/** The text (the body, or the subject over it) with the code's label blanked out, when the body gives a code. */
export function withoutCodeLabel(text: string): string {
  return text.replace(CODE_LABEL, (m) => " ".repeat(m.length));
}

const NON_ASCII = /[^\x00-\x7f]/;

/** The folded text is read in pieces of about this many characters, each cut just before a space or line break. */
const PIECE = 2048;
const BREAK = /[ \n]/g;

/**
 * Scans `text` folded (foldCompact) from matcher state `state`, and returns the state it ends in.
 * The text is read in pieces, cut just before a space or a line break, which changes nothing the
 * fold does: no character joins a following space under NFKC, a sigma's lower case looks at the
 * letters around it and a space is none, and the space itself is dropped. A piece of plain ASCII —
 * most English mail, the links of mail that also has a line in Japanese — is folded as it is read
 * (Matcher.scanCompactAscii), with no folded copy; other pieces are folded, then scanned.
 */
function scanFolded(matcher: Matcher, state: number, text: string, found: (id: number) => void): number {
  let s = state;
  for (let at = 0; at < text.length; ) {
    let end = text.length;
    if (at + PIECE < text.length) {
      BREAK.lastIndex = at + PIECE;
      end = BREAK.test(text) ? BREAK.lastIndex - 1 : text.length;
    }
    const piece = at === 0 && end === text.length ? text : text.slice(at, end);
    s = NON_ASCII.test(piece) ? matcher.scanFrom(s, foldCompact(piece), found) : matcher.scanCompactAscii(s, piece, found);
    at = end;
  }
  return s;
}

/**
 * Ids of the rule phrases found in the subject and body, in the order first found: one pass over
 * the folded text (two when it is cut). The subject and the body are read as one text joined by a
 * line break (which the fold drops), the matcher's state carried from one to the other.
 */
export function findPhrases(rules: CompiledRules, original: Original): number[] {
  const hits = new Set<number>();
  const found = (id: number) => hits.add(id);
  const m = rules.phraseMatcher;
  const t = original.text;
  const gives = givesCode(t);
  // Length-keeping blanks (promises, scam warnings, a code's label), so a part cut from the blanked text is the blanked part.
  // (And safety advice, "never share your seed phrase with anyone": ./safety-advice.)
  const blank = (s: string) => (gives ? withoutCodeLabel(withoutScamWarnings(withoutSafetyAdvice(withoutPromises(s)))) : withoutScamWarnings(withoutSafetyAdvice(withoutPromises(s))));
  const afterSubject = scanFolded(m, 0, gives ? withoutCodeLabel(original.subject) : original.subject, found);
  if (t.length <= PHRASE_HEAD + PHRASE_TAIL) scanFolded(m, afterSubject, blank(t), found);
  else {
    // (Two scans, not one of the joined parts: a phrase must not be made of the head's end and the tail's start.)
    // The promises are blanked in each part and PROMISE_MARGIN characters beyond it, not in the whole text.
    scanFolded(m, afterSubject, blank(t.slice(0, PHRASE_HEAD + PROMISE_MARGIN)).slice(0, PHRASE_HEAD), found);
    scanFolded(m, 0, blank(t.slice(-(PHRASE_TAIL + PROMISE_MARGIN))).slice(-PHRASE_TAIL), found);
  }
  return [...hits];
}
