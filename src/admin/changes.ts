import type { Context } from "hono";
import { compileRules, type CompiledRules } from "../rules/compile";
import { RuleSetSchema, ruleSetProblems, type RuleSet } from "../rules/schema";
import { activate, VersionTaken, type ActiveRecord, type ChangeAction } from "../rules/store";
import { diffRules, summarize } from "./diff";
import { zodIssues, type Issue } from "./errors";
import { brokenSamples, runSamples, type SampleRun } from "./impact";
import { applyPatch, type PatchBody } from "./patch";
import type { AdminEnv } from "./types";

/**
 * The one path every change takes (PUT, PATCH, rollback, and the validate dry run): build the new
 * set, check it (schema, cross-field problems, compilation, every bundled sample still analysable),
 * and only then store and activate it.
 */

export type Proposal = { kind: "put"; rules: RuleSet } | { kind: "patch"; body: PatchBody };
export type Rejected = { ok: false; error: "invalid_body" | "invalid_patch" | "invalid_result" | "compile_failed" | "breaks_checker"; issues: Issue[] };
export type Accepted = { ok: true; rules: RuleSet; compiled: CompiledRules; changes: string[]; runs: SampleRun[] };

export async function propose(current: RuleSet, p: Proposal): Promise<Rejected | Accepted> {
  let rules: RuleSet;
  let changes: string[];
  if (p.kind === "put") {
    const problems = ruleSetProblems(p.rules);
    if (problems.length) return { ok: false, error: "invalid_body", issues: problems };
    rules = p.rules;
    changes = diffRules(current, rules);
  } else {
    const patched = applyPatch(current, p.body.ops);
    if (!patched.ok) return { ok: false, error: "invalid_patch", issues: patched.issues };
    const reparsed = RuleSetSchema.safeParse(patched.rules);
    if (!reparsed.success) return { ok: false, error: "invalid_result", issues: zodIssues(reparsed.error) };
    const problems = ruleSetProblems(reparsed.data);
    if (problems.length) return { ok: false, error: "invalid_result", issues: problems };
    rules = reparsed.data;
    changes = patched.changes;
  }
  let compiled: CompiledRules;
  try {
    compiled = compileRules(rules, 0);
  } catch (e) {
    return { ok: false, error: "compile_failed", issues: [{ path: "", message: e instanceof Error ? e.message : "compile failed" }] };
  }
  const runs = await runSamples(compiled);
  const broken = brokenSamples(runs);
  if (broken.length)
    return { ok: false, error: "breaks_checker", issues: broken.map((r) => ({ path: `samples.${r.id}`, message: r.result.error ?? "analysis failed" })) };
  return { ok: true, rules, compiled, changes, runs };
}

const EMPTY: RuleSet = { brands: [], phrases: [], abusedTlds: [], hostingSuffixes: [], shorteners: [], mailServices: [], freemailDomains: [], allowDomains: [], blockDomains: [] };

/**
 * The stored record's rules as RuleSetSchema output (so comparisons and diffs see normalised
 * values). A stored set that no longer parses counts as empty, so a PUT or rollback can still repair it.
 */
export function currentRules(record: ActiveRecord): RuleSet {
  const parsed = RuleSetSchema.safeParse(record.rules);
  return parsed.success ? parsed.data : structuredClone(EMPTY);
}

/**
 * Stores and activates an accepted proposal as a new version (three KV writes), or answers
 * `changed: false` without writing when the result equals the active set.
 */
export async function commit(c: Context<AdminEnv>, current: ActiveRecord, accepted: Accepted, action: ChangeAction, summaryPrefix: string) {
  const summary = summarize(summaryPrefix, accepted.changes);
  if (JSON.stringify(accepted.rules) === JSON.stringify(currentRules(current))) {
    c.header("ETag", current.etag);
    return c.json({ changed: false, version: current.version, etag: current.etag, activatedAt: current.activatedAt, summary }, 200);
  }
  try {
    const { record } = await activate(c.env.RULES, accepted.rules, { author: c.get("who"), action, summary, previous: current.version }, new Date(), accepted.compiled);
    c.header("ETag", record.etag);
    return c.json({ changed: true, version: record.version, etag: record.etag, activatedAt: record.activatedAt, summary }, 200);
  } catch (e) {
    if (e instanceof VersionTaken)
      return c.json({ error: "conflict", message: `version ${e.version} was stored by another change meanwhile: GET /admin/rules and try again` }, 409);
    throw e;
  }
}
