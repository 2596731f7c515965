/** Small helpers for the benchmark: percentiles, medians, markdown tables, forced GC. */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
const gcFn = runInNewContext("gc") as () => void;

/** A full garbage collection (V8's gc(), exposed at run time). */
export function gc(): void {
  gcFn();
  gcFn();
}

/** Nearest-rank percentile of an ascending array. */
export function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

export type Dist = { n: number; mean: number; p50: number; p95: number; p99: number; max: number };

export function dist(xs: number[]): Dist {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, mean: sum(s) / (s.length || 1), p50: pct(s, 50), p95: pct(s, 95), p99: pct(s, 99), max: s[s.length - 1] ?? NaN };
}

export const ms = (x: number, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : "–");
export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function table(head: string[], rows: (string | number)[][]): string {
  const lines = [`| ${head.join(" | ")} |`, `|${head.map((h) => (/^[A-Za-z ]/.test(h) && !/ms|MB|×|\/s/.test(h) ? "---" : "---:")).join("|")}|`];
  for (const r of rows) lines.push(`| ${r.join(" | ")} |`);
  return lines.join("\n");
}

export function humanSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}
