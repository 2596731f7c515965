/**
 * Cases per property in `npm test`: the small number each test names (sized so the suite stays
 * fast on a loaded 2-core machine), or FUZZ_RUNS when set (`FUZZ_RUNS=1000 npx vitest run tests/property`).
 * `npm run fuzz` is where the big runs live. FUZZ_RUNS reaches workerd through vitest.config.ts's `define`.
 */
export function runs(n: number): number {
  const set = Number(import.meta.env.FUZZ_RUNS);
  return Number.isInteger(set) && set > 0 ? set : n;
}
