/**
 * npm run bench -- [DIR] [--rounds N] [--only mails,rules,size] [--sample N] [--size-rounds N] [--keep]
 *                    [--no-workerd] [--workerd-rounds N] [--workerd-min MS]
 * npm run bench -- [DIR] --compare | --save-baseline [--repeats N] [--sample N] [--rounds N] [--workerd-rounds N] [--no-workerd] [--baseline FILE]
 * npm run bench -- --worst [--runs N]
 * npm run bench -- DIR --floor [--sample N] [--workerd-rounds N] [--workerd-min MS]
 * npm run bench -- DIR --profile-workerd FILE [--sample N] [--rounds N] [--workerd-min MS] [--top N]
 *
 * --worst: the worst case the caps allow, one generated mail at every cap at once (cli/bench-worst.ts):
 * CPU ms of the analysis, with and without its links.
 *
 * --floor: whole / parse-only in workerd beside the floor's (cli/bench-floor.ts): the reply alone after parse
 * and find, and that with the analysis's phrase, brand-claim and link reading; DIR's mails ≤ 256 KB.
 *
 * --profile-workerd FILE: a CPU profile of the whole pipeline inside workerd (cli/bench-profile-workerd.ts)
 * over DIR's mails (--sample N of them, default 600), written to FILE (.cpuprofile, for Chrome DevTools or
 * speedscope) and summed: self time by area (src/<dir>, package, GC), by file and by function (top N).
 *
 * --compare: the ratios of cli/bench-ratios.ts (stage / parse, p99 / p50, whole / parse in Node and
 * workerd) on the baseline's corpus and sample, against bench/baseline.json; exits 1 when a ratio got
 * worse by more than the baseline's tolerance. --save-baseline: the same measurement, written there.
 *
 * How fast and how small the pipeline is, on this machine's Node, printed as markdown tables:
 *
 * 1. mails  — every .eml under DIR (default tests/fixtures; `../shared/corpus` for the real set),
 *             in one process after a warm-up: parse only (parseMail) and the whole pipeline as the
 *             worker runs it (checkMail + composeReply + buildReplyMime). Each mail's time is the
 *             median of N rounds; the table gives p50/p95/p99/max over mails, mails per second, the
 *             whole/parse ratio, peak heap, and the same for mails ≤ 256 KB (the 5 ms target);
 *             then the same timings inside workerd (Miniflare), unless --no-workerd.
 * 2. rules  — synthetic rule sets (1k/10k/50k domains × 1k/5k/20k phrases, on top of the embedded
 *             rules): validation and compile time, compiled size, and the per-mail analysis time
 *             (findOriginal + analyse on already-parsed mails), which must stay flat.
 * 3. size   — generated mails of 100 KB, 1 MB, 10 MB and 25 MB (big attachment, zip, HTML body,
 *             text body, forwarded as attachment), each in a fresh process: time and memory, with
 *             postal-mime alone (no pre-pass) alongside. They are written to a temp dir and removed.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseMail, type ParsedMail } from "../src/mail/parse";
import { analyse } from "../src/check";
import { findOriginal } from "../src/original/find";
import { compileRules, type CompiledRules } from "../src/rules/compile";
import { rulePacks } from "../src/rules/default";
import { RuleSetSchema, type RuleSetInput } from "../src/rules/schema";
import { mailFiles } from "./mail-files";
import { progress } from "./progress";
import { BIG_KINDS, bigMail, syntheticRules, type BigKind } from "./bench-gen";
import { timeInWorkerd } from "./bench-workerd";
import { FORWARDER, stagedPipeline, wholePipeline, type Stages } from "./bench-pipeline";
import { dist, gc, humanSize, mb, median, ms, sum, table } from "./bench-stats";
import { compare, corpusKey, DEFAULT_TOLERANCE, flatten, machine, measureOnce, readBaseline, summarise, workerdRatios, writeBaseline, type Baseline, type Ratios } from "./bench-ratios";

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i < 0 ? undefined : (argv[i + 1] ?? "");
};
const flag = (name: string) => argv.includes(`--${name}`);
const valued = new Set(["--profile-workerd", "--top", "--runs", "--rounds", "--only", "--sample", "--size-rounds", "--workerd-rounds", "--workerd-min", "--repeats", "--baseline"]);
const dirs = argv.filter((a, i) => !a.startsWith("--") && !valued.has(argv[i - 1] ?? ""));
const only = new Set((opt("only") ?? "mails,rules,size").split(","));
const SMALL = 256 * 1024;

const baseInput = rulePacks();
const baseRules = compileRules(RuleSetSchema.parse(baseInput), 0);

if (flag("help")) {
  console.log(readFileSync(new URL(import.meta.url)).toString().split("*/")[0]!.replace(/^\/\*\*\n?| ?\* ?/gm, ""));
  process.exit(0);
}
if (flag("worst")) {
  const { benchWorst } = await import("./bench-worst");
  await benchWorst(Number(opt("runs") ?? 20), baseRules);
  process.exit(0);
}
if (flag("floor")) {
  const { benchFloor } = await import("./bench-floor");
  const all = mailFiles(dirs.length ? dirs : ["tests/fixtures"]).map((f) => new Uint8Array(readFileSync(f))).filter((m) => m.length <= SMALL);
  const n = Math.min(all.length, Number(opt("sample") ?? 600));
  const picked = Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]!);
  await benchFloor(picked, Number(opt("workerd-rounds") ?? 3), Number(opt("workerd-min") ?? 5));
  process.exit(0);
}
if (opt("profile-workerd")) {
  const { profileInWorkerd } = await import("./bench-profile-workerd");
  const all = mailFiles(dirs.length ? dirs : ["tests/fixtures"]).map((f) => new Uint8Array(readFileSync(f)));
  const n = Math.min(all.length, Number(opt("sample") ?? 600));
  const picked = Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]!);
  const s = await profileInWorkerd(picked, opt("profile-workerd")!, Number(opt("rounds") ?? 2), Number(opt("workerd-min") ?? 5));
  const top = Number(opt("top") ?? 25);
  const pct = (t: number) => `${((100 * t) / s.totalMs).toFixed(1)} %`;
  console.log(`# workerd CPU profile: whole pipeline over ${n} mails, ${(s.totalMs / 1000).toFixed(1)} s sampled (written to ${opt("profile-workerd")})\n`);
  console.log(table(["area", "self ms", "share"], s.byArea.slice(0, top).map(([k, t]) => [k, t.toFixed(0), pct(t)])));
  console.log();
  console.log(table(["file", "self ms", "share"], s.byFile.slice(0, top).map(([k, t]) => [k, t.toFixed(0), pct(t)])));
  console.log();
  console.log(table(["function", "self ms", "share"], s.byFunction.slice(0, top).map(([k, t]) => [k, t.toFixed(0), pct(t)])));
  process.exit(0);
}
if (flag("compare") || flag("save-baseline")) {
  process.exit(await ratioMode());
}

