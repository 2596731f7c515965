import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { defineConfig, type Plugin, type TestProjectInlineConfiguration } from "vitest/config";

/** `import x from "./mail.eml?base64"`: fixture bytes as base64, so binary and legacy-charset mail survive the trip into workerd. */
function base64Fixtures(): Plugin {
  return {
    name: "base64-fixtures",
    enforce: "pre",
    load(id) {
      if (!id.endsWith("?base64")) return null;
      const file = id.slice(0, -"?base64".length);
      return `export default ${JSON.stringify(readFileSync(file).toString("base64"))};`;
    },
  };
}

/** The --project names on the command line (none: every project). */
function projectsAsked(argv = process.argv): string[] {
  return argv.flatMap((a, i) => (a === "--project" ? [argv[i + 1] ?? ""] : a.startsWith("--project=") ? [a.slice("--project=".length)] : []));
}
/** Loading the workerd pool (wrangler, miniflare) costs about 4 s of CPU: not when only node or browser is run. */
const workerdAsked = () => {
  const asked = projectsAsked();
  return asked.length === 0 || asked.some((p) => p === "workerd" || /[*?!]/.test(p));
};

async function workerdProject(): Promise<TestProjectInlineConfiguration> {
  const { cloudflareTest, readD1Migrations } = await import("@cloudflare/vitest-pool-workers");
  return {
    plugins: [
      base64Fixtures(),
      // The reports database's migrations are read here (Node) and applied in workerd by tests/worker/setup.ts.
      cloudflareTest(async () => ({
        wrangler: { configPath: "./wrangler.toml" },
        // FUZZ_RUNS: cases per property test (tests/runs.ts), which workerd tests read from env.
        miniflare: {
          bindings: { CHECK_ADDRESS: "check@phishcheck.example", FUZZ_RUNS: process.env.FUZZ_RUNS ?? "", TEST_MIGRATIONS: await readD1Migrations("./migrations") },
        },
      })),
    ],
    test: {
      name: "workerd",
      include: ["tests/worker/**/*.test.ts"],
      // One runtime per pool worker for all its files, not one per file (a workerd start and a fresh
      // module graph per file cost about three times the tests themselves). tests/worker/setup.ts
      // gives each file the state a fresh runtime has: D1 migrated and empty, rules KV empty.
      isolate: false,
      setupFiles: ["./tests/worker/setup.ts"],
      testTimeout: 30_000,
    },
  };
}

/**
 * Projects by folder, so a new test lands in the right one by where it is put:
 *   node     tests/unit, tests/property (pure logic), tests/node (the CLI, spawned with tsx)
 *   workerd  tests/worker: what needs the runtime — worker.email end to end, KV, the Cache API,
 *            legacy charsets decoded by workerd, size limits, pathological mails timed in workerd, D1
 *   browser  tests/browser: one `wrangler dev` and Debian's Chromium (the console, README examples)
 */
export default defineConfig(async () => ({
  test: {
    // For `npx vitest run` (all projects in one process). Vitest's default is one worker fewer than the CPUs:
    // ONE on a 2-core machine, every file after the one before. `npm test` (cli/test.ts) instead runs each
    // project as its own process with one worker, side by side.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        plugins: [base64Fixtures()],
        test: {
          name: "node",
          environment: "node",
          // One module graph per worker for all files (a fresh one per file would cost more than the tests):
          // pure-logic tests leave no state behind (no KV, no installed rules, no mocks left in place).
          isolate: false,
          include: ["tests/unit/**/*.test.ts", "tests/property/**/*.test.ts", "tests/node/**/*.test.ts"],
          testTimeout: 30_000,
        },
      },
      ...(workerdAsked() ? [await workerdProject()] : []),
      {
        // One `wrangler dev` (tests/browser/wrangler-dev.ts) and one Chromium for the console and README examples; files one after another.
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/browser/wrangler-dev.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
}));
