import { checkMail, errorName, unreadable, type CheckResult } from "./check";
import { answer } from "./email/answer";
import { firstAddress, headerText } from "./email/addresses";
import { verdictReplyIds } from "./email/feedback";
import { nothingForwarded } from "./email/forwarded";
import { noReplyReason } from "./email/guards";
import { allowed, firstTime, memoKey } from "./email/memo";
import { onFeedback } from "./email/on-feedback";
import { onVerdict } from "./email/on-verdict";
import { readSettings } from "./email/settings";
import type { EmailDeps, Finish, IncomingEmail, Log, Outcome } from "./email/types";
import { composeReply, rejectLine, type ReplySubject } from "./reply/compose";
import { composeHelp } from "./reply/help";
import { senderName } from "./reply/org";
import { ORG_WORDS } from "./reply/org-wording";
import { detectLanguage, type Language } from "./verdict/language";

export type { EmailDeps, IncomingEmail, Memo, Outcome } from "./email/types";
export { noReplyReason } from "./email/guards";

/** Email Routing accepts mail up to 25 MiB; we read no more than that. */
export const MAX_BYTES = 25 * 1024 * 1024;
export const RATE_NOTICE_WINDOW = 600;
export const DEDUPE_WINDOW = 24 * 3600;

const DEFAULTS = readSettings({}).settings;

/**
 * The email handler's logic: guard against loops and abuse; then a reader's note on one of our
 * verdicts is thanked and recorded, a mail with nothing forwarded gets the how-to-forward help,
 * and anything else is checked and answered with a verdict (recorded in the reports database
 * after the answer, never before it). When the platform refuses a reply, the answer goes back as
 * a rejection. Always ends in exactly one outcome, which is logged (verdict and reason codes
 * only, never content), and never throws: a failing limiter, memo or database lets the mail
 * through, anything else unexpected is answered as "unreadable".
 */
export async function handleEmail(msg: IncomingEmail, deps: EmailDeps): Promise<Outcome> {
  const log: Log = deps.log ?? ((e) => console.log(JSON.stringify(e)));
  const settings = deps.settings ?? DEFAULTS;
  const started = Date.now();
  let done: Outcome | null = null;
  const finish: Finish = (o, extra = {}) => {
    if (done) return done;
    done = o;
    try {
      log({ event: "email", ...o, ...extra, ms: Date.now() - started });
    } catch {
      // logging must not turn an answered mail into a failed one
    }
    return o;
  };
  let language: Language = "en";
  let subject = "";
  let messageId: string | null = null;
  const fromName = senderName(settings.orgName);
  const notice = (about: ReplySubject) =>
    answer(msg, deps, { kind: about.kind as "too_big" | "rate_limited", content: () => composeReply(about, settings), rejectLine: () => rejectLine(about), inReplyTo: messageId, fromName }, finish);
  try {
    const none = noReplyReason(msg, deps.ownAddresses ?? []);
    if (none) return finish({ action: "none", why: none });

    messageId = msg.headers.get("message-id")?.trim() || null;
    subject = headerText(msg.headers.get("subject"));
    language = detectLanguage(subject);
    const sender = firstAddress(msg.from);
    if (messageId && deps.memo && !(await firstTime(deps.memo, await memoKey("id", sender, messageId), DEDUPE_WINDOW)))
      return finish({ action: "none", why: "duplicate" });

    if (deps.limiter && !(await allowed(deps.limiter, sender))) {
      const tell = !deps.memo || (await firstTime(deps.memo, await memoKey("rate", sender), RATE_NOTICE_WINDOW));
      if (!tell) return finish({ action: "none", why: "rate_limited" });
      return await notice({ kind: "rate_limited", language, subject });
    }

    const max = deps.maxBytes ?? MAX_BYTES;
    if (msg.rawSize > max) {
      await msg.raw.cancel().catch(() => undefined);
      return await notice({ kind: "too_big", limitMb: Math.floor(max / 1024 / 1024), language, subject });
    }

    const raw = new Uint8Array(await new Response(msg.raw).arrayBuffer());
    const repliedTo = verdictReplyIds(msg.headers);
    if (repliedTo.length) return await onFeedback(msg, deps, settings, raw, repliedTo, { messageId, subject, fromName, finish, log });

    let result: CheckResult;
    try {
      result = await checkMail(raw, await deps.rules(), { forwarder: msg.from });
    } catch (e) {
      result = unreadable(errorName(e), language);
    }
    if (result.verdict === "unreadable" && !/\p{L}/u.test(subject)) result = { ...result, language: settings.defaultLanguage };

    if (nothingForwarded(result, msg.from, msg.headers)) {
      const lang = result.verdict === "unreadable" || !/\p{L}/u.test(`${subject}${result.original?.subject ?? ""}`) ? settings.defaultLanguage : result.language;
      return await answer(
        msg,
        deps,
        { kind: "help", content: () => composeHelp(lang, settings.orgName), rejectLine: () => `phishcheck: ${ORG_WORDS[lang].helpHeadline}`, inReplyTo: messageId, fromName },
        finish,
        { via: result.original?.via },
      );
    }
    return await onVerdict(msg, deps, settings, result, { messageId, fromName, finish, log, started });
  } catch (e) {
    if (done) return done;
    // Something we did not foresee: the person still gets an answer, once.
    const result = unreadable(errorName(e), language);
    return answer(
      msg,
      deps,
      { kind: "verdict", verdict: "unreadable", content: () => composeReply({ kind: "verdict", result }, settings), rejectLine: () => rejectLine({ kind: "verdict", result }), inReplyTo: messageId, fromName },
      finish,
      { verdict: "unreadable", error: result.error },
    );
  }
}
