/**
 * Runs the per-mail timings of cli/bench-worker.ts inside workerd (Miniflare), for the benchmark.
 * esbuild and miniflare come with wrangler / tsx (not direct dependencies): loaded on demand.
 */

import type { Stages } from "./bench-pipeline";

/** Per mail and round: parse-only and whole-pipeline ms; `stages`: each stage's total ms over all mails (when asked for). */
export type WorkerdTimes = { parse: number[][]; whole: number[][]; stages?: Stages };

/** Per mail: average ms per run over at least `minMs` of repeated runs, in each of `rounds` rounds (after a warm-up). */
export async function timeInWorkerd(mails: Uint8Array[], rounds: number, minMs = 10, compatibilityDate = "2026-04-20", stageReps = 0): Promise<WorkerdTimes> {
  const { build } = await import("esbuild");
  const { Miniflare } = await import("miniflare");
  const out = await build({
    entryPoints: ["cli/bench-worker.ts"],
    bundle: true,
    format: "esm",
    platform: "browser",
    conditions: ["workerd", "worker", "browser"],
    write: false,
    logLevel: "silent",
  });
  const mf = new Miniflare({ modules: true, script: out.outputFiles[0]!.text, compatibilityDate });
  try {
    for (const m of mails) await mf.dispatchFetch("http://bench/add", { method: "POST", body: m });
    const parse = mails.map(() => [] as number[]);
    const whole = mails.map(() => [] as number[]);
    // One warm-up round, then the timed ones.
    for (let r = 0; r <= rounds; r++) {
      const res = (await (await mf.dispatchFetch(`http://bench/round?min=${r === 0 ? 0 : minMs}`, { method: "POST" })).json()) as { parse: number[]; whole: number[] };
      if (r === 0) continue;
      for (const [i, t] of res.parse.entries()) parse[i]!.push(t);
      for (const [i, t] of res.whole.entries()) whole[i]!.push(t);
    }
    // Stage by stage (after the rounds, so warm): each stage's total over all mails, `stageReps` times.
    const stages = stageReps > 0 ? ((await (await mf.dispatchFetch(`http://bench/stages?reps=${stageReps}`, { method: "POST" })).json()) as Stages) : undefined;
    return stages ? { parse, whole, stages } : { parse, whole };
  } finally {
    await mf.dispose();
  }
}
