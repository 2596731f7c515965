import { checkMail, type CheckResult } from "../check";
import type { CompiledRules } from "../rules/compile";
import { SAMPLE_MAILS } from "./samples";

export type SampleRun = { id: string; result: CheckResult };
export type SampleImpact = { id: string; description: string; before: CheckResult["verdict"]; after: CheckResult["verdict"]; changed: boolean };

/** Every bundled sample mail through the whole check with `rules`. */
export async function runSamples(rules: CompiledRules): Promise<SampleRun[]> {
  const out: SampleRun[] = [];
  for (const s of SAMPLE_MAILS) out.push({ id: s.id, result: await checkMail(s.raw, rules) });
  return out;
}

/** Samples the checker could not analyse with these rules (checkMail catches and calls them unreadable). */
export function brokenSamples(runs: SampleRun[]): SampleRun[] {
  return runs.filter((r) => r.result.error?.startsWith("analysis failed"));
}

/** Before vs after for each sample, changed ones first. */
export function compareRuns(before: SampleRun[], after: SampleRun[]): SampleImpact[] {
  const out = SAMPLE_MAILS.map((s, i) => {
    const b = before[i]!.result.verdict;
    const a = after[i]!.result.verdict;
    return { id: s.id, description: s.description, before: b, after: a, changed: a !== b };
  });
  return [...out.filter((x) => x.changed), ...out.filter((x) => !x.changed)];
}

export type Weakening = { id: string; description: string; before: CheckResult["verdict"]; after: CheckResult["verdict"] };

/**
 * The bundled phishing samples that are `dangerous` with the active rules and would no longer be
 * with the proposed ones: a change with any of these weakens detection and needs a confirmation.
 */
export function weakening(before: SampleRun[], after: SampleRun[]): Weakening[] {
  return SAMPLE_MAILS.flatMap((s, i) => {
    const b = before[i]!.result.verdict;
    const a = after[i]!.result.verdict;
    return s.phishing && b === "dangerous" && a !== "dangerous" ? [{ id: s.id, description: s.description, before: b, after: a }] : [];
  });
}
