import { spawn, execFile, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";

/**
 * globalSetup of the "browser" project: ONE `wrangler dev` for every test in it, on a free port,
 * with a fresh --persist-to directory (KV and D1 start empty), the D1 migrations applied locally
 * and a few report rows inserted with SQL, and the admin token passed with --var (like .dev.vars).
 * Its log goes to test-output/wrangler-dev.log.
 */

export const TOKEN = "browser-test-token-0123456789abcdef";
export const OUT = join(process.cwd(), "test-output");

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    adminToken: string;
  }
}

const run = promisify(execFile);
const WRANGLER = join(process.cwd(), "node_modules", ".bin", "wrangler");
const ENV = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true", NO_COLOR: "1" };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const DAY = 86_400_000;

/** Report rows as the reports writer would store them: metadata only. Fixed ids; times relative to now. */
function seedSql(now: number): string {
  const rows: string[] = [];
  const add = (id: string, ago: number, verdict: string, score: number, codes: string[], brand: string | null, sender: string | null, links: string[] | null, subject: string | null, campaign: string | null, reporter: string) =>
    rows.push(
      `INSERT INTO reports VALUES ('${id}', ${now - ago}, '${verdict}', ${score}, '${JSON.stringify(codes)}', ${brand ? `'${brand}'` : "NULL"}, 'inline', 'ja', 7, '${reporter}', '<reply-${id}@phishcheck.test>', ${sender ? `'${sender}'` : "NULL"}, ${links ? `'${JSON.stringify(links)}'` : "NULL"}, ${subject ? `'${subject}'` : "NULL"}, ${campaign ? `'${campaign}'` : "NULL"});`,
    );
  for (let i = 0; i < 6; i++)
    add(`c1-${i}`, i * 0.7 * DAY, "dangerous", 30 + i, ["sender_name_brand_mismatch", "link_brand_in_domain", "link_abused_tld"], "amazon", "amaz0n-account-update.tk", ["amaz0n-account-update.tk"], "【重要】Amazonアカウントを確認してください", "amaz0n-account-update.tk", `r${i % 4}`);
  for (let i = 0; i < 3; i++) add(`c2-${i}`, i * 1.3 * DAY, "suspicious", 6, ["pressure", "link_abused_tld"], "yamato", "yamato-delivery-info.top", ["yamato-delivery-info.top"], "お荷物のお届けについて", "yamato-delivery-info.top", `r${i}`);
  for (let i = 0; i < 9; i++) add(`ok-${i}`, i * 0.9 * DAY, "no_signs", 0, [], null, null, null, null, null, `r${i % 5}`);
  add("u-1", 2 * DAY, "unreadable", 0, [], null, null, null, null, null, "r9");
  rows.push(`INSERT INTO feedback VALUES ('fb-1', 'ok-2', ${now - DAY}, 'これは詐欺だと思います。http://evil-lookalike.example/login に誘導されました', 0);`);
  return rows.join("\n");
}

let child: ChildProcess | undefined;
let persist: string | undefined;

export default async function setup(project: TestProject) {
  mkdirSync(OUT, { recursive: true });
  persist = mkdtempSync(join(tmpdir(), "phishcheck-browser-"));
  const started = Date.now();
  await run(WRANGLER, ["d1", "migrations", "apply", "phishcheck-reports", "--local", "--persist-to", persist], { env: ENV });
  const seed = join(persist, "seed.sql");
  writeFileSync(seed, seedSql(Date.now()));
  await run(WRANGLER, ["d1", "execute", "phishcheck-reports", "--local", "--persist-to", persist, "--file", seed], { env: ENV });

  const [port, inspector] = [await freePort(), await freePort()];
  const log = openSync(join(OUT, "wrangler-dev.log"), "w");
  child = spawn(
    WRANGLER,
    ["dev", "--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(inspector), "--persist-to", persist, "--var", `ADMIN_TOKEN:${TOKEN}`, "--show-interactive-dev-session=false"],
    { env: ENV, stdio: ["ignore", log, log], detached: true },
  );
  const baseURL = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}); see test-output/wrangler-dev.log`);
    if (Date.now() - started > 150_000) throw new Error("wrangler dev did not answer /health in time; see test-output/wrangler-dev.log");
    try {
      if ((await fetch(`${baseURL}/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  writeFileSync(join(OUT, "timing.txt"), `wrangler dev ready (migrations + seed + start) in ${Date.now() - started} ms\n`);
  project.provide("baseURL", baseURL);
  project.provide("adminToken", TOKEN);

  return async () => {
    const c = child;
    if (c?.pid && c.exitCode === null) {
      const kill = (signal: NodeJS.Signals) => {
        try {
          process.kill(-c.pid!, signal); // the process group: wrangler and its workerd
        } catch {
          /* already gone */
        }
      };
      const exited = new Promise((r) => c.once("exit", r));
      kill("SIGTERM");
      // Wait for it to go (not a fixed pause); a wrangler that ignores SIGTERM is killed after 5 s.
      if ((await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000, "late"))])) === "late") kill("SIGKILL");
    }
    if (persist) rmSync(persist, { recursive: true, force: true, maxRetries: 5 });
  };
}
