/** @jsxImportSource hono/jsx */
import { defaultRules } from "../../rules/default";
import { RuleSetSchema } from "../../rules/schema";
import { listChanges, readActive, readVersion, type ActiveRecord } from "../../rules/store";
import { CONFIRM_WEAKENING, activeRuns, currentRules, propose, store, type Accepted, type Proposal } from "../changes";
import { compareRuns, weakening } from "../impact";
import { etagMatches } from "../precondition";
import type { AdminBindings } from "../types";
import { BASE } from "./layout";
import { type C, type ConsoleApp, form, localPath, one, page } from "./context";
import { opsFromForm } from "./forms";
import { HistoryPage } from "./pages/history";
import { MessagePage } from "./pages/login";
import { PreviewPage, type ChangeView } from "./pages/preview";
import { RulesPage } from "./pages/rules";

/** The rules pages: search and the change forms, every change through a preview (dry run) and then apply; history and rollback. */

async function dryRun(record: ActiveRecord, p: Proposal): Promise<{ view: ChangeView; accepted: Accepted | null }> {
  const result = await propose(currentRules(record), p);
  if (!result.ok) return { view: { ok: false, error: result.error, issues: result.issues, changes: [], samples: [], weakens: [] }, accepted: null };
  const before = await activeRuns(record);
  return {
    view: { ok: true, changes: result.changes, samples: compareRuns(before, result.runs), weakens: weakening(before, result.runs) },
    accepted: result,
  };
}

/** The rules a rollback to `version` restores, or null when there is no such version (or it no longer parses). */
async function rollbackTarget(env: AdminBindings, version: number) {
  const target = version === 0 ? defaultRules() : (await readVersion(env.RULES, version))?.rules;
  if (!target) return null;
  const parsed = RuleSetSchema.safeParse(target);
  return parsed.success ? parsed.data : null;
}

export function ruleRoutes(app: ConsoleApp) {
  app.get("/rules", async (c) => {
    const p = page(c);
    const record = await readActive(c.env.RULES);
    return c.html(<RulesPage p={p} version={record.version} etag={record.etag} rules={currentRules(record)} q={c.req.query("q") ?? ""} />);
  });

  app.post("/preview", async (c) => {
    const p = page(c);
    const f = await form(c);
    const back = localPath(one(f, "back") || `${BASE}/rules`);
    const parsed = opsFromForm(f);
    if ("issues" in parsed) {
      const view: ChangeView = { ok: false, error: "invalid_patch", issues: parsed.issues, changes: [], samples: [], weakens: [] };
      return c.html(<PreviewPage p={p} title={p.t.preview.title} view={view} apply={null} back={back} />, 400);
    }
    const record = await readActive(c.env.RULES);
    const { view } = await dryRun(record, { kind: "patch", body: { ops: parsed.ops } });
    const ops = JSON.stringify(parsed.ops);
    return c.html(<PreviewPage p={p} title={p.t.preview.title} view={view} apply={{ action: `${BASE}/apply`, fields: { ops, etag: record.etag, back }, tryOps: ops }} back={back} />, view.ok ? 200 : 400);
  });

  app.post("/apply", async (c) => {
    const p = page(c);
    const f = await form(c);
    const back = localPath(one(f, "back") || `${BASE}/rules`);
    const parsed = opsFromForm({ ops: one(f, "ops") });
    if ("issues" in parsed) {
      const view: ChangeView = { ok: false, error: "invalid_patch", issues: parsed.issues, changes: [], samples: [], weakens: [] };
      return c.html(<PreviewPage p={p} title={p.t.preview.title} view={view} apply={null} back={back} />, 400);
    }
    const record = await readActive(c.env.RULES);
    const { view, accepted } = await dryRun(record, { kind: "patch", body: { ops: parsed.ops } });
    const ops = JSON.stringify(parsed.ops);
    const again = { action: `${BASE}/apply`, fields: { ops, etag: record.etag, back }, tryOps: ops };
    // If-Match under the hood: the ETag the preview was made against must still be the active one.
    if (!etagMatches(one(f, "etag"), record.etag))
      return c.html(<PreviewPage p={p} title={p.t.preview.title} view={view} apply={again} message={{ kind: "error", text: p.t.preview.stale }} back={back} />, 412);
    if (!accepted) return c.html(<PreviewPage p={p} title={p.t.preview.title} view={view} apply={null} back={back} />, 400);
    if (view.weakens.length > 0 && one(f, "confirm") !== CONFIRM_WEAKENING)
      return c.html(<PreviewPage p={p} title={p.t.preview.title} view={view} apply={again} message={{ kind: "warn", text: p.t.preview.needConfirm }} back={back} />, 409);
    const r = await store(c.env, c.get("session")!.who, record, accepted, "patch", "PATCH");
    if (!r.ok) return c.html(<PreviewPage p={p} title={p.t.preview.title} view={view} apply={null} message={{ kind: "error", text: p.t.preview.conflict }} back={back} />, 409);
    const text = r.changed ? p.t.preview.applied(r.version) : p.t.preview.unchanged;
    return c.html(<PreviewPage p={p} title={p.t.preview.title} view={view} apply={null} message={{ kind: "ok", text }} back={back} />);
  });

  app.get("/history", async (c) => {
    const p = page(c);
    const [record, versions, audit] = await Promise.all([readActive(c.env.RULES), listChanges(c.env.RULES, "versions"), listChanges(c.env.RULES, "audit")]);
    return c.html(<HistoryPage p={p} active={record.version} versions={versions} audit={audit} />);
  });

  const rollbackPage = async (c: C, apply: boolean) => {
    const p = page(c);
    const f = await form(c);
    const version = Number(one(f, "version"));
    const back = `${BASE}/history`;
    const target = Number.isInteger(version) && version >= 0 ? await rollbackTarget(c.env, version) : null;
    if (!target) return c.html(<MessagePage p={p} title={p.t.history.title} text={p.t.history.notFound(version)} />, 404);
    const record = await readActive(c.env.RULES);
    const { view, accepted } = await dryRun(record, { kind: "put", rules: target });
    const title = p.t.history.rollbackTitle(version);
    const form2 = { action: `${BASE}/rollback`, fields: { version: String(version), etag: record.etag } };
    const show = (status: 200 | 400 | 409 | 412, message?: { kind: "error" | "warn" | "ok"; text: string }, withForm = true) =>
      c.html(<PreviewPage p={p} title={title} diffTitle={p.t.history.restores} view={view} apply={withForm ? form2 : null} message={message} back={back} />, status);
    if (!apply || !accepted) return show(accepted ? 200 : 400);
    if (!etagMatches(one(f, "etag"), record.etag)) return show(412, { kind: "error", text: p.t.preview.stale });
    if (view.weakens.length > 0 && one(f, "confirm") !== CONFIRM_WEAKENING) return show(409, { kind: "warn", text: p.t.preview.needConfirm });
    const r = await store(c.env, c.get("session")!.who, record, accepted, "rollback", `ROLLBACK to v${version}`);
    if (!r.ok) return show(409, { kind: "error", text: p.t.preview.conflict }, false);
    return show(200, { kind: "ok", text: r.changed ? p.t.preview.applied(r.version) : p.t.preview.unchanged }, false);
  };
  app.post("/rollback/preview", (c) => rollbackPage(c, false));
  app.post("/rollback", (c) => rollbackPage(c, true));
}
