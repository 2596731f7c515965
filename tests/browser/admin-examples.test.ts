import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";

const run = promisify(execFile);
const MARKER = /^# --- README "Examples" from here to the end.*\n/m;

describe("README admin examples (scripts/admin-examples.sh) against wrangler dev", () => {
  it("README shows exactly the script's lines", () => {
    const script = readFileSync("scripts/admin-examples.sh", "utf8");
    const readme = readFileSync("README.md", "utf8");
    const body = script.split(MARKER)[1]!;
    const section = readme.slice(readme.indexOf("### Examples"));
    const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
    expect(block).toBe(body);
  });

  it("run in order, every request succeeds; the weakening PUT is refused and changes nothing", async () => {
    const env = { ...process.env, PC: inject("baseURL"), AUTH: `Authorization: Bearer ${inject("adminToken")}`, WRANGLER_SEND_METRICS: "false" };
    const before = await (await fetch(`${inject("baseURL")}/health`)).json<{ rulesVersion: number }>();
    const { stdout } = await run("bash", ["scripts/admin-examples.sh"], { env, maxBuffer: 16 * 1024 * 1024 });
    expect(stdout).toMatch(/"summary":"PATCH: \+domain amazon-notice\.example\.jp to amazon; \+tld bar"|"changed":false/);
    expect(stdout).toContain('"error": "weakens_detection"');
    expect(stdout).toMatch(/gmail-ja\.eml: dangerous/);
    expect(stdout).toMatch(/ROLLBACK to v\d+/);
    expect(stdout).toContain('"verdict": "dangerous"');
    const after = await (await fetch(`${inject("baseURL")}/health`)).json<{ rulesVersion: number }>();
    expect(after.rulesVersion).toBeGreaterThan(before.rulesVersion);
  });
});
