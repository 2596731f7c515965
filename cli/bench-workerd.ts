/**
 * Runs the per-mail timings of cli/bench-worker.ts inside workerd (Miniflare), for the benchmark.
 * esbuild and miniflare come with wrangler / tsx (not direct dependencies): loaded on demand.
 */

import type { Stages } from "./bench-pipeline";

/**
 * Per mail and round: parse-only and whole-pipeline ms; `stages` (when asked for): each stage's ms
 * per mail and round, timed mail by mail like the whole (cli/bench-worker.ts).
 */
export type WorkerdTimes = { parse: number[][]; whole: number[][]; stages?: Record<keyof Stages, number[][]> };

/** cli/bench-worker.ts bundled for workerd, unminified (the profiler reads its module comments). */
export async function bundleBenchWorker(): Promise<string> {
  const { build } = await import("esbuild");
  const out = await build({
    entryPoints: ["cli/bench-worker.ts"],
    bundle: true,
    format: "esm",
    platform: "browser",
    conditions: ["workerd", "worker", "browser"],
    write: false,
    logLevel: "silent",
  });
  return out.outputFiles[0]!.text;
}

/** Per mail: average ms per run over at least `minMs` of repeated runs, in each of `rounds` rounds (after a warm-up). */
export async function timeInWorkerd(mails: Uint8Array[], rounds: number, minMs = 10, compatibilityDate = "2026-04-20", withStages = false): Promise<WorkerdTimes> {
  const { Miniflare } = await import("miniflare");
  const mf = new Miniflare({ modules: true, script: await bundleBenchWorker(), compatibilityDate });
  try {
    for (const m of mails) await mf.dispatchFetch("http://bench/add", { method: "POST", body: m });
    const perMail = () => mails.map(() => [] as number[]);
    const parse = perMail();
    const whole = perMail();
    const stages = { parse: perMail(), find: perMail(), analyse: perMail(), reply: perMail() };
    // One warm-up round, then the timed ones.
    for (let r = 0; r <= rounds; r++) {
      const url = `http://bench/round?min=${r === 0 ? 0 : minMs}${withStages ? "&stages=1" : ""}`;
      const res = (await (await mf.dispatchFetch(url, { method: "POST" })).json()) as { parse: number[]; whole: number[]; stages?: Record<keyof Stages, number[]> };
      if (r === 0) continue;
      for (const [i, t] of res.parse.entries()) parse[i]!.push(t);
      for (const [i, t] of res.whole.entries()) whole[i]!.push(t);
      for (const s of Object.keys(stages) as (keyof Stages)[]) for (const [i, t] of (res.stages?.[s] ?? []).entries()) stages[s][i]!.push(t);
    }
    return withStages ? { parse, whole, stages } : { parse, whole };
  } finally {
    await mf.dispose();
  }
}
