import { reason } from "../reasons/catalogue";
import { hasHeader } from "../facts/headers";
import { senderBrand } from "../facts/domain-facts";
import { roleMailbox, unvouchedOfficialLink } from "../facts/unvouched-official";
import type { Signal, SignalContext } from "./types";

/**
 * A brand's service mailbox in From (noreply@, service@, notificacoes@ at its real domain) that
 * nothing vouches for, in a mail none of whose links goes to the brand (facts/unvouched-official): a
 * forged official sender, whatever the lure. A person at the company (taro.yamada@) writing to a
 * mailing list is not one, nor a list's post. Weaker than forged_official (which also needs the mail to
 * ask for a sign-in, card details or a payment); src/signals/forged-official.ts asks this one only
 * when that one is silent.
 */
export function officialElsewhereSignals({ original, rules, sender }: SignalContext): Signal[] {
  if (!sender || !original.from || !roleMailbox(original.from.address) || hasHeader(original.headers, "list-id")) return [];
  const first = unvouchedOfficialLink(rules, original, sender);
  if (!first) return [];
  return [reason("official_sender_elsewhere", { brand: rules.brands[senderBrand(sender.facts)!]!.names.en[0]!, domain: sender.domain, url: first.href })];
}
