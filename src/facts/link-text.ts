import type { Link } from "../original/types";

/**
 * What a link shows the reader: the address its text displays, and whether its text asks to act.
 * Read by the link signals and by the link-host budget (which links a reader is led to click).
 */

/** Characters that take no room on screen. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;
const SHOWN_URL = /^\s*(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?:[/:?#]\S*)?\s*$/i;
/** The same, read as the reader sees it: punctuation after the address ("https://www.paypal.com.", "www.paypal.com ›"). */
const SHOWN_URL_PUNCT = /^\s*(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?:[/:?#]\S*?)?[\s.,;:!?›»)\]]*$/i;

/** A domain written as the visible text of a link ("www.amazon.co.jp", "https://amazon.co.jp/…"). */
export function shownHost(text: string): string | null {
  // Invisible characters inside the address (www.pay\u200Bpal.com) do not hide it either; a long
  // text is read as written.
  const m = text.length > 300 ? SHOWN_URL.exec(text) : SHOWN_URL_PUNCT.exec(text.replace(INVISIBLE, ""));
  return m ? m[1]!.toLowerCase() : null;
}

/** Link texts that ask you to act: the one link a phishing mail needs you to click. */
export const ACTION_TEXT = /^\W*(?:click here|click|here|log ?in|sign ?in|verify|confirm|update|continue|restore|unlock|ここをクリック|こちら|ログイン|確認する|認証|更新)\b/i;

/** Link texts that ask you to do something to your account (not "click here" for a sponsor's offer). */
export const ACCOUNT_ACTION =
  /^\W*(?:(?:please\s+)?(?:click\s+here\s+(?:to\s+)?|go\s+to\s+)?(?:log ?in|log ?on|sign ?in|verify|confirm|update|restore|unlock|validate|reactivate|secure|prove)\b|ログイン|確認する|認証|更新する)/i;

/** A sign-in page's address shown as a link's text ("https://onlinebanking.example.com/logon/…"). */
export const LOGIN_PATH = /^\s*(?:https?:\/\/)?[^\s/]+\/\S*(?:log[-_]?on|log[-_]?in|sign[-_]?in|signon|auth|verify|account|secure|banking|webscr)/i;

/** A link the reader is led to click: its text shows an address, or asks to act. */
export function leadsReader(link: Link): boolean {
  return shownHost(link.text) !== null || ACTION_TEXT.test(link.text) || ACCOUNT_ACTION.test(link.text) || LOGIN_PATH.test(link.text);
}
