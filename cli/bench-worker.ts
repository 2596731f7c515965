/**
 * The benchmark's worker: run inside workerd (through Miniflare) by cli/bench-workerd.ts, so the
 * same per-mail timings can be taken in the runtime the worker really runs in. Locally, workerd's
 * clock advances during execution (in production it does not), which makes this possible.
 *   POST /add     one raw mail (kept in the isolate)
 *   POST /round?min=MS   every mail: parse only, then the whole pipeline; JSON arrays of ms per run
 *   POST /stages?reps=N  stage by stage (parse, find, analyse, reply), each stage over every mail N
 *                        times in one loop: total ms per stage (a loop lasts long enough for the clock)
 * workerd's clock ticks in whole milliseconds, so each mail is run again and again until MS have
 * passed and the time per run is the average (min=0: each mail once, a warm-up).
 */
import { parseMail } from "../src/mail/parse";
import { compileRules, type CompiledRules } from "../src/rules/compile";
import { defaultRules } from "../src/rules/default";
import { stagedPipeline, wholePipeline, type Stages } from "./bench-pipeline";

const mails: Uint8Array[] = [];
let rules: CompiledRules | undefined;

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
    if (path === "/round") {
      const t = performance.now();
      rules ??= compileRules(defaultRules(), 0);
      const compile = performance.now() - t;
      const min = Number(new URL(req.url).searchParams.get("min") ?? "0");
      const parse: number[] = [];
      const whole: number[] = [];
      const r = rules;
      const timed = async (f: () => Promise<unknown>) => {
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
      };
      for (const m of mails) {
        parse.push(await timed(() => parseMail(m)));
        whole.push(await timed(() => wholePipeline(m, r)));
      }
      return Response.json({ parse, whole, compile });
    }
    if (path === "/stages") {
      rules ??= compileRules(defaultRules(), 0);
      const reps = Number(new URL(req.url).searchParams.get("reps") ?? "1");
      const totals: Stages = { parse: 0, find: 0, analyse: 0, reply: 0 };
      // stagedPipeline times each stage of one mail; workerd's clock ticks in whole ms, so a stage's
      // total over all mails and reps is what is read (the ticks even out over hundreds of runs).
      for (let r = 0; r < reps; r++)
        for (const m of mails) {
          try {
            const { times } = await stagedPipeline(m, rules);
            for (const k of Object.keys(totals) as (keyof Stages)[]) totals[k] += times[k];
          } catch {
            // unreadable: not part of the stages
          }
        }
      return Response.json(totals);
    }
    return new Response("not found", { status: 404 });
  },
};
