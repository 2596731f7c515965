import { describe, expect, it } from "vitest";
import { fileMap, summarise } from "../../cli/bench-profile-workerd";

// A bundle as esbuild writes it: each module's code after a `// path` comment.
const bundle = ["// src/facts/words.ts", "function a() {}", "", "// node_modules/postal-mime/src/postal-mime.js", "function b() {}", "// cli/bench-worker.ts", "x()"].join("\n");

describe("workerd profile summary", () => {
  it("maps bundle lines to the module they belong to, packages by name", () => {
    const of = fileMap(bundle);
    expect(of(1)).toBe("src/facts/words.ts");
    expect(of(4)).toBe("postal-mime");
    expect(of(6)).toBe("cli/bench-worker.ts");
  });

  it("sums self time by function, file and area, leaving idle out", () => {
    const frame = (functionName: string, lineNumber: number, url = "worker.js") => ({ functionName, url, lineNumber, columnNumber: 0 });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame("(root)", 0, "") },
        { id: 2, callFrame: frame("a", 1) },
        { id: 3, callFrame: frame("b", 4) },
        { id: 4, callFrame: frame("(idle)", 0, "") },
        { id: 5, callFrame: frame("(garbage collector)", 0, "") },
      ],
      startTime: 0,
      endTime: 1000,
      // sample i lasts until the next one, timeDeltas[i + 1] µs (the last one: as long as the one before)
      samples: [2, 2, 3, 4, 5, 2],
      timeDeltas: [0, 100, 100, 200, 5000, 100],
    };
    const s = summarise(profile, fileMap(bundle));
    expect(s.byArea.map(([k]) => k)).toEqual(["src/facts", "postal-mime", "(garbage collector)"]);
    expect(s.byArea.map(([, t]) => Math.round(t * 1000))).toEqual([300, 200, 100]);
    expect(s.byFunction[0]![0]).toBe("a src/facts/words.ts:2");
    expect(s.totalMs).toBeCloseTo(0.6);
  });
});
