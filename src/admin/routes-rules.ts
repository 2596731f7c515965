import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import { PatchBodySchema } from "./patch";
import { RuleSetSchema, type RuleSet } from "../rules/schema";
import { readActive } from "../rules/store";
import { activeRuns, commit, currentRules, propose, type Proposal } from "./changes";
import { summarize } from "./diff";
import { validationHook, zodIssues } from "./errors";
import { compareRuns, weakening } from "./impact";
import { ActiveRules, ChangeResult, ErrorBody, IfMatchHeader, PatchBody, PutBody, ValidateBody, ValidateReport, WeakensBody, errorResponse, jsonResponse } from "./openapi/schemas";
import { ifMatch } from "./precondition";
import type { AdminEnv } from "./types";

const json = jsonResponse;
const err = errorResponse;

const changeResponses = {
  200: json(ChangeResult, "Activated as a new version (or changed: false — the result equals the active set, nothing written). ETag header: the new ETag."),
  400: err("Body invalid (invalid_body/invalid_json), an op refers to something missing (invalid_patch, path ops.N.field), the result is invalid (invalid_result), or the rules don't compile or break the checker"),
  409: jsonResponse(
    z.union([WeakensBody, ErrorBody]),
    'weakens_detection: a bundled phishing sample would no longer be dangerous and the request did not confirm it ("confirm": "weakens_detection" or X-Confirm) — nothing changed, `impact` lists the samples; or conflict: another change stored the next version meanwhile',
  ),
  412: err("If-Match is not the current ETag: the active rules are unchanged"),
  413: err("Body too large"),
  415: err("Body is not Content-Type: application/json"),
  428: err("If-Match is missing"),
} as const;

export const getRules = createRoute({
  method: "get",
  path: "/rules",
  summary: "The active rule set, its version and ETag",
  responses: { 200: json(ActiveRules, "The active rules; ETag header as in the body") },
});

export const putRules = createRoute({
  method: "put",
  path: "/rules",
  summary: "Replace the whole rule set",
  middleware: [ifMatch(true)] as const,
  request: { headers: IfMatchHeader, body: { content: { "application/json": { schema: PutBody } }, required: true } },
  responses: changeResponses,
});

export const patchRules = createRoute({
  method: "patch",
  path: "/rules",
  summary: "Apply a list of small edits (add/remove brands, official domains, phrases, TLDs, allowed/blocked domains)",
  middleware: [ifMatch(true)] as const,
  request: { headers: IfMatchHeader, body: { content: { "application/json": { schema: PatchBody } }, required: true } },
  responses: changeResponses,
});

export const validateRules = createRoute({
  method: "post",
  path: "/rules/validate",
  summary: "Dry run of a PUT or PATCH body: schema and compile errors, and the verdicts that would change on bundled sample mails",
  request: { body: { content: { "application/json": { schema: ValidateBody } }, required: true } },
  responses: {
    200: json(ValidateReport, "The report; valid is false when the body would be refused (nothing is ever written)"),
    400: err("Not JSON"),
    413: err("Body too large"),
  },
});

/** Splits a validate body: an object with "ops" is a PATCH body, anything else a PUT body. */
function parseValidateBody(body: unknown): { kind: "put" | "patch"; proposal?: Proposal; issues: ReturnType<typeof zodIssues> } {
  if (body && typeof body === "object" && "ops" in body) {
    const r = PatchBodySchema.safeParse(body);
    return r.success ? { kind: "patch", proposal: { kind: "patch", body: r.data }, issues: [] } : { kind: "patch", issues: zodIssues(r.error) };
  }
  const r = PutBody.safeParse(body);
  if (!r.success) return { kind: "put", issues: zodIssues(r.error) };
  const { confirm: _confirm, ...rules } = r.data;
  return { kind: "put", proposal: { kind: "put", rules }, issues: [] };
}

const counts = (r: RuleSet) => ({
  brands: r.brands.length,
  phrases: r.phrases.length,
  abusedTlds: r.abusedTlds.length,
  allowDomains: r.allowDomains.length,
  blockDomains: r.blockDomains.length,
});

export function rulesRoutes() {
  const app = new OpenAPIHono<AdminEnv>({ defaultHook: validationHook });

  app.openapi(getRules, async (c) => {
    const record = await readActive(c.env.RULES);
    c.header("ETag", record.etag);
    const parsed = RuleSetSchema.safeParse(record.rules);
    // A stored set that no longer parses is shown as stored, so it can be inspected and replaced.
    return c.json({ version: record.version, etag: record.etag, activatedAt: record.activatedAt, rules: parsed.success ? parsed.data : record.rules }, 200);
  });

  app.openapi(putRules, async (c) => {
    const current = c.get("current");
    const { confirm, ...rules } = c.req.valid("json");
    const accepted = await propose(currentRules(current), { kind: "put", rules });
    if (!accepted.ok) return c.json({ error: accepted.error, issues: accepted.issues }, 400);
    return commit(c, current, accepted, "put", "PUT", confirm);
  });

  app.openapi(patchRules, async (c) => {
    const current = c.get("current");
    const body = c.req.valid("json");
    const accepted = await propose(currentRules(current), { kind: "patch", body });
    if (!accepted.ok) return c.json({ error: accepted.error, issues: accepted.issues }, 400);
    return commit(c, current, accepted, "patch", "PATCH", body.confirm);
  });

  app.openapi(
    validateRules,
    async (c) => {
      const { kind, proposal } = parseValidateBody(c.req.valid("json"));
      const record = await readActive(c.env.RULES);
      const result = await propose(currentRules(record), proposal!);
      if (!result.ok) return c.json({ valid: false, kind, error: result.error, issues: result.issues }, 200);
      const before = await activeRuns(record);
      const samples = compareRuns(before, result.runs);
      return c.json(
        {
          valid: true,
          kind,
          issues: [],
          summary: summarize(kind.toUpperCase(), result.changes),
          counts: counts(result.rules),
          impact: { changed: samples.filter((s) => s.changed).length, samples },
          weakens: weakening(before, result.runs),
        },
        200,
      );
    },
    // A body that fails its schema is still a report (200), with the issues of the schema it was meant for.
    (result, c) => {
      if (result.success) return;
      // zod-validator passes the raw body as `data` (not in its declared type).
      const { kind, issues } = parseValidateBody((result as { data?: unknown }).data);
      return c.json({ valid: false, kind, error: "invalid_body", issues }, 200);
    },
  );

  return app;
}
