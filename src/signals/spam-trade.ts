import { reason } from "../reasons/catalogue";
import { spamTrade } from "../facts/spam-trade";
import { creditOffer } from "../facts/credit-offer";
import { lureCanApply, strangerLink } from "../facts/stranger-link";
import { hostInfo, linkHost } from "../text/host";
import type { Signal, SignalContext } from "./types";

/**
 * Junk mail selling pills without prescription, casino bonuses or sex dating (src/facts/spam-trade.ts),
 * or credit "approved" for someone who never applied (src/facts/credit-offer.ts), that links to a stranger's site: suspicious, never dangerous by itself. The provider's junk stamp
 * says the same for a mail checked directly; an inline forward loses that stamp but keeps the words.
 * Not on a mailing list (a discussion that quotes spam), not from a brand's own domain, and only
 * with a link to a site that is neither the sender's own, a brand's nor a mail service's tracker —
 * a chemist's, a lottery's or a dating app's own mail links to its own site.
 */
function credit(original: SignalContext["original"]): { trade: "credit"; words: string[] } | undefined {
  const words = creditOffer(original);
  return words ? { trade: "credit", words } : undefined;
}

export function spamTradeSignals({ original, rules, sender }: SignalContext): Signal[] {
  if (!lureCanApply(original, sender, rules)) return [];
  // Else credit "approved" for someone who never applied (src/facts/credit-offer.ts), the trade "credit".
  // (The stranger's link first: the links' domain facts are already known from the link signals, and
  // without such a link the trade's words are not read at all.)
  const stranger = strangerLink(rules, original, sender);
  if (!stranger) return [];
  const found = spamTrade(original) ?? credit(original);
  if (!found) return [];
  return [reason("spam_offer", { trade: found.trade, words: found.words.slice(0, 2).join("\u0000"), url: stranger.href.slice(0, 200), domain: hostInfo(linkHost(stranger.href) ?? "").host })];
}
