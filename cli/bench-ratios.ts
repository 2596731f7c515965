/**
 * The bench's machine-independent figures and the committed baseline they are compared with
 * (`npm run bench -- [DIR] --compare`, `--save-baseline`; bench/baseline.json).
 *
 * Milliseconds differ from machine to machine and, on a shared machine, from minute to minute; the
 * shape of the work does not. So the pipeline is measured against itself, in one process, mail by
 * mail with the stages interleaved: each stage's total time in units of parse-only time, the whole
 * pipeline's p99 over parse-only's p99, and each stage's p99 over its p50. A mail's time is its
 * fastest of the rounds (on a shared machine the fastest run is the least disturbed one; a median
 * still carries other processes' load). The measurement is repeated (`--repeats`) and the median of
 * the repeats is what counts; the spread of the repeats is printed next to it, so a reader sees how
 * noisy the machine was.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname } from "node:path";
import { parseMail } from "../src/mail/parse";
import type { CompiledRules } from "../src/rules/compile";
import { stagedPipeline, wholePipeline, type Stages } from "./bench-pipeline";
import { dist, gc, median, sum, table } from "./bench-stats";
import type { WorkerdTimes } from "./bench-workerd";

export const STAGES = ["parse", "find", "analyse", "reply"] as const;

/** One measurement's ratios (all dimensionless except mails per second, which is for information). */
export type Ratios = {
  /** Total whole-pipeline time over total parse-only time. */
  wholeOverParse: number;
  /** p99 of the whole pipeline over p99 of parse-only (each mail's fastest round). */
  wholeP99OverParseP99: number;
  /** Each stage's total time over the parse stage's total time (find, analyse, reply in parse units). */
  stageOverParse: Record<(typeof STAGES)[number], number>;
  /** Each stage's p99 over its p50 (and the whole pipeline's): the tail's shape. */
  p99OverP50: Record<(typeof STAGES)[number] | "whole", number>;
  /** Whole pipeline, one core, this machine: not compared, only shown. */
  mailsPerSecond: number;
  /** workerd (when measured): total whole over parse-only, p99 over p99, and (when timed) each stage's total over parse's (timed mail by mail, like the whole). */
  workerd?: {
    wholeOverParse: number;
    wholeP99OverParseP99: number;
    mailsPerSecond: number;
    stageOverParse?: Record<(typeof STAGES)[number], number>;
    /**
     * How the stage figures relate to whole / parse-only (shown, not judged). The stages are in units
     * of the staged run's own parse, the whole in units of parse-only: whole / parse-only ≈
     * stagedParseOverParse × (the stages' sum) / stagesOverWhole.
     */
    stagedParseOverParse?: number;
    /** The stages' summed time over the whole's, mail by mail alike: about 1 when the stages account for all of the whole. */
    stagesOverWhole?: number;
  };
};

export type Baseline = {
  date: string;
  machine: { node: string; cpus: number; model: string; loadavg1m: number };
  /** "shared/corpus": the last two components of the directory measured, which must match to compare. */
  corpus: string;
  /** The directory as given when the baseline was taken (the default for --compare). */
  dir: string;
  mails: number;
  sample: number;
  rounds: number;
  repeats: number;
  /** Relative tolerance per kind of figure, from the spread seen between repeats (see README). */
  tolerance: { total: number; tail: number };
  ratios: Ratios;
  /** Lowest and highest of each ratio over the repeats. */
  spread: Record<string, [number, number]>;
};

/** What --compare allows before it calls a ratio slower: total-time ratios are steadier than p99/p50 tails. */
export const DEFAULT_TOLERANCE = { total: 0.15, tail: 0.5 };

/** The corpus as named in the baseline: the last two path components ("shared/corpus", "tests/fixtures"). */
export function corpusKey(dir: string): string {
  return dir.replace(/\/+$/, "").split("/").slice(-2).join("/");
}

