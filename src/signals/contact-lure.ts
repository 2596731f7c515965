import { reason } from "../reasons/catalogue";
import { contactLure } from "../facts/contact-lure";
import { lureMailCanApply } from "../facts/stranger-link";
import type { Signal, SignalContext } from "./types";
import { hasHeader } from "../facts/headers";

/**
 * A romance or windfall lure whose answer is to go to a free mailbox that is not the sender's
 * (src/facts/contact-lure.ts): suspicious. Nobody who means you well moves the talk from a town hall's
 * or a school's address to a webmail one. Not on a mailing list (a post may quote such a mail), not
 * from a brand's own domain, not in bulk mail with an unsubscribe link.
 */
export function contactLureSignals({ original, rules, sender }: SignalContext): Signal[] {
  if (!lureMailCanApply(original, sender, rules) || hasHeader(original.headers, "list-unsubscribe")) return [];
  const found = contactLure(rules, original);
  if (!found) return [];
  return [reason("contact_lure", { kind: found.kind, words: found.words.slice(0, 120), address: found.address })];
}
