/**
 * npm test — every check, in four lanes side by side, so both cores of a 2-core machine stay busy
 * (one lane after another would leave one idle most of the time: tsc is one thread, workerd and
 * Chromium mostly wait):
 *   static    biome lint, then the generated Env types (types:check), then tsc over everything
 *   node      vitest project "node": pure logic and the CLI, one worker, one module graph
 *   workerd   vitest project "workerd": the runtime (email handler, KV, D1, Cache API), one workerd
 *   browser   vitest project "browser": one `wrangler dev` and Chromium
 * Every step runs even when an earlier one failed; the exit status is non-zero when any failed.
 * Each lane's output is printed whole when it ends, then a line of wall-clock seconds per lane.
 * One lane alone: `npm run lint`, `npm run types:check`, `npm run typecheck`, `npx vitest run --project node`
 * (or workerd, browser); `npx vitest run` runs the three projects in one process.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";

type Step = [command: string, ...args: string[]];
type Lane = { name: string; steps: Step[] };

const npm = (script: string): Step => ["npm", "run", "-s", script];
// One worker per vitest lane: the lanes are the parallelism, and with isolate: false a single worker
// takes all of its project's files at once (one worker start, one module graph, one workerd).
const project = (name: string): Step => [join("node_modules", ".bin", "vitest"), "run", "--project", name, "--maxWorkers", "1"];
const LANES: Lane[] = [
  { name: "static", steps: [npm("lint"), npm("types:check"), npm("typecheck")] },
  { name: "node", steps: [project("node")] },
  { name: "workerd", steps: [project("workerd")] },
  { name: "browser", steps: [project("browser")] },
];

const env = { ...process.env, WRANGLER_SEND_METRICS: "false" };

function step([command, ...args]: Step, out: Buffer[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => out.push(b));
    child.on("error", (e) => {
      out.push(Buffer.from(`${command}: ${e.message}\n`));
      resolve(127);
    });
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

async function lane({ name, steps }: Lane): Promise<{ name: string; failed: string[]; seconds: number }> {
  const started = Date.now();
  const out: Buffer[] = [];
  const failed: string[] = [];
  for (const s of steps) {
    const code = await step(s, out);
    if (code !== 0) failed.push(`${s.join(" ")} exited ${code}`);
  }
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(`\n── ${name} (${seconds.toFixed(0)} s): ${steps.map((s) => s.join(" ")).join(" → ")}\n${Buffer.concat(out).toString()}`);
  return { name, failed, seconds };
}

const results = await Promise.all(LANES.map(lane));
console.log(`\nnpm test: ${results.map((r) => `${r.name} ${r.seconds.toFixed(0)} s${r.failed.length ? " FAILED" : ""}`).join(", ")}`);
for (const r of results) for (const f of r.failed) console.error(`${r.name}: ${f}`);
process.exit(results.some((r) => r.failed.length) ? 1 : 0);