/** One measurement: `rounds` rounds over every mail (parse-only, whole, staged, interleaved per mail). */
export async function measureOnce(mails: Uint8Array[], rules: CompiledRules, rounds: number): Promise<Ratios> {
  const parseT = mails.map(() => [] as number[]);
  const wholeT = mails.map(() => [] as number[]);
  const stageT = Object.fromEntries(STAGES.map((s) => [s, mails.map(() => [] as number[])])) as Record<keyof Stages, number[][]>;
  gc();
  for (let r = 0; r < rounds; r++)
    for (let i = 0; i < mails.length; i++) {
      const raw = mails[i]!;
      let t0 = performance.now();
      try {
        await parseMail(raw);
      } catch {
        // unreadable: timed all the same
      }
      parseT[i]!.push(performance.now() - t0);
      t0 = performance.now();
      await wholePipeline(raw, rules);
      wholeT[i]!.push(performance.now() - t0);
      try {
        const { times } = await stagedPipeline(raw, rules);
        for (const s of STAGES) stageT[s][i]!.push(times[s]);
      } catch {
        for (const s of STAGES) stageT[s][i]!.push(0);
      }
    }
  const fastest = (xs: number[]) => Math.min(...xs);
  const parse = parseT.map(fastest);
  const whole = wholeT.map(fastest);
  const stage = Object.fromEntries(STAGES.map((s) => [s, stageT[s].map(fastest)])) as Record<keyof Stages, number[]>;
  const tail = (xs: number[]) => {
    const d = dist(xs);
    return d.p99 / d.p50;
  };
  return {
    wholeOverParse: sum(whole) / sum(parse),
    wholeP99OverParseP99: dist(whole).p99 / dist(parse).p99,
    stageOverParse: Object.fromEntries(STAGES.map((s) => [s, sum(stage[s]) / sum(stage.parse)])) as Ratios["stageOverParse"],
    p99OverP50: { ...(Object.fromEntries(STAGES.map((s) => [s, tail(stage[s])])) as Record<(typeof STAGES)[number], number>), whole: tail(whole) },
    mailsPerSecond: mails.length / (sum(whole) / 1000),
  };
}

export function workerdRatios(wd: WorkerdTimes): NonNullable<Ratios["workerd"]> {
  // The median of a mail's rounds, not the fastest as in Node: workerd's clock ticks in whole ms, and a stage of
  // a fast mail reads 0 or 1 tick per run, so its fastest round would be biased low (the stages' sum with it fell
  // to 0.69 of the whole's, with two rounds).
  const p = wd.parse.map(median);
  const w = wd.whole.map(median);
  const out: NonNullable<Ratios["workerd"]> = { wholeOverParse: sum(w) / sum(p), wholeP99OverParseP99: dist(w).p99 / dist(p).p99, mailsPerSecond: w.length / (sum(w) / 1000) };
  // Stages timed mail by mail like the whole: each over the staged run's own parse, so they add up to about whole / parse.
  const st = wd.stages;
  const total = (s: (typeof STAGES)[number]) => sum(st![s].map(median));
  if (st && total("parse") > 0) {
    out.stageOverParse = Object.fromEntries(STAGES.map((s) => [s, total(s) / total("parse")])) as Record<(typeof STAGES)[number], number>;
    out.stagedParseOverParse = total("parse") / sum(p);
    out.stagesOverWhole = sum(STAGES.map(total)) / sum(w);
  }
  return out;
}

/** Every ratio as a flat name → value list (the order of the tables). */
export function flatten(r: Ratios): [string, number, "total" | "tail" | "info"][] {
  const out: [string, number, "total" | "tail" | "info"][] = [
    ["whole / parse-only, total time", r.wholeOverParse, "total"],
    ["whole p99 / parse-only p99", r.wholeP99OverParseP99, "tail"],
  ];
  for (const s of STAGES) if (s !== "parse") out.push([`${s} / parse, total time`, r.stageOverParse[s], "total"]);
  for (const s of [...STAGES, "whole"] as const) out.push([`${s}: p99 / p50`, r.p99OverP50[s], "tail"]);
  if (r.workerd) {
    out.push(["workerd: whole / parse-only, total time", r.workerd.wholeOverParse, "total"]);
    out.push(["workerd: whole p99 / parse-only p99", r.workerd.wholeP99OverParseP99, "tail"]);
    const st = r.workerd.stageOverParse;
    if (st) for (const s of STAGES) if (s !== "parse") out.push([`workerd: ${s} / parse, total time`, st[s], "total"]);
    if (r.workerd.stagedParseOverParse !== undefined) out.push(["workerd: staged run's parse / parse-only", r.workerd.stagedParseOverParse, "info"]);
    if (r.workerd.stagesOverWhole !== undefined) out.push(["workerd: stages summed / whole", r.workerd.stagesOverWhole, "info"]);
    out.push(["workerd: mails per second", r.workerd.mailsPerSecond, "info"]);
  }
  out.push(["mails per second (Node, one core)", r.mailsPerSecond, "info"]);
  return out;
}

