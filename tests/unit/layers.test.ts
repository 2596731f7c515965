import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The house README's Layout section draws, as data: each folder (or file) of src/ on its floor,
 * the ground first. A module may import from a lower floor or from its own folder — never from a
 * floor above, never sideways into another folder of the same floor — and no imports run in a circle.
 */
const FLOORS: [prefix: string, floor: number][] = [
  ["src/bytes.ts", 1],
  ["src/text/", 1],
  ["src/reasons/", 1],
  ["src/mail/", 2],
  ["src/rules/", 2],
  ["src/original/", 3],
  ["src/facts/", 4],
  ["src/signals/", 5],
  ["src/verdict/", 6],
  ["src/check.ts", 7],
  ["src/reply/", 8],
  ["src/reports/", 8],
  ["src/email/", 9],
  ["src/admin/", 9],
  ["src/handle-email.ts", 10],
];

const ROOT = join(dirname(new URL(import.meta.url).pathname), "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const p = `${dir}/${e.name}`;
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The src/ files a module imports (relative imports; JSON rule packs aside). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+["'](\.[^"']+)["']/gm)) {
    const base = relative(ROOT, join(ROOT, dirname(file), m[1]!));
    const found = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((c) => existsSync(join(ROOT, c)) && statSync(join(ROOT, c)).isFile());
    if (found && !found.endsWith(".json")) out.push(found);
  }
  return out;
}

const place = (file: string) => FLOORS.find(([p]) => file === p || file.startsWith(p));

const files = sourceFiles("src");
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe("layers of src/", () => {
  it("reads the imports (the scan itself works)", () => {
    expect(graph.get("src/check.ts")).toContain("src/verdict/score.ts");
    expect(files.length).toBeGreaterThan(50);
  });

  it("every module has a floor", () => {
    expect(files.filter((f) => !place(f))).toEqual([]);
  });

  it("no import runs back up or sideways into another folder of the same floor", () => {
    const wrong: string[] = [];
    for (const [from, targets] of graph) {
      const a = place(from)!;
      for (const to of targets) {
        const b = place(to);
        if (b && (b[1] > a[1] || (b[1] === a[1] && b[0] !== a[0]))) wrong.push(`${from} -> ${to}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("no imports run in a circle", () => {
    const state = new Map<string, 1 | 2>();
    const circles: string[] = [];
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === 2) return;
      if (state.get(f) === 1) {
        circles.push([...trail.slice(trail.indexOf(f)), f].join(" -> "));
        return;
      }
      state.set(f, 1);
      for (const t of graph.get(f) ?? []) visit(t, [...trail, f]);
      state.set(f, 2);
    };
    for (const f of files) visit(f, []);
    expect(circles).toEqual([]);
  });

  it("every module is at most 300 lines (one job per module)", () => {
    const long = files.filter((f) => readFileSync(join(ROOT, f), "utf8").split("\n").length > 301);
    expect(long).toEqual([]);
  });
});
