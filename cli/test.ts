/**
 * npm test — every check, in three lanes side by side, so a 2-core machine is busy all the time:
 *   static    biome lint, then the generated Env types (types:check), then tsc over everything
 *   vitest    the node and workerd projects (pure logic, the CLI; the runtime), in one vitest
 *   browser   the browser project (one `wrangler dev` and Chromium; mostly waiting on I/O)
 * Every step runs even when an earlier one failed; the exit status is non-zero when any failed.
 * The vitest lane prints as it goes; the other two are printed whole when they end, then a line of
 * wall-clock seconds per lane. Any lane alone: `npm run lint`, `npm run types:check`,
 * `npm run typecheck`, `npx vitest run --project node --project workerd`, `npx vitest run --project browser`.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";

type Step = [command: string, ...args: string[]];
type Lane = { name: string; steps: Step[]; live: boolean };

const npm = (script: string): Step => ["npm", "run", "-s", script];
const vitest = join("node_modules", ".bin", "vitest");
const LANES: Lane[] = [
  { name: "static", steps: [npm("lint"), npm("types:check"), npm("typecheck")], live: false },
  { name: "vitest", steps: [[vitest, "run", "--project", "node", "--project", "workerd"]], live: true },
  { name: "browser", steps: [[vitest, "run", "--project", "browser"]], live: false },
];

const env = { ...process.env, WRANGLER_SEND_METRICS: "false" };

function step([command, ...args]: Step, live: boolean, out: Buffer[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", live ? "inherit" : "pipe", live ? "inherit" : "pipe"] });
    child.stdout?.on("data", (b: Buffer) => out.push(b));
    child.stderr?.on("data", (b: Buffer) => out.push(b));
    child.on("error", (e) => {
      out.push(Buffer.from(`${command}: ${e.message}\n`));
      resolve(127);
    });
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

async function lane({ name, steps, live }: Lane): Promise<{ name: string; failed: string[]; seconds: number }> {
  const started = Date.now();
  const out: Buffer[] = [];
  const failed: string[] = [];
  for (const s of steps) {
    const code = await step(s, live, out);
    if (code !== 0) failed.push(`${s.join(" ")} exited ${code}`);
  }
  if (!live) process.stdout.write(`\n── ${name}: ${steps.map((s) => s.join(" ")).join(" → ")}\n${Buffer.concat(out).toString()}`);
  return { name, failed, seconds: (Date.now() - started) / 1000 };
}

const results = await Promise.all(LANES.map(lane));
console.log(`\nnpm test: ${results.map((r) => `${r.name} ${r.seconds.toFixed(0)} s${r.failed.length ? " FAILED" : ""}`).join(", ")}`);
for (const r of results) for (const f of r.failed) console.error(`${r.name}: ${f}`);
process.exit(results.some((r) => r.failed.length) ? 1 : 0);
