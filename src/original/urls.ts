import type { Link } from "./types";
import { trimChars } from "../text/strings";

// URLs written out in text: with a scheme, or starting with "www.". Bounded length keeps the scan linear.
const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"'`{}|\\^\u3000-\u303f\uff01-\uff5e]{1,2000}/gi;

/** Bare URLs in plain text, trailing punctuation trimmed. */
export function urlsInText(text: string, limit = 500): Link[] {
  const out: Link[] = [];
  URL_IN_TEXT.lastIndex = 0;
  for (let m = URL_IN_TEXT.exec(text); m && out.length < limit; m = URL_IN_TEXT.exec(text)) {
    const href = trimChars(m[0], ").,;:!?]>", { start: false });
    out.push({ href: /^www\./i.test(href) ? `http://${href}` : href, text: "" });
  }
  return out;
}
