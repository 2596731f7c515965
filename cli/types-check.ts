/**
 * npm run types:check — fails when worker-configuration.d.ts is not what `npm run types` writes
 * (wrangler's own `types --check` ignores --env-file, so it would compare against a local
 * .dev.vars). Regenerates the file in place: when it was out of date, the new one is left there
 * to be committed.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const FILE = "worker-configuration.d.ts";
const read = () => {
  try {
    return readFileSync(FILE, "utf8");
  } catch {
    return "";
  }
};
const before = read();
execFileSync("npm", ["run", "-s", "types"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, WRANGLER_SEND_METRICS: "false" } });
if (read() !== before) {
  console.error(`${FILE} was out of date (wrangler.toml or .dev.vars.example changed): regenerated; commit it.`);
  process.exit(1);
}
