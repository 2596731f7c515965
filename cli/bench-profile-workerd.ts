/**
 * A CPU profile of the pipeline inside workerd (Miniflare), for the benchmark's --profile-workerd.
 * workerd's V8 is not Node's: the same code weighs differently there (parse is far cheaper), so
 * speed work on the worker's hot paths should be steered by this profile, not only by `node --cpu-prof`.
 *
 * The bench worker (cli/bench-worker.ts) runs its rounds with the inspector attached (Chrome DevTools
 * Protocol over a WebSocket, `Profiler.start` / `Profiler.stop`); the profile is written as a
 * .cpuprofile (open it in Chrome DevTools or speedscope) and summed here by function and by source
 * file. Samples are attributed to files through the `// path` comments esbuild writes at the start of
 * each module of the (unminified) bundle.
 */
import { createServer } from "node:net";
import { writeFileSync } from "node:fs";
import { bundleBenchWorker } from "./bench-workerd";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; hitCount?: number; children?: number[] };
type Profile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples?: number[]; timeDeltas?: number[] };

export type ProfileSummary = { totalMs: number; byFunction: [string, number][]; byFile: [string, number][]; byArea: [string, number][] };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => (a && typeof a === "object" ? resolve(a.port) : reject(new Error("no port"))));
    });
  });
}

/** One CDP session over the inspector's WebSocket: send(method, params) → result. */
async function cdp(url: string) {
  // ws comes with miniflare (not a direct dependency, no types of its own): loaded on demand, typed here.
  type Ws = { once(ev: "open" | "error", f: (e?: Error) => void): void; on(ev: "message", f: (data: unknown) => void): void; send(s: string): void; close(): void };
  const { WebSocket } = (await import("ws" as string)) as { WebSocket: new (url: string) => Ws };
  const ws = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  let next = 1;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  ws.on("message", (data) => {
    const msg = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
    if (msg.id === undefined) return;
    const w = waiting.get(msg.id);
    waiting.delete(msg.id);
    if (msg.error) w?.reject(new Error(msg.error.message));
    else w?.resolve(msg.result);
  });
  return {
    send: <T>(method: string, params: Record<string, unknown> = {}) =>
      new Promise<T>((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        ws.send(JSON.stringify({ id, method, params }));
      }),
    close: () => ws.close(),
  };
}

/** Line (0-based) → source file, from esbuild's `// path` module comments in the bundle. */
export function fileMap(bundle: string): (line: number) => string {
  const starts: { line: number; file: string }[] = [];
  bundle.split("\n").forEach((l, i) => {
    const m = /^\/\/ ((?:src|cli|rules|node_modules)\/\S+)$/.exec(l);
    if (m) starts.push({ line: i, file: m[1]!.replace(/^node_modules\/(?:\.pnpm\/)?((?:@[^/]+\/)?[^/]+)\/.*$/, "$1") });
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = "(bundle)";
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]!.line <= line) {
        found = starts[mid]!.file;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/** Self time per function, per file and per area (src/<dir>, a package, or V8's own: GC, program). */
export function summarise(profile: Profile, fileOf: (line: number) => string): ProfileSummary {
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const byArea = new Map<string, number>();
  let totalMs = 0;
  for (const n of profile.nodes) {
    const t = self.get(n.id) ?? 0;
    if (!t) continue;
    const f = n.callFrame;
    if (f.functionName === "(idle)") continue;
    totalMs += t;
    const file = f.url ? fileOf(f.lineNumber) : f.functionName;
    const area = file.startsWith("src/") ? file.split("/").slice(0, file.split("/").length > 2 ? 2 : 1).join("/") : file.startsWith("cli/") ? "cli (bench harness)" : file;
    const key = `${f.functionName || "(anonymous)"} ${file}:${f.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + t);
    byFile.set(file, (byFile.get(file) ?? 0) + t);
    byArea.set(area, (byArea.get(area) ?? 0) + t);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalMs, byFunction: sorted(byFunction), byFile: sorted(byFile), byArea: sorted(byArea) };
}

/**
 * Profiles `rounds` rounds of the bench worker over `mails` (each mail: the whole pipeline, repeated
 * over ≥ minMs; parse-only too unless wholeOnly) and writes the .cpuprofile to `out`.
 */
export async function profileInWorkerd(mails: Uint8Array[], out: string, rounds = 2, minMs = 5, wholeOnly = true): Promise<ProfileSummary> {
  const bundle = await bundleBenchWorker();
  const { Miniflare } = await import("miniflare");
  const port = await freePort();
  const mf = new Miniflare({ modules: true, script: bundle, compatibilityDate: "2026-04-20", inspectorPort: port });
  try {
    await mf.ready;
    for (const m of mails) await mf.dispatchFetch("http://bench/add", { method: "POST", body: m });
    await mf.dispatchFetch("http://bench/round?min=0", { method: "POST" }); // warm-up, not profiled
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as { id: string; webSocketDebuggerUrl: string }[];
    const target = targets.find((t) => t.id === "core:user:") ?? targets[0];
    if (!target) throw new Error("workerd's inspector lists no worker");
    const session = await cdp(target.webSocketDebuggerUrl);
    try {
      await session.send("Profiler.enable");
      await session.send("Profiler.setSamplingInterval", { interval: 100 });
      await session.send("Profiler.start");
      for (let r = 0; r < rounds; r++) await (await mf.dispatchFetch(`http://bench/round?min=${minMs}${wholeOnly ? "&whole=only" : ""}`, { method: "POST" })).arrayBuffer();
      const { profile } = await session.send<{ profile: Profile }>("Profiler.stop");
      writeFileSync(out, JSON.stringify(profile));
      return summarise(profile, fileMap(bundle));
    } finally {
      session.close();
    }
  } finally {
    await mf.dispose();
  }
}