console.log(`# phishcheck bench\n`);
console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}; ${new Date().toISOString().slice(0, 10)}\n`);

// ---------------------------------------------------------------------------------------------
// 1. Real mails

type Mail = { file: string; raw: Uint8Array };
const files = mailFiles(dirs.length ? dirs : ["tests/fixtures"]);
let mails: Mail[] = files.map((file) => ({ file, raw: new Uint8Array(readFileSync(file)) }));
const sample = Number(opt("sample") ?? 0);
if (sample > 0 && mails.length > sample) {
  const step = mails.length / sample;
  mails = Array.from({ length: sample }, (_, i) => mails[Math.floor(i * step)]!);
}
const rounds = Number(opt("rounds") ?? (mails.length >= 1000 ? 3 : Math.max(5, Math.ceil(3000 / Math.max(1, mails.length)))));
const label = dirs.length ? dirs.join(", ") : "tests/fixtures";

if (only.has("mails")) {
  console.log(`## Mails: ${label} — ${mails.length} files, ${mb(sum(mails.map((m) => m.raw.length)))} MB, ${mails.filter((m) => m.raw.length <= SMALL).length} of them ≤ 256 KB; ${rounds} rounds after a warm-up\n`);
  // Warm-up: every mail once through both paths.
  for (const m of mails) {
    await parseMail(m.raw);
    await wholePipeline(m.raw, baseRules);
  }
  gc();
  const parseT = mails.map(() => [] as number[]);
  const wholeT = mails.map(() => [] as number[]);
  let peakHeap = 0;
  const started = performance.now();
  let wholeWall = 0;
  const shown = progress("bench", rounds * mails.length);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < mails.length; i++) {
      shown.tick();
      const raw = mails[i]!.raw;
      let t0 = performance.now();
      await parseMail(raw);
      parseT[i]!.push(performance.now() - t0);
      t0 = performance.now();
      await wholePipeline(raw, baseRules);
      const dt = performance.now() - t0;
      wholeT[i]!.push(dt);
      wholeWall += dt;
      if (i % 16 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }
  }
  shown.done();
  const elapsed = performance.now() - started;
  const parse = parseT.map(median);
  const whole = wholeT.map(median);
  const small = mails.map((m, i) => [m, i] as const).filter(([m]) => m.raw.length <= SMALL).map(([, i]) => i);

  // One more pass, stage by stage, to see where the time goes.
  const stages: Record<keyof Stages, number[]> = { parse: [], find: [], analyse: [], reply: [] };
  const verdicts = new Map<string, number>();
  for (const m of mails) {
    try {
      const { times, result } = await stagedPipeline(m.raw, baseRules);
      for (const k of Object.keys(stages) as (keyof Stages)[]) stages[k].push(times[k]);
      verdicts.set(result.verdict, (verdicts.get(result.verdict) ?? 0) + 1);
    } catch {
      verdicts.set("unreadable", (verdicts.get("unreadable") ?? 0) + 1);
    }
  }

  const rows: (string | number)[][] = [];
  const row = (name: string, xs: number[]) => {
    const d = dist(xs);
    rows.push([name, d.n, ms(d.mean), ms(d.p50), ms(d.p95), ms(d.p99), ms(d.max)]);
  };
  row("parse only (parseMail)", parse);
  row("whole pipeline", whole);
  row("parse only, mails ≤ 256 KB", small.map((i) => parse[i]!));
  row("whole pipeline, mails ≤ 256 KB", small.map((i) => whole[i]!));
  console.log(table(["per mail (median of rounds)", "mails", "mean ms", "p50 ms", "p95 ms", "p99 ms", "max ms"], rows));
  console.log();
  const ratio = sum(whole) / sum(parse);
  const perMailRatio = median(whole.map((w, i) => w / parse[i]!));
  console.log(
    table(
      ["whole pipeline", "value"],
      [
        ["mails per second (one core, whole pipeline)", (mails.length / (sum(whole) / 1000)).toFixed(0)],
        ["whole / parse-only, total time", `${ratio.toFixed(2)}×`],
        ["whole / parse-only, median per mail", `${perMailRatio.toFixed(2)}×`],
        ["peak heap used during the rounds", `${mb(peakHeap)} MB`],
        ["peak RSS of the process", `${mb(process.resourceUsage().maxRSS * 1024)} MB`],
        ["wall time of the timed rounds", `${(elapsed / 1000).toFixed(1)} s (${(wholeWall / 1000).toFixed(1)} s in the whole pipeline)`],
        ["verdicts", [...verdicts].map(([v, n]) => `${v} ${n}`).join(", ")],
      ],
    ),
  );
  console.log();
  const srows = (Object.keys(stages) as (keyof Stages)[]).map((k) => {
    const d = dist(stages[k]);
    return [k, ms(d.mean), ms(d.p50), ms(d.p99), ms(d.max), `${((100 * sum(stages[k])) / sum(Object.values(stages).map(sum))).toFixed(0)} %`];
  });
  console.log(table(["stage (one pass)", "mean ms", "p50 ms", "p99 ms", "max ms", "share"], srows));
  console.log();
  const slowest = whole
    .map((w, i) => [w, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 5);
  if (!flag("no-workerd")) {
    // The same timings inside workerd (Miniflare): the runtime the worker runs in.
    const minMs = Number(opt("workerd-min") ?? 10);
    const wd = await timeInWorkerd(
      mails.map((m) => m.raw),
      Number(opt("workerd-rounds") ?? 1),
      minMs,
    ).catch((e: unknown) => {
      console.log(`(workerd timings skipped: ${e instanceof Error ? e.message.split("\n")[0] : e})\n`);
      return null;
    });
    if (wd) {
      const wParse = wd.parse.map(median);
      const wWhole = wd.whole.map(median);
      const wrows: (string | number)[][] = [];
      const wrow = (name: string, xs: number[]) => {
        const d = dist(xs);
        wrows.push([name, d.n, ms(d.mean), ms(d.p50), ms(d.p95), ms(d.p99), ms(d.max)]);
      };
      wrow("workerd: parse only", wParse);
      wrow("workerd: whole pipeline", wWhole);
      wrow("workerd: parse only, ≤ 256 KB", small.map((i) => wParse[i]!));
      wrow("workerd: whole pipeline, ≤ 256 KB", small.map((i) => wWhole[i]!));
      console.log(`In workerd (Miniflare, compatibility date of wrangler.toml). Its clock ticks in whole ms, so each figure is the average of repeated runs of that mail over ≥ ${minMs} ms:\n`);
      console.log(table(["per mail", "mails", "mean ms", "p50 ms", "p95 ms", "p99 ms", "max ms"], wrows));
      console.log();
      console.log(
        table(
          ["workerd", "value"],
          [
            ["mails per second (whole pipeline)", (mails.length / (sum(wWhole) / 1000)).toFixed(0)],
            ["whole / parse-only, total time", `${(sum(wWhole) / sum(wParse)).toFixed(2)}×`],
          ],
        ),
      );
      console.log();
    }
  }
  console.log(`Slowest (whole pipeline): ${slowest.map(([w, i]) => `${mails[i]!.file.split("/").slice(-2).join("/")} ${humanSize(mails[i]!.raw.length)} ${ms(w, 1)} ms`).join("; ")}\n`);
}

