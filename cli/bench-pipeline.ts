/** The pipeline as the worker runs it (src/handle-email.ts), whole and stage by stage, for the benchmark. */
import { analyse, checkMail, type CheckResult } from "../src/check";
import { parseMail, type ParsedMail } from "../src/mail/parse";
import type { Original } from "../src/original/types";
import { findOriginal } from "../src/original/find";
import { composeReply } from "../src/reply/compose";
import { buildReplyMime } from "../src/reply/mime";
import { finishVerdictReply } from "../src/reply/org";
import { reportRecord, type ReportRecord } from "../src/reports/row";
import type { CompiledRules } from "../src/rules/compile";
import { detectLanguage } from "../src/verdict/language";

export const FORWARDER = "taro.yamada@example.jp";
const CHECK_ADDRESS = "check@phishcheck.example";

/**
 * checkMail + composeReply (with the feedback line) + buildReplyMime, and the reports row built
 * from the verdict: everything the email handler does with the bytes (the row's D1 write is I/O,
 * after the reply, in waitUntil; the reporter's HMAC is WebCrypto, not timed here).
 */
export async function wholePipeline(raw: Uint8Array, rules: CompiledRules): Promise<{ result: CheckResult; mime: string; row: ReportRecord }> {
  const result = await checkMail(raw, rules, { forwarder: FORWARDER });
  const content = finishVerdictReply(composeReply({ kind: "verdict", result }), result.language, "");
  const mime = buildReplyMime({ from: CHECK_ADDRESS, to: FORWARDER, inReplyTo: "<bench@example.jp>", references: null, messageId: "<verdict.00000000-0000-0000-0000-000000000000@phishcheck.example>" }, content);
  const row = reportRecord(result, { id: "bench", receivedAt: 0, ms: 0, reporter: "", replyMessageId: null });
  return { result, mime, row };
}

export type Stages = { parse: number; find: number; analyse: number; reply: number };

/**
 * The same work split into stages (parse, find the original, analyse, reply), with a callback
 * after each one (memory sampling). Mirrors checkMail for a readable mail.
 */
export async function stagedPipeline(raw: Uint8Array, rules: CompiledRules, after: (stage: keyof Stages) => void = () => {}): Promise<{ times: Stages; result: CheckResult }> {
  let t0 = performance.now();
  const mail = await parseMail(raw);
  const parse = performance.now() - t0;
  after("parse");
  t0 = performance.now();
  const original = await findOriginal(mail, FORWARDER);
  const find = performance.now() - t0;
  after("find");
  t0 = performance.now();
  const result = analysedResult(mail, original, rules);
  const analyseMs = performance.now() - t0;
  after("analyse");
  t0 = performance.now();
  replyOf(result);
  const reply = performance.now() - t0;
  after("reply");
  return { times: { parse, find, analyse: analyseMs, reply }, result };
}

/** The analyse stage: signals, score and language, as checkMail builds its result. */
export function analysedResult(mail: ParsedMail, original: Original, rules: CompiledRules): CheckResult {
  const a = analyse(original, rules);
  return {
    verdict: a.verdict,
    score: a.score,
    language: detectLanguage(original.subject, original.text, mail.subject ?? "", mail.bodyText.slice(0, 500)),
    reasons: a.reasons,
    original: { via: original.via, from: original.from, subject: original.subject },
    brand: a.brand,
  };
}

/** The reply stage: the reply's text and HTML, as MIME. */
export function replyOf(result: CheckResult): string {
  const content = composeReply({ kind: "verdict", result });
  return buildReplyMime({ from: CHECK_ADDRESS, to: FORWARDER, inReplyTo: "<bench@example.jp>", references: null }, content);
}
