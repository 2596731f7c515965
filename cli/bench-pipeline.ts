/** The pipeline as the worker runs it (src/handle-email.ts), whole and stage by stage, for the benchmark. */
import { checkMail, checkOriginal, looksLikeMail, unreadable, type CheckResult } from "../src/check";
import { parseMail, type ParsedMail } from "../src/mail/parse";
import type { Original } from "../src/original/types";
import { findOriginal } from "../src/original/find";
import { composeReply } from "../src/reply/compose";
import { buildReplyMime } from "../src/reply/mime";
import { finishVerdictReply } from "../src/reply/org";
import { reportRecord, type ReportRecord } from "../src/reports/row";
import type { CompiledRules } from "../src/rules/compile";
import { findPhrases } from "../src/facts/phrases";
import { findBrandClaims } from "../src/facts/brand-claims";
import { closeDomainFactsScope, openDomainFactsScope, senderFacts } from "../src/facts/domain-facts";
import { forgetFolded } from "../src/facts/folded";
import { linkSignals } from "../src/signals/links";

export const FORWARDER = "taro.yamada@example.jp";
const CHECK_ADDRESS = "check@phishcheck.example";

/**
 * checkMail + composeReply (with the feedback line) + buildReplyMime, and the reports row built
 * from the verdict: everything the email handler does with the bytes (the row's D1 write is I/O,
 * after the reply, in waitUntil; the reporter's HMAC is WebCrypto, not timed here).
 */
export async function wholePipeline(raw: Uint8Array, rules: CompiledRules): Promise<{ result: CheckResult; mime: string; row: ReportRecord }> {
  const result = await checkMail(raw, rules, { forwarder: FORWARDER });
  return { result, ...replyOf(result) };
}

export type Stages = { parse: number; find: number; analyse: number; reply: number };

/**
 * The same work split into stages (parse, find the original, analyse, reply), with a callback
 * after each one (memory sampling). The same calls as checkMail and wholePipeline, in the same
 * order, so the stages add up to the whole; a mail that can't be read ends where checkMail ends.
 */
export async function stagedPipeline(raw: Uint8Array, rules: CompiledRules, after: (stage: keyof Stages) => void = () => {}): Promise<{ times: Stages; result: CheckResult }> {
  const times: Stages = { parse: 0, find: 0, analyse: 0, reply: 0 };
  const result = await runStages(raw, rules, (stage, ms) => {
    times[stage] = ms;
    after(stage);
  });
  return { times, result };
}

/**
 * The stages of one mail, each reported with its time as it ends (performance.now(): workerd's
 * clock ticks in whole ms, and summed over many runs the readings still add up to the time spent).
 */
export async function runStages(raw: Uint8Array, rules: CompiledRules, done: (stage: keyof Stages, ms: number) => void): Promise<CheckResult> {
  let t0 = performance.now();
  const lap = (stage: keyof Stages) => {
    const t = performance.now();
    done(stage, t - t0);
    t0 = t;
  };
  let result: CheckResult;
  const mail = await parseMail(raw).catch(() => null);
  lap("parse");
  if (!mail) result = unreadable("parse failed");
  else if (!looksLikeMail(mail)) result = unreadable("no mail headers found");
  else {
    const original = await findOriginal(mail, FORWARDER).catch(() => null);
    lap("find");
    result = original ? analysed(mail, original, rules) : unreadable("analysis failed");
    lap("analyse");
  }
  replyOf(result);
  lap("reply");
  return result;
}

function analysed(mail: ParsedMail, original: Original, rules: CompiledRules): CheckResult {
  try {
    return checkOriginal(mail, original, rules);
  } catch {
    return unreadable("analysis failed");
  }
}

/** The reply stage, as the worker's verdict path does it: the reply's text and HTML with the feedback line, as MIME; and the reports row. */
export function replyOf(result: CheckResult): { mime: string; row: ReportRecord } {
  const content = finishVerdictReply(composeReply({ kind: "verdict", result }), result.language, "");
  const mime = buildReplyMime({ from: CHECK_ADDRESS, to: FORWARDER, inReplyTo: "<bench@example.jp>", references: null, messageId: "<verdict.00000000-0000-0000-0000-000000000000@phishcheck.example>" }, content);
  const row = reportRecord(result, { id: "bench", receivedAt: 0, ms: 0, reporter: "", replyMessageId: null });
  return { mime, row };
}

/**
 * The floor of the pipeline (issue 16; `npm run bench -- DIR --floor`): what a reply costs whatever the
 * signals say. `core`: parse, find the original, and the reply of the mail's verdict (text, HTML, MIME,
 * reports row), the verdict given (taken beforehand), so no analysis runs. `scans`: core plus the
 * analysis's own reading of the mail, which every verdict rests on: the phrase scan, the sender's
 * domain facts, the brand claims and the link checks (the other signals, the score and the reasons'
 * parameters left out). A mail that can't be read ends where checkMail ends.
 */
export async function floorPipeline(raw: Uint8Array, rules: CompiledRules, verdict: CheckResult, scans: boolean): Promise<void> {
  const mail = await parseMail(raw).catch(() => null);
  const original = mail && looksLikeMail(mail) ? await findOriginal(mail, FORWARDER).catch(() => null) : null;
  if (original && scans) {
    openDomainFactsScope(rules);
    try {
      const phraseHits = findPhrases(rules, original);
      const weight = phraseHits.reduce((n, id) => n + rules.phrases[id]!.weight, 0);
      const sender = senderFacts(rules, original.from?.address);
      const claims = findBrandClaims(rules, original, sender, weight >= 2);
      linkSignals({ original, rules, claims, phraseHits, sender });
    } catch {
      // as analysed(): a mail the analysis fails on is timed all the same
    } finally {
      closeDomainFactsScope();
      forgetFolded();
    }
  }
  replyOf(verdict);
}
