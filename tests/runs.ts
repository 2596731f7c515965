/**
 * Cases per property in `npm test`: the small number each test names (sized so the suite stays
 * fast on a loaded 2-core machine), or FUZZ_RUNS when set (`FUZZ_RUNS=1000 npx vitest run tests/property`).
 * `npm run fuzz` is where the big runs live. In Node FUZZ_RUNS comes from process.env; a test in
 * workerd passes `env.FUZZ_RUNS` (a binding set in vitest.config.ts).
 */
export function runs(n: number, fuzzRuns: unknown = globalThis.process?.env?.FUZZ_RUNS): number {
  const set = Number(fuzzRuns);
  return Number.isInteger(set) && set > 0 ? set : n;
}