// ---------------------------------------------------------------------------------------------
// 2. Rule scale

if (only.has("rules")) {
  const parsed: ParsedMail[] = [];
  for (const m of mails) {
    try {
      parsed.push(await parseMail(m.raw));
    } catch {
      // unreadable: not part of the analysis
    }
  }
  const domainCounts = [1_000, 10_000, 50_000];
  const phraseCounts = [1_000, 5_000, 20_000];
  const aRounds = Math.max(3, Math.min(rounds, 50));
  console.log(`## Rule scale: analysis (findOriginal + analyse) of ${parsed.length} parsed mails from ${label}; median of ${aRounds} rounds per mail\n`);
  const results: (string | number)[][] = [];
  let reference = NaN;
  let referenceP99 = NaN;
  const holder: { compiled: CompiledRules | null; input: RuleSetInput | null } = { compiled: null, input: null };
  for (const d of domainCounts)
    for (const p of phraseCounts) {
      holder.compiled = null;
      holder.input = syntheticRules(baseInput, d, p);
      let t0 = performance.now();
      const rs = RuleSetSchema.parse(holder.input);
      const validate = performance.now() - t0;
      holder.input = null;
      t0 = performance.now();
      const compiled = compileRules(rs, 1);
      holder.compiled = compiled;
      const compile = performance.now() - t0;
      const doms = rs.brands.reduce((n, b) => n + b.domains.length, 0);
      // Warm-up, then rounds.
      const run = async (rules: CompiledRules, m: ParsedMail) => analyse(await findOriginal(m, FORWARDER), rules);
      for (const m of parsed) await run(compiled, m);
      gc();
      const times = parsed.map(() => [] as number[]);
      for (let r = 0; r < aRounds; r++)
        for (let i = 0; i < parsed.length; i++) {
          const t = performance.now();
          await run(compiled, parsed[i]!);
          times[i]!.push(performance.now() - t);
        }
      const per = dist(times.map(median));
      if (Number.isNaN(reference)) {
        reference = per.mean;
        referenceP99 = per.p99;
      }
      const cold = JSON.parse(
        spawnSync(process.execPath, ["--import", "tsx", "cli/bench-rules-child.ts", String(d), String(p)], { encoding: "utf8" }).stdout.trim().split("\n").pop() || "{}",
      );
      results.push([
        `${d / 1000}k`,
        `${p / 1000}k`,
        `${rs.brands.length} / ${doms} / ${rs.allowDomains.length} / ${rs.blockDomains.length}`,
        mb(cold.jsonBytes),
        `${ms(cold.validate, 0)} / ${ms(validate, 0)}`,
        `${ms(cold.compile, 0)} / ${ms(compile, 0)}`,
        mb(cold.heap),
        ms(per.mean),
        ms(per.p50),
        ms(per.p99),
        `${(per.mean / reference).toFixed(2)}×`,
        `${(per.p99 / referenceP99).toFixed(2)}×`,
      ]);
      console.error(`  rules ${d}/${p}: compile ${compile.toFixed(0)} ms, analysis mean ${per.mean.toFixed(3)} ms`);
    }
  console.log(
    table(
      ["domains", "phrases", "brands / official / allow / block", "JSON MB", "validate ms cold / warm", "compile ms cold / warm", "rules in heap MB", "analysis mean ms", "p50 ms", "p99 ms", "mean vs 1k/1k", "p99 vs 1k/1k"],
      results,
    ),
  );
  console.log();
}

