import { firstAddress, localPart } from "./addresses";
import type { IncomingEmail, SilentReason } from "./types";

const DAEMON = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)$/i;

/**
 * Why we must not answer this mail at all, or null. A loop is only mail from ourselves: the
 * address it was sent to, the check address and any other sending identity of this worker, or a
 * mail carrying our X-Phishcheck marker. Colleagues in the check address's own domain are people
 * like anyone else and get answers. Machines are silenced by their own marks: bounces,
 * Auto-Submitted, auto-reply headers, bulk and list mail.
 */
export function noReplyReason(msg: Pick<IncomingEmail, "from" | "to" | "headers">, own: string[]): SilentReason | null {
  const from = firstAddress(msg.from);
  if (!from) return "bounce";
  if (DAEMON.test(localPart(from))) return "bounce";
  const ours = new Set([msg.to, ...own].map(firstAddress).filter(Boolean));
  if (ours.has(from)) return "loop";
  // Our own reply coming back (an auto-forward, a mailbox rule) keeps our From and our marker.
  if (ours.has(firstAddress(msg.headers.get("from")))) return "loop";
  if (msg.headers.get("x-phishcheck")) return "loop";
  const auto = msg.headers.get("auto-submitted");
  if (auto && auto.trim().toLowerCase() !== "no") return "auto_submitted";
  if (msg.headers.get("x-autoreply") || msg.headers.get("x-autorespond")) return "auto_submitted";
  const precedence = (msg.headers.get("precedence") ?? "").trim().toLowerCase();
  if (precedence === "auto_reply") return "auto_submitted";
  const ct = msg.headers.get("content-type") ?? "";
  if (/multipart\/report/i.test(ct) && /delivery-status/i.test(ct)) return "bounce";
  // A mail redirected by the person writing to us keeps the original's headers (a newsletter's
  // List-Unsubscribe, Precedence: bulk); the Resent-From naming them says a person sent it.
  if (!redirectedBySender(msg)) {
    if (/^(?:bulk|list|junk)$/.test(precedence)) return "bulk";
    if (msg.headers.get("list-id") || msg.headers.get("list-unsubscribe")) return "list";
  }
  return null;
}

/** True when the Resent-From names the envelope sender: the person redirected someone else's mail to us. */
export function redirectedBySender(msg: Pick<IncomingEmail, "from" | "headers">): boolean {
  const resent = firstAddress(msg.headers.get("resent-from"));
  return !!resent && resent === firstAddress(msg.from);
}
