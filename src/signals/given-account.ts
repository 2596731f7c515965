import { reason } from "../reasons/catalogue";
import { lureMailCanApply } from "../facts/stranger-link";
import { givenAccount } from "../facts/given-account";
import type { Signal, SignalContext } from "./types";

/**
 * A login handed over for an account said to hold money (src/facts/given-account.ts): suspicious.
 * Not from a brand's own domain, not on a mailing list (a post may quote the scam).
 */
export function givenAccountSignals({ original, rules, sender }: SignalContext): Signal[] {
  if (!lureMailCanApply(original, sender, rules)) return [];
  const found = givenAccount(original);
  return found ? [reason("given_account", { balance: found.balance.slice(0, 60) })] : [];
}
