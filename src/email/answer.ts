import type { ReplyContent } from "../reply/compose";
import { buildReplyMime } from "../reply/mime";
import type { EmailDeps, Finish, IncomingEmail, Outcome, ReplyKind } from "./types";
import type { CheckResult } from "../check";

export type Answer = {
  kind: ReplyKind;
  verdict?: CheckResult["verdict"];
  content: () => ReplyContent;
  /** The one line of a bounce, when the platform refuses the reply. */
  rejectLine: () => string;
  /** Message-ID of the forward we answer. */
  inReplyTo: string | null;
  /** Our Message-ID for the reply (verdicts: answers to it are feedback). */
  messageId?: string;
  fromName?: string;
};

/**
 * Sends one reply — or, when the platform refuses it (no DMARC on the forwarder's domain) or it
 * cannot be built, rejects the mail with a one-line answer, so the person still hears back.
 */
export async function answer(msg: IncomingEmail, deps: EmailDeps, a: Answer, finish: Finish, extra: Record<string, unknown> = {}): Promise<Outcome> {
  const o: Outcome = { action: "reply", kind: a.kind, verdict: a.verdict };
  let mime: string;
  try {
    mime = buildReplyMime(
      { from: msg.to, to: msg.from, inReplyTo: a.inReplyTo, references: msg.headers.get("references"), messageId: a.messageId, fromName: a.fromName },
      a.content(),
    );
  } catch (e) {
    return reject(msg, a, finish, { ...o, action: "reject" }, { ...extra, replyError: `compose: ${e instanceof Error ? e.name : "error"}` });
  }
  try {
    await deps.sendReply(mime, msg.to, msg.from);
    return finish(o, extra);
  } catch (e) {
    return reject(msg, a, finish, { ...o, action: "reject" }, { ...extra, replyError: e instanceof Error ? e.message.slice(0, 120) : "error" });
  }
}

function reject(msg: IncomingEmail, a: Answer, finish: Finish, o: Outcome, extra: Record<string, unknown>): Outcome {
  try {
    msg.setReject(a.rejectLine());
  } catch {
    // nothing more we can do; the outcome below records it
  }
  return finish(o, extra);
}
