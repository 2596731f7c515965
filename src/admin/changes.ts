import type { Context } from "hono";
import { compileRules, type CompiledRules } from "../rules/compile";
import { RuleSetSchema, ruleSetProblems, type RuleSet } from "../rules/schema";
import { activate, VersionTaken, type ActiveRecord, type ChangeAction } from "../rules/store";
import { diffRules, summarize } from "./diff";
import { zodIssues, type Issue } from "./errors";
import { brokenSamples, runSamples, weakening, type SampleRun, type Weakening } from "./impact";
import { applyPatch, type PatchBody } from "./patch";
import type { AdminBindings, AdminEnv } from "./types";

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

/** What a request says to mean a change that weakens detection: `"confirm": "weakens_detection"` in the body, or this header with that value. */
export const CONFIRM_WEAKENING = "weakens_detection";
export const CONFIRM_HEADER = "X-Confirm";

let activeRunsMemo: { etag: string; runs: Promise<SampleRun[]> } | null = null;

/** The bundled samples checked with the active rules (remembered for the current ETag: the rules it names never change). */
export function activeRuns(current: ActiveRecord): Promise<SampleRun[]> {
  if (activeRunsMemo?.etag !== current.etag) activeRunsMemo = { etag: current.etag, runs: runSamples(compileRules(currentRules(current), 0)) };
  return activeRunsMemo.runs;
}

/** The phishing samples an accepted proposal would stop calling dangerous (empty: it does not weaken detection). */
export async function weakens(current: ActiveRecord, accepted: Accepted): Promise<Weakening[]> {
  return weakening(await activeRuns(current), accepted.runs);
}

export type Stored =
  | { ok: true; changed: boolean; version: number; etag: string; activatedAt: string; summary: string }
  | { ok: false; error: "conflict"; message: string };

/**
 * Stores and activates an accepted proposal as a new version (three KV writes), or answers
 * `changed: false` without writing when the result equals the active set. Shared by the API and the console.
 */
export async function store(env: AdminBindings, who: string, current: ActiveRecord, accepted: Accepted, action: ChangeAction, summaryPrefix: string): Promise<Stored> {
  const summary = summarize(summaryPrefix, accepted.changes);
  if (JSON.stringify(accepted.rules) === JSON.stringify(currentRules(current)))
    return { ok: true, changed: false, version: current.version, etag: current.etag, activatedAt: current.activatedAt, summary };
  try {
    const { record } = await activate(env.RULES, accepted.rules, { author: who, action, summary, previous: current.version }, new Date(), accepted.compiled);
    return { ok: true, changed: true, version: record.version, etag: record.etag, activatedAt: record.activatedAt, summary };
  } catch (e) {
    if (e instanceof VersionTaken)
      return { ok: false, error: "conflict", message: `version ${e.version} was stored by another change meanwhile: GET /admin/rules and try again` };
    throw e;
  }
}

/**
 * The API's last step for PUT, PATCH and rollback: 409 `weakens_detection` (nothing written) when
 * the change would make a bundled phishing sample no longer dangerous and the request did not
 * confirm it; otherwise stores it (see store()).
 */
export async function commit(c: Context<AdminEnv>, current: ActiveRecord, accepted: Accepted, action: ChangeAction, summaryPrefix: string, confirm?: string) {
  const confirmed = confirm === CONFIRM_WEAKENING || c.req.header(CONFIRM_HEADER)?.trim() === CONFIRM_WEAKENING;
  if (!confirmed) {
    const impact = await weakens(current, accepted);
    if (impact.length)
      return c.json(
        {
          error: "weakens_detection",
          message: `this change makes ${impact.length} bundled phishing sample(s) no longer dangerous; nothing was changed. Send it again with "confirm": "${CONFIRM_WEAKENING}" in the body (or the header ${CONFIRM_HEADER}: ${CONFIRM_WEAKENING}) if you mean it`,
          impact,
        },
        409,
      );
  }
  const r = await store(c.env, c.get("who"), current, accepted, action, summaryPrefix);
  if (!r.ok) return c.json({ error: r.error, message: r.message }, 409);
  const { ok: _ok, ...body } = r;
  c.header("ETag", r.etag);
  return c.json(body, 200);
}
