import { hasHeader } from "../facts/headers";
import { reason } from "../reasons/catalogue";
import { advanceFee } from "../facts/advance-fee";
import { lureMailCanApply } from "../facts/stranger-link";
import { hostInfo, linkHost } from "../text/host";
import type { Signal, SignalContext } from "./types";

/**
 * Advance-fee fraud (src/facts/advance-fee.ts): a fortune in millions, the story of why it is yours,
 * and a request to answer. Dangerous when the answer is to go to a free mailbox that is not the
 * sender — nobody who really owes you money hides behind someone else's webmail address; otherwise
 * suspicious, when the letter tells more than one part of the story and asks for your details or secrecy.
 */
/** A mailing list's way out, as a link's address or text. */
const UNSUBSCRIBE = /unsubscribe|opt[-_ ]?out|配信停止|配信解除|登録解除/i;

function ownSite(href: string, domain: string): boolean {
  const host = linkHost(href);
  return !!host && hostInfo(host).domain === domain;
}

export function advanceFeeSignals({ original, rules, sender }: SignalContext): Signal[] {
  // A brand's own mail (a bank's newsletter on its results) is left to the other signals, and a
  // mailing list's post (a discussion that quotes such a letter) is no letter to the reader.
  if (!lureMailCanApply(original, sender, rules)) return [];
  // A newsletter (estate planning, a charity's appeal) is sent in bulk with an unsubscribe link, and
  // an organisation that writes to its public sends them to its own site: the letter wants only a reply.
  // (Asked before the letter is read: such mail is not read for it at all.)
  // Forwarded inline the header is gone, but the newsletter's own unsubscribe link stays in its body:
  // a 419 letter carries none (it wants a reply, not a mailing list).
  if (hasHeader(original.headers, "list-unsubscribe") || original.links.some((l) => UNSUBSCRIBE.test(l.href) || UNSUBSCRIBE.test(l.text))) return [];
  const own = sender?.facts.info.domain;
  if (own && original.links.some((l) => ownSite(l.href, own))) return [];
  const f = advanceFee(rules, original);
  if (!f) return [];
  const params = { sum: f.sum.slice(0, 60), ...(f.elsewhere ? { address: f.elsewhere } : {}) };
  if (f.elsewhere) return [reason("advance_fee", params, "elsewhere")];
  if (f.stories + f.asks >= 4 && f.asks >= 1) return [reason("advance_fee", params, "letter")];
  return [];
}