// ---------------------------------------------------------------------------------------------
// 3. Size scale

if (only.has("size")) {
  const sizes = [100 * 1024, 1024 * 1024, 10 * 1024 * 1024, 25 * 1024 * 1024 - 4096];
  const sizeRounds = Number(opt("size-rounds") ?? 5);
  const dir = mkdtempSync(join(tmpdir(), "phishcheck-bench-"));
  console.log(`## Size scale: generated mails, each case in a fresh process (${sizeRounds} warm rounds; temp dir ${dir})\n`);
  const child = (file: string, mode: string, rulesArg = "default") => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "cli/bench-size-child.ts", file, mode, String(sizeRounds), rulesArg], { encoding: "utf8", maxBuffer: 1 << 20 });
    const line = r.stdout.trim().split("\n").pop() ?? "";
    try {
      // biome-ignore lint/suspicious/noExplicitAny: a child's JSON result line, read field by field below
      return JSON.parse(line) as Record<string, any>;
    } catch {
      return { error: (r.stderr || r.stdout).trim().split("\n").slice(-3).join(" ") };
    }
  };
  const rows: (string | number)[][] = [];
  const bigRulesRows: (string | number)[][] = [];
  try {
    for (const kind of BIG_KINDS as BigKind[])
      for (const size of sizes) {
        const file = join(dir, `${kind}-${size}.eml`);
        const bytes = bigMail(kind, size);
        writeFileSync(file, bytes);
        const a = child(file, "pipeline");
        const b = child(file, "postal");
        const w = flag("no-workerd") ? null : await timeInWorkerd([bytes], 3, 20).catch(() => null);
        if (size === sizes[sizes.length - 1]) {
          const c = child(file, "pipeline", "50k");
          if (!c.error)
            bigRulesRows.push([kind, humanSize(bytes.length), mb(c.rulesHeap), mb(c.live), mb(c.used), mb(c.rulesHeap + c.used), ms(c.warm, 1), `${c.verdict} (${c.via})`]);
        }
        rmSync(file);
        if (a.error || b.error) {
          rows.push([kind, humanSize(bytes.length), `error: ${a.error ?? b.error}`]);
          continue;
        }
        const notes = [a.attachment, a.truncated].filter(Boolean).join(" / ");
        rows.push([
          kind,
          humanSize(bytes.length),
          ms(a.cold, 1),
          ms(a.warm, 1),
          ms(a.parse, 1),
          ms(b.warm, 1),
          w ? ms(median(w.whole[0]!), 1) : "–",
          w ? ms(median(w.parse[0]!), 1) : "–",
          mb(a.live),
          mb(a.used),
          mb(b.live),
          mb(b.used),
          `${a.verdict} (${a.via})`,
          notes.replace(/\|/g, "/"),
        ]);
        console.error(`  size ${kind} ${humanSize(bytes.length)}: ${a.warm?.toFixed(1)} ms, ${mb(a.live)} MB live`);
      }
  } finally {
    if (!flag("keep")) rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    table(
      ["kind", "size", "whole cold ms", "whole warm ms", "parseMail ms", "postal-mime alone ms", "workerd: whole ms", "workerd: parseMail ms", "live MB", "used MB", "postal-mime alone: live MB", "used MB", "verdict", "reasons seen"],
      rows,
    ),
  );
  console.log();
  console.log("With the 50k-domain / 20k-phrase rule set loaded (what the isolate holds: rules + the mail's peak):\n");
  console.log(table(["kind", "size", "rules heap MB", "mail live MB", "mail used MB", "rules + mail used MB", "whole warm ms", "verdict"], bigRulesRows));
  console.log();
  console.log(
    "Memory is JS heap + ArrayBuffers above the process's baseline, raw mail included, sampled at the end of each stage (read, parse, find, analyse, reply): " +
      "live = after a full GC (what the mail keeps); used = as found, uncollected garbage included (an upper figure). Transient peaks inside a stage are not sampled. " +
      "Kinds: pdf = 1 big base64 attachment; zip = a zip holding an .exe; html = an HTML-only body; text = a text-only body; rfc822 = the pdf mail forwarded as an attachment. " +
      "Reasons seen: the attachment and text_truncated reasons, as the reply words them.",
  );
}

