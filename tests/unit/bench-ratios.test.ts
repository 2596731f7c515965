import { describe, expect, it } from "vitest";
import { flatten, workerdRatios } from "../../cli/bench-ratios";

describe("bench: workerd ratios", () => {
  it("says how the stage figures relate to whole / parse-only (each mail's median round)", () => {
    // Two mails, three rounds; one round of mail 0 was disturbed (slower in every figure).
    const r = workerdRatios({
      parse: [[1, 3, 1], [2, 2, 2]],
      whole: [[3, 9, 3], [6, 6, 6]],
      stages: { parse: [[1.2, 4, 1.2], [2.4, 2.4, 2.4]], find: [[0.2, 1, 0.2], [0.4, 0.4, 0.4]], analyse: [[1, 2, 1], [2, 2, 2]], reply: [[0.6, 1, 0.6], [1.2, 1.2, 1.2]] },
    });
    expect(r.wholeOverParse).toBeCloseTo(9 / 3);
    expect(r.stageOverParse!.analyse).toBeCloseTo(3 / 3.6);
    expect(r.stagedParseOverParse).toBeCloseTo(3.6 / 3);
    expect(r.stagesOverWhole).toBeCloseTo((3.6 + 0.6 + 3 + 1.8) / 9);
    const rows = new Map(flatten({ wholeOverParse: 1, wholeP99OverParseP99: 1, stageOverParse: { parse: 1, find: 0, analyse: 0, reply: 0 }, p99OverP50: { parse: 1, find: 1, analyse: 1, reply: 1, whole: 1 }, mailsPerSecond: 1, workerd: r }).map(([n, v, k]) => [n, [v, k]]));
    expect(rows.get("workerd: stages summed / whole")).toEqual([r.stagesOverWhole, "info"]);
    expect(rows.get("workerd: staged run's parse / parse-only")).toEqual([r.stagedParseOverParse, "info"]);
  });
});
