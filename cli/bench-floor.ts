/**
 * `npm run bench -- DIR --floor [--sample N] [--workerd-rounds N] [--workerd-min MS]`: how low whole / parse-only
 * can go in workerd without dropping required work (issue 16). Times, mail by mail inside workerd as the
 * ratios do (cli/bench-worker.ts /floor), parse only, the whole pipeline, and the floor's two pipelines
 * (cli/bench-pipeline.ts floorPipeline): `core` (parse, find the original, the reply of a given verdict
 * with its MIME and reports row) and `scans` (core plus the phrase scan, the sender's domain facts, the
 * brand claims and the link checks). Each round is summed over the mails ≤ 256 KB of the sample; the
 * table gives each pipeline's total and p99 over parse-only's, the median of the rounds and their spread.
 */
import { bundleBenchWorker } from "./bench-workerd";
import { dist, median, sum, table } from "./bench-stats";

type Round = { parse: number[]; whole: number[]; core: number[]; scans: number[] };
const NAMES = ["whole", "core", "scans"] as const;

export async function benchFloor(mails: Uint8Array[], rounds: number, minMs: number): Promise<void> {
  const { Miniflare } = await import("miniflare");
  const mf = new Miniflare({ modules: true, script: await bundleBenchWorker(), compatibilityDate: "2026-04-20" });
  const runs: Round[] = [];
  try {
    for (const m of mails) await mf.dispatchFetch("http://bench/add", { method: "POST", body: m });
    for (let r = 0; r <= rounds; r++) {
      const res = (await (await mf.dispatchFetch(`http://bench/floor?min=${r === 0 ? 0 : minMs}`, { method: "POST" })).json()) as Round;
      if (r > 0) runs.push(res);
    }
  } finally {
    await mf.dispose();
  }
  const spread = (xs: number[]) => `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
  const rows = NAMES.map((n) => [
    n === "whole" ? "whole pipeline" : n === "core" ? "floor: parse + find + reply (no analysis)" : "floor: core + phrases, sender, brand claims, links",
    spread(runs.map((x) => sum(x[n]) / sum(x.parse))),
    spread(runs.map((x) => dist(x[n]).p99 / dist(x.parse).p99)),
  ]);
  console.log(`# Floor of whole / parse-only in workerd: ${mails.length} mails, ${rounds} rounds of ≥ ${minMs} ms per mail and pipeline\n`);
  console.log(table(["pipeline", "total / parse-only", "p99 / parse-only p99"], rows));
}