// ---------------------------------------------------------------------------------------------
// --compare / --save-baseline: ratios against bench/baseline.json

async function ratioMode(): Promise<number> {
  const file = opt("baseline") ?? "bench/baseline.json";
  const base = readBaseline(file);
  const comparing = flag("compare");
  if (comparing && !base) {
    console.log(`No baseline at ${file}: take one with \`npm run bench -- DIR --save-baseline\`.`);
    return 2;
  }
  const dir = dirs[0] ?? (comparing && base ? base.dir : "tests/fixtures");
  if (comparing && base && corpusKey(dir) !== base.corpus) console.log(`Note: the baseline was taken on ${base.corpus}, this run is on ${corpusKey(dir)}: the ratios are not comparable.\n`);
  const sampleN = Number(opt("sample") ?? (comparing && base ? base.sample : 600));
  const roundsN = Number(opt("rounds") ?? (comparing && base ? base.rounds : 3));
  const repeats = Number(opt("repeats") ?? (comparing && base ? base.repeats : 3));
  let all = mailFiles([dir]).map((f) => new Uint8Array(readFileSync(f))).filter((m) => m.length <= SMALL);
  const total = all.length;
  if (sampleN > 0 && all.length > sampleN) {
    const step = all.length / sampleN;
    all = Array.from({ length: sampleN }, (_, i) => all[Math.floor(i * step)]!);
  }
  const load = loadavg()[0]!.toFixed(2);
  console.log(`## Ratios: ${corpusKey(dir)}, ${all.length} of its ${total} mails ≤ 256 KB, ${roundsN} rounds × ${repeats} repeats; load average ${load} on ${cpus().length} cores\n`);
  for (const m of all) await wholePipeline(m, baseRules);
  const runs: Ratios[] = [];
  for (let r = 0; r < repeats; r++) {
    const ratios = await measureOnce(all, baseRules, roundsN);
    if (!flag("no-workerd")) {
      const wd = await timeInWorkerd(all, Number(opt("workerd-rounds") ?? 1), Number(opt("workerd-min") ?? 5), undefined, true).catch((e: unknown) => {
        console.log(`(workerd skipped: ${e instanceof Error ? e.message.split("\n")[0] : e})`);
        return null;
      });
      if (wd) ratios.workerd = workerdRatios(wd);
    }
    runs.push(ratios);
    console.error(`  repeat ${r + 1}/${repeats}: whole/parse ${ratios.wholeOverParse.toFixed(2)}${ratios.workerd ? `, workerd ${ratios.workerd.wholeOverParse.toFixed(2)}` : ""}`);
  }
  const { ratios, spread } = summarise(runs);
  const now: Baseline = {
    date: new Date().toISOString(),
    machine: { ...machine(), loadavg1m: Number(load) },
    corpus: corpusKey(dir),
    dir,
    mails: all.length,
    sample: sampleN,
    rounds: roundsN,
    repeats,
    tolerance: base?.tolerance ?? DEFAULT_TOLERANCE,
    ratios,
    spread,
  };
  if (!comparing) {
    writeBaseline(file, now);
    console.log(table(["ratio", "median of repeats", "lowest", "highest"], flatten(ratios).map(([n, v]) => [n, v.toFixed(2), spread[n]![0].toFixed(2), spread[n]![1].toFixed(2)])));
    console.log(`\nWritten to ${file}.`);
    return 0;
  }
  const { text, slower } = compare(ratios, base!);
  console.log(`Baseline: ${base!.date.slice(0, 10)}, ${base!.machine.cpus} × ${base!.machine.model}, Node ${base!.machine.node}, load ${base!.machine.loadavg1m}; ${base!.corpus}, ${base!.mails} mails.\n`);
  console.log(text);
  console.log(slower.length ? `\nSLOWER than the baseline: ${slower.join("; ")}.` : "\nNot slower than the baseline (within tolerance).");
  return slower.length ? 1 : 0;
}
