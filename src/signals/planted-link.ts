import { reason } from "../reasons/catalogue";
import { plantedLink, plantedUsername } from "../facts/planted-link";
import type { Signal, SignalContext } from "./types";
import { hasHeader } from "../facts/headers";

/**
 * A stranger's site written as bare text next to money said to be yours (src/facts/planted-link.ts):
 * suspicious — the crypto scam typed into a real service's sign-up or contact form, which the
 * service then mails out under its own, authenticated name. Not on a mailing list.
 */
export function plantedLinkSignals({ original, rules, sender }: SignalContext): Signal[] {
  if (hasHeader(original.headers, "list-id")) return [];
  const found = plantedLink(rules, original, sender) ?? plantedUsername(rules, original, sender);
  return found ? [reason("planted_link", { site: found.site, credit: found.credit })] : [];
}
