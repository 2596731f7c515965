import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// What `npm run check` runs (tsx), as one node process instead of tsx's launcher and its child.
const run = (script: string, ...args: string[]) =>
  execFileSync(process.execPath, ["--import", "tsx", join("cli", script), ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, WRANGLER_SEND_METRICS: "false" } });
/** Each CLI process costs a second or two; the two runs several tests read are made once, when first needed. */
const once = <T>(f: () => T) => {
  let v: { value: T } | undefined;
  return () => {
    v ??= { value: f() };
    return v.value;
  };
};
const FORWARDS = ["apple-mail", "attached", "gmail-ja", "outlook-en"].map((f) => `tests/fixtures/forwards/${f}.eml`);
const jsonRun = once(() => run("check.ts", ...FORWARDS, "tests/fixtures/misc/genuine-amazon-attached.eml", "--json").trim().split("\n").map((l) => JSON.parse(l)));
const textRun = once(() => run("check.ts", "tests/fixtures/forwards/gmail-ja.eml", "tests/fixtures/misc/garbage.bin"));

// Each test spawns one or two CLI processes (1–2 s each on a quiet machine); the bound is for a hang, not for speed,
// and is wide because on a loaded shared machine a spawn has taken 15 s.
const SPAWNS = { timeout: 120_000 };

describe("npm run check", SPAWNS, () => {
  it("--json: one object per file per line, with the four-word verdict and each reason's code, severity and message", () => {
    const out = jsonRun();
    expect(out.map((o) => o.file)).toEqual([
      "tests/fixtures/forwards/apple-mail.eml",
      "tests/fixtures/forwards/attached.eml",
      "tests/fixtures/forwards/gmail-ja.eml",
      "tests/fixtures/forwards/outlook-en.eml",
      "tests/fixtures/misc/genuine-amazon-attached.eml",
    ]);
    for (const o of out.slice(0, 4)) {
      expect(o).toMatchObject({ verdict: "dangerous", language: "ja" });
      expect(o.reasons[0]).toEqual({ code: expect.any(String), severity: "high", message: expect.stringContaining("emailamazoncojp[.]cf") });
    }
    expect(out[4].verdict).toBe("no_signs");
  });

  it("--json carries the score the text output shows", () => {
    const o = jsonRun().find((r) => r.file === "tests/fixtures/forwards/gmail-ja.eml");
    expect(o.score).toEqual(expect.any(Number));
    expect(textRun()).toContain(`gmail-ja.eml: dangerous (score ${o.score};`);
  });

  it("a missing mail or rules file: one line naming the file, exit 2, no stack trace", () => {
    for (const [args, message] of [
      [["tests/fixtures/nope.eml"], "phishcheck: mail file not found: tests/fixtures/nope.eml"],
      [["tests/fixtures/forwards/gmail-ja.eml", "--rules", "nope.json"], "phishcheck: rules file not found: nope.json"],
    ] as const) {
      try {
        run("check.ts", ...args);
        expect.unreachable();
      } catch (e) {
        const err = e as { status: number; stderr: string };
        expect(err.status).toBe(2);
        expect(err.stderr.trim()).toBe(message);
      }
    }
  });

  it("human text by default; garbage is 'unreadable', not a crash", () => {
    const out = textRun();
    expect(out).toMatch(/gmail-ja\.eml: dangerous/);
    expect(out).toMatch(/garbage\.bin: unreadable/);
  });

  it("--rules: another rule set decides (an empty one knows no brands, so the campaign is no longer 'dangerous'); a bad one names the field", () => {
    const dir = mkdtempSync(join(tmpdir(), "phishcheck-rules-"));
    const empty = join(dir, "empty.json");
    writeFileSync(empty, JSON.stringify({ brands: [], phrases: [], abusedTlds: [] }));
    expect(run("check.ts", "tests/fixtures/forwards/gmail-ja.eml", "--rules", empty)).toMatch(/gmail-ja\.eml: (?:no_signs|suspicious)/);
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ brands: [{ id: "x" }], phrases: [], abusedTlds: [] }));
    expect(() => run("check.ts", "tests/fixtures/forwards/gmail-ja.eml", "--rules", bad)).toThrow(/brands\.0\.names/);
  });
});

describe("npm run eval", SPAWNS, () => {
  it("counts verdicts per label and per source, with detection and false-alarm rates", () => {
    const root = mkdtempSync(join(tmpdir(), "phishcheck-eval-"));
    for (const [label, source, files] of [
      ["phish", "fixtures", ["forwards/gmail-ja.eml", "forwards/attached.eml"]],
      ["ham", "fixtures", ["misc/genuine-amazon-attached.eml"]],
    ] as const) {
      mkdirSync(join(root, label, source), { recursive: true });
      for (const f of files) copyFileSync(join("tests/fixtures", f), join(root, label, source, f.replace("/", "-")));
    }
    const out = run("eval.ts", root, "--misses", "2");
    expect(out).toMatch(/^phish\s+2\s+0\s+0\s+0\s+2\s+100\.0%/m);
    expect(out).toMatch(/^ham\s+0\s+0\s+1\s+0\s+1\s+0\.0%\s+0\.0%/m);
    expect(out).toMatch(/^phish\/fixtures\s+2/m);
    expect(out).toMatch(/^Top reason codes, phish: .*\bsender_name_brand_mismatch 2\b/m);
  });
});