/** The median of each ratio over the repeats, and its lowest and highest value. */
export function summarise(runs: Ratios[]): { ratios: Ratios; spread: Record<string, [number, number]> } {
  const names = flatten(runs[0]!).map(([n]) => n);
  const values = (name: string) => runs.map((r) => flatten(r).find(([n]) => n === name)?.[1] ?? NaN);
  const spread = Object.fromEntries(names.map((n) => [n, [Math.min(...values(n)), Math.max(...values(n))] as [number, number]]));
  const m = (f: (r: Ratios) => number) => median(runs.map(f));
  const ratios: Ratios = {
    wholeOverParse: m((r) => r.wholeOverParse),
    wholeP99OverParseP99: m((r) => r.wholeP99OverParseP99),
    stageOverParse: Object.fromEntries(STAGES.map((s) => [s, m((r) => r.stageOverParse[s])])) as Ratios["stageOverParse"],
    p99OverP50: Object.fromEntries([...STAGES, "whole"].map((s) => [s, m((r) => r.p99OverP50[s as keyof Ratios["p99OverP50"]])])) as Ratios["p99OverP50"],
    mailsPerSecond: m((r) => r.mailsPerSecond),
  };
  const wd = runs.map((r) => r.workerd).filter((w) => w !== undefined);
  if (wd.length) {
    ratios.workerd = {
      wholeOverParse: median(wd.map((w) => w.wholeOverParse)),
      wholeP99OverParseP99: median(wd.map((w) => w.wholeP99OverParseP99)),
      mailsPerSecond: median(wd.map((w) => w.mailsPerSecond)),
    };
    const staged = wd.map((w) => w.stageOverParse).filter((s) => s !== undefined);
    if (staged.length) ratios.workerd.stageOverParse = Object.fromEntries(STAGES.map((s) => [s, median(staged.map((x) => x[s]))])) as Record<(typeof STAGES)[number], number>;
    const info = (f: (x: NonNullable<Ratios["workerd"]>) => number | undefined) => {
      const xs = wd.map(f).filter((x) => x !== undefined);
      return xs.length ? median(xs) : undefined;
    };
    const sp = info((x) => x.stagedParseOverParse);
    const sw = info((x) => x.stagesOverWhole);
    if (sp !== undefined) ratios.workerd.stagedParseOverParse = sp;
    if (sw !== undefined) ratios.workerd.stagesOverWhole = sw;
  }
  return { ratios, spread };
}

export function machine(): Baseline["machine"] {
  return { node: process.version, cpus: cpus().length, model: cpus()[0]?.model ?? "cpu", loadavg1m: Number(loadavg()[0]!.toFixed(2)) };
}

export function readBaseline(file: string): Baseline | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Baseline;
  } catch {
    return null;
  }
}

export function writeBaseline(file: string, b: Baseline): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(b, null, 2)}\n`);
}

/**
 * The comparison table and its verdict: a ratio is "slower" when it exceeds the baseline by more
 * than the tolerance of its kind (total-time ratios are steadier than tail ratios). Mails per
 * second depend on the machine and are shown, not judged.
 */
export function compare(now: Ratios, base: Baseline): { text: string; slower: string[] } {
  const baseRows = new Map(flatten(base.ratios).map(([n, v]) => [n, v]));
  const slower: string[] = [];
  const rows = flatten(now).map(([name, v, kind]) => {
    const b = baseRows.get(name);
    if (b === undefined) return [name, "–", v.toFixed(2), "–", "not in baseline"];
    const change = v / b - 1;
    let verdict = "info";
    if (kind !== "info") {
      const tol = base.tolerance[kind];
      verdict = change > tol ? "SLOWER" : change < -tol ? "faster" : "same";
      if (verdict === "SLOWER") slower.push(name);
    }
    const spread = base.spread[name];
    return [name, `${b.toFixed(2)}${spread ? ` (${spread[0].toFixed(2)}–${spread[1].toFixed(2)})` : ""}`, v.toFixed(2), `${change >= 0 ? "+" : ""}${(100 * change).toFixed(0)} %`, verdict];
  });
  const text = table(["ratio", "baseline (spread)", "now", "change", `verdict (tolerance ±${base.tolerance.total * 100} % totals, ±${base.tolerance.tail * 100} % tails)`], rows);
  return { text, slower };
}
