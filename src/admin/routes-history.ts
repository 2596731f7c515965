import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import { defaultRules } from "../rules/default";
import { RuleSetSchema } from "../rules/schema";
import { listChanges, readActive, readVersion } from "../rules/store";
import { commit, currentRules, propose } from "./changes";
import { validationHook } from "./errors";
import { Audit, ChangeResult, ConfirmHeader, ErrorBody, RollbackBody, WeakensBody, StoredVersion, VersionParam, Versions, errorResponse, jsonResponse } from "./openapi/schemas";
import { ifMatch } from "./precondition";
import type { AdminEnv } from "./types";

const json = jsonResponse;
const err = errorResponse;

export const listVersions = createRoute({
  method: "get",
  path: "/rules/versions",
  summary: "Every activated version, newest first (version 0 is the rule set bundled with the worker)",
  responses: { 200: json(Versions, "The versions") },
});

export const getVersion = createRoute({
  method: "get",
  path: "/rules/versions/{version}",
  summary: "One stored version, with its rules",
  request: { params: VersionParam },
  responses: { 200: json(StoredVersion, "The version"), 400: err("Not a version number"), 404: err("No such version") },
});

export const rollback = createRoute({
  method: "post",
  path: "/rules/rollback",
  summary: "Re-activate an earlier version's rules as a NEW version (If-Match optional: checked when sent)",
  middleware: [ifMatch(false)] as const,
  request: { headers: ConfirmHeader, body: { content: { "application/json": { schema: RollbackBody } }, required: true } },
  responses: {
    200: json(ChangeResult, "Activated as a new version"),
    400: err("Invalid body, or that version no longer passes today's checks"),
    404: err("No such version"),
    409: json(z.union([WeakensBody, ErrorBody]), "weakens_detection (a bundled phishing sample would no longer be dangerous; confirm to apply), or conflict: another change stored the next version meanwhile"),
    412: err("If-Match sent and stale"),
    413: err("Body too large"),
    415: err("Body is not Content-Type: application/json"),
  },
});

export const auditLog = createRoute({
  method: "get",
  path: "/audit",
  summary: "Who (token label), when, what, resulting version — newest first",
  responses: { 200: json(Audit, "The audit log") },
});

export function historyRoutes() {
  const app = new OpenAPIHono<AdminEnv>({ defaultHook: validationHook });

  app.openapi(listVersions, async (c) => {
    const [active, stored] = await Promise.all([readActive(c.env.RULES), listChanges(c.env.RULES, "versions")]);
    const embedded = { version: 0, at: "", author: "", action: "embedded" as const, summary: "the rule set bundled with the worker", previous: 0 };
    return c.json({ active: active.version, versions: [...stored, embedded] }, 200);
  });

  app.openapi(getVersion, async (c) => {
    const { version } = c.req.valid("param");
    if (version === 0)
      return c.json({ version: 0, createdAt: "", author: "", action: "embedded", summary: "the rule set bundled with the worker", rules: defaultRules() }, 200);
    const record = await readVersion(c.env.RULES, version);
    if (!record) return c.json({ error: "not_found", message: `no version ${version}` }, 404);
    const parsed = RuleSetSchema.safeParse(record.rules);
    return c.json({ ...record, rules: parsed.success ? parsed.data : record.rules }, 200);
  });

  app.openapi(rollback, async (c) => {
    const { version, confirm } = c.req.valid("json");
    const current = c.get("current");
    const target = version === 0 ? defaultRules() : (await readVersion(c.env.RULES, version))?.rules;
    if (!target) return c.json({ error: "not_found", message: `no version ${version}` }, 404);
    const parsed = RuleSetSchema.safeParse(target);
    if (!parsed.success) return c.json({ error: "invalid_result", message: `version ${version} no longer passes the rule schema` }, 400);
    const accepted = await propose(currentRules(current), { kind: "put", rules: parsed.data });
    if (!accepted.ok) return c.json({ error: accepted.error, issues: accepted.issues }, 400);
    return commit(c, current, accepted, "rollback", `ROLLBACK to v${version}`, confirm);
  });

  app.openapi(auditLog, async (c) => c.json({ entries: await listChanges(c.env.RULES, "audit") }, 200));

  return app;
}
