/**
 * The benchmark's worker: run inside workerd (through Miniflare) by cli/bench-workerd.ts, so the
 * same per-mail timings can be taken in the runtime the worker really runs in. Locally, workerd's
 * clock advances during execution (in production it does not), which makes this possible.
 *   POST /add     one raw mail (kept in the isolate)
 *   POST /round?min=MS[&stages=1][&whole=only]   every mail: parse only, then the whole pipeline (and,
 *                 with stages=1, the same pipeline stage by stage; with whole=only, the whole pipeline
 *                 alone, for the profiler); JSON arrays of ms per run, per mail
 *   POST /floor?min=MS   every mail: parse only, the whole pipeline, and the floor's core and scans
 *                 (cli/bench-pipeline.ts floorPipeline), timed the same way, mail by mail
 * workerd's clock ticks in whole milliseconds, so each mail is run again and again until MS have
 * passed and the time per run is the average (min=0: each mail once, a warm-up). The stages are
 * timed the same way, mail by mail, interleaved as the worker runs them, each stage's ms read at its
 * end: one reading is a whole number of ms, but over the runs of a mail the readings add up to the
 * time spent (the stage boundaries fall anywhere within a tick), and so they sum to the whole.
 * (Timing each stage over all mails in one loop instead, as this bench once did, measured 15–25 %
 * less than the whole: one stage's code over 600 mails runs hotter than the stages mail by mail.)
 */
import { parseMail } from "../src/mail/parse";
import { compileRules, type CompiledRules } from "../src/rules/compile";
import { defaultRules } from "../src/rules/default";
import { floorPipeline, runStages, wholePipeline, type Stages } from "./bench-pipeline";
import type { CheckResult } from "../src/check";

const mails: Uint8Array[] = [];
/** Each mail's verdict, for the floor's reply (computed on the first /floor round). */
const verdicts: CheckResult[] = [];
let rules: CompiledRules | undefined;

const STAGE_NAMES = ["parse", "find", "analyse", "reply"] as const;

export default {
  async fetch(req: Request): Promise<Response> {
    const path = new URL(req.url).pathname;
    if (path === "/add") {
      mails.push(new Uint8Array(await req.arrayBuffer()));
      return new Response(String(mails.length));
    }
    if (path === "/reset") {
      mails.length = 0;
      return new Response("0");
    }
    if (path === "/floor") {
      rules ??= compileRules(defaultRules(), 0);
      const r = rules;
      const min = Number(new URL(req.url).searchParams.get("min") ?? "0");
      const out = { parse: [] as number[], whole: [] as number[], core: [] as number[], scans: [] as number[] };
      for (const [i, m] of mails.entries()) {
        verdicts[i] ??= (await wholePipeline(m, r)).result;
        const verdict = verdicts[i];
        out.parse.push(await timedRuns(min, () => parseMail(m)));
        out.whole.push(await timedRuns(min, () => wholePipeline(m, r)));
        out.core.push(await timedRuns(min, () => floorPipeline(m, r, verdict, false)));
        out.scans.push(await timedRuns(min, () => floorPipeline(m, r, verdict, true)));
      }
      return Response.json(out);
    }
    if (path === "/round") {
      const t = performance.now();
      rules ??= compileRules(defaultRules(), 0);
      const compile = performance.now() - t;
      const params = new URL(req.url).searchParams;
      const min = Number(params.get("min") ?? "0");
      const withStages = params.get("stages") === "1";
      const wholeOnly = params.get("whole") === "only";
      const parse: number[] = [];
      const whole: number[] = [];
      const stages: Record<keyof Stages, number[]> = { parse: [], find: [], analyse: [], reply: [] };
      const r = rules;
      const timed = (f: () => Promise<unknown>) => timedRuns(min, f);
      for (const m of mails) {
        if (!wholeOnly) parse.push(await timed(() => parseMail(m)));
        whole.push(await timed(() => wholePipeline(m, r)));
        if (!withStages) continue;
        const sums: Stages = { parse: 0, find: 0, analyse: 0, reply: 0 };
        const add = (stage: keyof Stages, ms: number) => {
          sums[stage] += ms;
        };
        const t0 = performance.now();
        let runs = 0;
        do {
          await runStages(m, r, add);
          runs++;
        } while (performance.now() - t0 < min && runs < 10_000);
        for (const s of STAGE_NAMES) stages[s].push(sums[s] / runs);
      }
      return Response.json(withStages ? { parse, whole, stages, compile } : { parse, whole, compile });
    }
    return new Response("not found", { status: 404 });
  },
};

/** Runs `f` again and again until `min` ms have passed (at least once): ms per run. */
async function timedRuns(min: number, f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  let runs = 0;
  let t = t0;
  do {
    try {
      await f();
    } catch {
      // unreadable: timed all the same
    }
    runs++;
    t = performance.now();
  } while (t - t0 < min && runs < 10_000);
  return (t - t0) / runs;
}
