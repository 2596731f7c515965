/**
 * The benchmark's worker: run inside workerd (through Miniflare) by cli/bench-workerd.ts, so the
 * same per-mail timings can be taken in the runtime the worker really runs in. Locally, workerd's
 * clock advances during execution (in production it does not), which makes this possible.
 *   POST /add     one raw mail (kept in the isolate)
 *   POST /round?min=MS   every mail: parse only, then the whole pipeline; JSON arrays of ms per run
 *   POST /stages?reps=N  stage by stage (parse, find, analyse, reply): each stage over every mail in
 *                        one timed loop, N times; total ms per stage
 * workerd's clock ticks in whole milliseconds, so each mail is run again and again until MS have
 * passed and the time per run is the average (min=0: each mail once, a warm-up).
 */
import { parseMail, type ParsedMail } from "../src/mail/parse";
import { findOriginal } from "../src/original/find";
import type { Original } from "../src/original/types";
import { compileRules, type CompiledRules } from "../src/rules/compile";
import { defaultRules } from "../src/rules/default";
import { analysedResult, FORWARDER, replyOf, wholePipeline, type Stages } from "./bench-pipeline";

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
      const r = rules;
      const reps = Number(new URL(req.url).searchParams.get("reps") ?? "1");
      const totals: Stages = { parse: 0, find: 0, analyse: 0, reply: 0 };
      // One stage over every mail per loop, each loop timed whole: workerd's clock ticks in whole ms,
      // which a stage of one mail (often well under 1 ms) cannot be read with.
      const timed = async <T>(stage: keyof Stages, f: () => Promise<T>): Promise<T> => {
        const t = performance.now();
        const out = await f();
        totals[stage] += performance.now() - t;
        return out;
      };
      for (let k = 0; k < reps; k++) {
        const parsed = await timed("parse", async () => {
          const out: ParsedMail[] = [];
          for (const m of mails) out.push(...(await parseMail(m).then((p) => [p], () => [])));
          return out;
        });
        const found = await timed("find", async () => {
          const out: [ParsedMail, Original][] = [];
          for (const p of parsed) out.push(...(await findOriginal(p, FORWARDER).then((o): [ParsedMail, Original][] => [[p, o]], () => [])));
          return out;
        });
        const results = await timed("analyse", async () => found.map(([p, o]) => analysedResult(p, o, r)));
        await timed("reply", async () => results.map(replyOf));
      }
      return Response.json(totals);
    }
    return new Response("not found", { status: 404 });
  },
};
