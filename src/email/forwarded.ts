import type { CheckResult } from "../check";
import { firstAddress } from "./addresses";

/**
 * True when nothing was forwarded: the person wrote to us themselves ("is this phishing?") and
 * forgot the mail. That is a mail found "direct" (no attached or inline-forwarded original),
 * From the person who sent it to us, with no link and no file to look at (images alone — a logo
 * in a signature, a screenshot — are not something we can check). A redirect of someone else's
 * mail (Resent-From, or a From that is not the sender) is a mail to check, and so is anything
 * with a link or a file. An empty mail is nothing forwarded too.
 */
export function nothingForwarded(result: CheckResult, envelopeFrom: string, headers: Headers): boolean {
  if (result.verdict === "unreadable") return result.error === "empty message";
  const o = result.original;
  if (o?.via !== "direct") return false;
  if (headers.get("resent-from") || headers.get("resent-sender")) return false;
  const from = o.from?.address ?? "";
  if (from && from !== firstAddress(envelopeFrom)) return false;
  if ((o.links?.length ?? 0) > 0) return false;
  return !(o.attachmentTypes ?? []).some((t) => !/^image\//i.test(t));
}
