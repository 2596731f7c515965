import type { CheckResult } from "../check";
import { reportRecord } from "../reports/row";
import { composeReply, rejectLine, type ReplySubject } from "../reply/compose";
import { finishVerdictReply } from "../reply/org";
import { answer } from "./answer";
import { newVerdictId } from "./feedback";
import { later } from "./later";
import { forwardToTeam } from "./security-team";
import type { Settings } from "./settings";
import type { EmailDeps, FlowCtx, IncomingEmail, Outcome } from "./types";

/** A verdict: the reply (with its own Message-ID), then the security team's copy, then the report — written off the reply path. */
export async function onVerdict(msg: IncomingEmail, deps: EmailDeps, settings: Settings, result: CheckResult, c: FlowCtx & { started: number }): Promise<Outcome> {
  const about: ReplySubject = { kind: "verdict", result };
  const replyId = newVerdictId(msg.to);
  const codes = result.reasons.map((r) => r.code);
  const outcome = await answer(
    msg,
    deps,
    {
      kind: "verdict",
      verdict: result.verdict,
      content: () => finishVerdictReply(composeReply(about, settings), result.language, settings.orgName),
      rejectLine: () => rejectLine(about),
      inReplyTo: c.messageId,
      messageId: replyId,
      fromName: c.fromName,
    },
    c.finish,
    { verdict: result.verdict, score: result.score, codes, via: result.original?.via, error: result.error },
  );
  const ms = Date.now() - c.started;
  const sent = outcome.action === "reply";
  later(deps, c.log, "report", async (store) => {
    const reporter = await store.reporter(msg.from);
    await store.record(reportRecord(result, { id: crypto.randomUUID(), receivedAt: c.started, ms, reporter, replyMessageId: sent ? replyId : null }));
  });
  if (sent) await forwardToTeam(msg, settings, result, c.log);
  return outcome;
}
