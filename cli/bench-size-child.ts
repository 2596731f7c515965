/**
 * One size-scale case of the benchmark, in a fresh process so its memory figures are its own:
 *   node --import tsx cli/bench-size-child.ts FILE (pipeline|postal) ROUNDS
 * pipeline: the whole pipeline as the worker runs it; postal: postal-mime alone on the raw
 * bytes (what parsing cost before the pre-pass). Prints one JSON line.
 *
 * Memory, above a baseline taken before the mail was read (so the raw mail itself, as the worker
 * holds it, is included), JS heap + ArrayBuffers, sampled at the end of each stage (read, parse,
 * find, analyse, reply): `used` as found (garbage not yet collected included: an upper figure) and
 * `live` after a full GC (what the mail really keeps). Transient peaks inside a stage are not seen
 * by either;
 */
import { readFileSync } from "node:fs";
import PostalMime from "postal-mime";
import { parseMail } from "../src/mail/parse";
import { explain } from "../src/reply/reasons";
import { compileRules } from "../src/rules/compile";
import { defaultRules } from "../src/rules/default";
import { RuleSetSchema } from "../src/rules/schema";
import { syntheticRules } from "./bench-gen";
import { gc, median } from "./bench-stats";
import { stagedPipeline, wholePipeline } from "./bench-pipeline";

const [file, mode = "pipeline", roundsArg = "3", rulesArg = "default"] = process.argv.slice(2);
if (!file) throw new Error("usage: bench-size-child.ts FILE (pipeline|postal) ROUNDS [default|50k]");
const rounds = Number(roundsArg);
// "50k": the synthetic rule set of 50k domains and 20k phrases instead of the embedded rules.
gc();
const heapBeforeRules = process.memoryUsage().heapUsed;
const rules = compileRules(rulesArg === "50k" ? RuleSetSchema.parse(syntheticRules(defaultRules(), 50_000, 20_000)) : defaultRules(), 0);
gc();
const rulesHeap = process.memoryUsage().heapUsed - heapBeforeRules;
const POSTAL_OPTIONS = { forceRfc822Attachments: true, attachmentEncoding: "arraybuffer", maxNestingDepth: 100, maxHeadersSize: 2 * 1024 * 1024 } as const;

const inUse = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

// Warm the code paths on a small mail first, so the cold figure is about the size, not the JIT.
{
  const small = new TextEncoder().encode("From: a@example.jp\r\nSubject: hi\r\n\r\nhello https://example.com\r\n");
  for (let i = 0; i < 20; i++) {
    await wholePipeline(small, rules);
    await PostalMime.parse(small, POSTAL_OPTIONS);
  }
}

gc();
const base = inUse();
// As the worker has it: one buffer with the raw bytes (no second copy).
const buf = readFileSync(file);
const raw = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
let used = inUse() - base;
gc();
let live = inUse() - base;
const sample = () => {
  used = Math.max(used, inUse() - base);
  gc();
  live = Math.max(live, inUse() - base);
};

const out: Record<string, unknown> = { file, mode, bytes: raw.length, rulesHeap };
if (mode === "postal") {
  const t0 = performance.now();
  const email = await PostalMime.parse(raw, POSTAL_OPTIONS);
  out.cold = performance.now() - t0;
  sample();
  out.attachments = email.attachments.length;
} else {
  const { times, result } = await stagedPipeline(raw, rules, sample);
  out.cold = times.parse + times.find + times.analyse + times.reply;
  out.stages = times;
  out.verdict = result.verdict;
  out.via = result.original?.via;
  out.codes = result.reasons.map((r) => r.code);
  const said = (r: (typeof result.reasons)[number] | undefined) => (r ? explain(r).en : undefined);
  out.truncated = said(result.reasons.find((r) => r.code === "text_truncated"));
  out.attachment = said(result.reasons.find((r) => r.code.startsWith("attachment_")));
}
out.used = used;
out.live = live;

// Warm timings: the median of a few more runs (parse-only and whole pipeline).
const warm: number[] = [];
const parseOnly: number[] = [];
for (let i = 0; i < rounds; i++) {
  gc();
  let t0 = performance.now();
  if (mode === "postal") await PostalMime.parse(raw, POSTAL_OPTIONS);
  else await wholePipeline(raw, rules);
  warm.push(performance.now() - t0);
  if (mode !== "postal") {
    gc();
    t0 = performance.now();
    await parseMail(raw);
    parseOnly.push(performance.now() - t0);
  }
}
out.warm = median(warm);
if (parseOnly.length) out.parse = median(parseOnly);
console.log(JSON.stringify(out));
