import { readFileSync } from "node:fs";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig, type Plugin } from "vitest/config";

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

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          base64Fixtures(),
          // The reports database's migrations are read here (Node) and applied in workerd by tests/worker/setup-d1.ts.
          cloudflareTest(async () => ({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: { bindings: { CHECK_ADDRESS: "check@phishcheck.example", TEST_MIGRATIONS: await readD1Migrations("./migrations") } },
          })),
        ],
        test: { name: "workerd", include: ["tests/**/*.test.ts"], exclude: ["tests/node/**", "tests/browser/**"], setupFiles: ["./tests/worker/setup-d1.ts"] },
      },
      {
        test: { name: "node", include: ["tests/node/**/*.test.ts"], environment: "node", testTimeout: 60_000 },
      },
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
});
