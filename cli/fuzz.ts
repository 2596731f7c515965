/**
 * npm run fuzz — the property tests of tests/property/, many more times, in Node, on the same
 * pipeline the CLI uses (checkMail) and on the email handler's logic (handleEmail, with a fake
 * platform). Prints the seed, the number of cases per property, and the slowest cases.
 *
 *   FUZZ_RUNS=5000 FUZZ_SEED=42 npm run fuzz
 *
 * FUZZ_RUNS   cases per property (default 2000)
 * FUZZ_SEED   fast-check seed (default: from the clock; printed, so a failure can be replayed)
 * FUZZ_SLOW_MS  a case slower than this is reported as a failure (default 2000)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import PostalMime from "postal-mime";
import { checkMail } from "../src/check";
import { handleEmail, noReplyReason, type IncomingEmail, type Outcome } from "../src/handle-email";
import { activeRules } from "../src/rules/store";
import { garbageArb, generatedMailArb, LooseMessage, mutatedMailArb, replyProblems, type MailCase } from "../tests/property/arbitraries";

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const SLOW_MS = Number(process.env.FUZZ_SLOW_MS ?? 2000);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".md") ? [] : [p];
  });
}

const seedFiles = files("tests/fixtures").sort();
const seeds = seedFiles.map((f) => new Uint8Array(readFileSync(f)));
const rules = await activeRules(undefined);

type Timing = { ms: number; steps: string[]; size: number };
const slowest: Timing[] = [];
function timed(c: MailCase, ms: number) {
  slowest.push({ ms, steps: c.steps, size: c.bytes.length });
  slowest.sort((a, b) => b.ms - a.ms);
  slowest.length = Math.min(slowest.length, 5);
  if (ms > SLOW_MS) throw new Error(`slow: ${ms.toFixed(0)} ms for ${c.bytes.length} bytes (${c.steps.join(" | ")})`);
}

const stats = { verdicts: new Map<string, number>(), outcomes: new Map<string, number>() };
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

const anyMail = fc.oneof({ weight: 5, arbitrary: mutatedMailArb(seeds) }, garbageArb);

const properties: [string, fc.IAsyncProperty<never>][] = [
  [
    "checkMail never throws; result well formed",
    fc.asyncProperty(anyMail, async (c) => {
      const t = performance.now();
      const r = await checkMail(c.bytes, rules, { forwarder: "taro.yamada@example.jp" });
      timed(c, performance.now() - t);
      bump(stats.verdicts, r.verdict);
      if (!["dangerous", "suspicious", "no_signs", "unreadable"].includes(r.verdict)) throw new Error(`verdict ${r.verdict}`);
      if (!Number.isFinite(r.score)) throw new Error("score");
      if (r.verdict === "unreadable" && !/^[\w :.,()-]{1,120}$/.test(r.error ?? "")) throw new Error(`error text ${JSON.stringify(r.error)}`);
    }) as unknown as fc.IAsyncProperty<never>,
  ],
  [
    "handleEmail: exactly one logged outcome, at most one answer, to the sender",
    fc.asyncProperty(anyMail, fc.constantFrom("taro@example.jp", "taro@example.jp", "taro@example.jp", "", "MAILER-DAEMON@x.example", "check@phishcheck.example"), fc.boolean(), fc.constantFrom("ok", "false", "throw"), async (c, from, refuse, limiter) => {
      const msg = new LooseMessage(c.bytes, from);
      const logs: Record<string, unknown>[] = [];
      const sent: { raw: string; to: string }[] = [];
      const t = performance.now();
      const outcome: Outcome = await handleEmail(msg as unknown as IncomingEmail, {
        rules: async () => rules,
        sendReply: async (raw, _f, to) => {
          if (refuse) throw new Error("not repliable");
          sent.push({ raw, to });
        },
        limiter: { limit: async () => (limiter === "throw" ? Promise.reject(new Error("down")) : { success: limiter === "ok" }) },
        memo: { firstTime: async () => true },
        log: (e) => logs.push(e),
      });
      timed(c, performance.now() - t);
      bump(stats.outcomes, outcome.action === "none" ? `none/${outcome.why}` : `${outcome.action}/${outcome.kind}/${outcome.verdict ?? "-"}`);
      if (logs.length !== 1) throw new Error(`${logs.length} log lines`);
      const answers = sent.length + msg.rejected.length;
      if (answers !== (outcome.action === "none" ? 0 : 1)) throw new Error(`${answers} answers for ${JSON.stringify(outcome)}`);
      const loop = noReplyReason(msg, []);
      if (loop && (outcome.action !== "none" || outcome.why !== loop)) throw new Error(`loop rule ${loop} but ${JSON.stringify(outcome)}`);
      if (!loop && outcome.action === "none" && !(outcome.why === "rate_limited" && limiter === "false")) throw new Error(`silent: ${JSON.stringify(outcome)}`);
      for (const s of sent) {
        if (s.to !== from) throw new Error(`reply to ${s.to}`);
        const reply = await PostalMime.parse(s.raw);
        if (!/^\[(?:判定|Verdict): /.test(reply.subject ?? "")) throw new Error(`reply subject ${reply.subject}`);
      }
    }) as unknown as fc.IAsyncProperty<never>,
  ],
  [
    "replies to hostile mails: nothing clickable, no markup from the mail",
    fc.asyncProperty(generatedMailArb(), async (c) => {
      const sent: string[] = [];
      const t = performance.now();
      await handleEmail(new LooseMessage(c.bytes, "taro@example.jp") as unknown as IncomingEmail, {
        rules: async () => rules,
        sendReply: async (raw) => void sent.push(raw),
        log: () => undefined,
      });
      timed(c, performance.now() - t);
      if (sent.length !== 1) throw new Error(`${sent.length} replies`);
      const mail = await PostalMime.parse(sent[0]!);
      const problems = replyProblems({ subject: mail.subject ?? "", text: mail.text ?? "", html: mail.html ?? "" }, c.domains);
      if (problems.length) throw new Error(`${problems.join("\n")}\n(${c.steps.join(" | ")})`);
    }) as unknown as fc.IAsyncProperty<never>,
  ],
];

console.log(`fuzz: seed ${SEED}, ${RUNS} cases per property, ${seeds.length} fixture seeds`);
let failed = false;
const started = performance.now();
for (const [name, prop] of properties) {
  const t = performance.now();
  const out = await fc.check(prop, { seed: SEED, numRuns: RUNS, endOnFailure: true });
  const secs = ((performance.now() - t) / 1000).toFixed(1);
  if (out.failed) {
    failed = true;
    console.log(`FAIL  ${name} — after ${out.numRuns} cases, ${secs} s (seed ${out.seed}, path "${out.counterexamplePath}")`);
    console.log(`      ${String(out.errorInstance instanceof Error ? out.errorInstance.message : out.errorInstance).slice(0, 2000)}`);
  } else console.log(`ok    ${name} — ${out.numRuns} cases, ${secs} s`);
}
console.log(`verdicts (checkMail): ${JSON.stringify(Object.fromEntries(stats.verdicts))}`);
console.log(`outcomes (handleEmail): ${JSON.stringify(Object.fromEntries([...stats.outcomes].sort((a, b) => b[1] - a[1])))}`);
console.log("slowest cases:");
for (const s of slowest) console.log(`  ${s.ms.toFixed(0)} ms, ${s.size} bytes: ${s.steps.join(" | ").slice(0, 200)}`);
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
