/** @jsxImportSource hono/jsx */
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { setCookie } from "hono/cookie";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { checkMail } from "../../check";
import { composeReply } from "../../reply/compose";
import { defangDomain, defangText } from "../../reply/defang";
import { getCampaign, getStats, listCampaigns, listFeedback } from "../../reports/queries";
import { defaultRules } from "../../rules/default";
import { RuleSetSchema } from "../../rules/schema";
import { activeRules, listChanges, readActive, readVersion, type ActiveRecord } from "../../rules/store";
import { matchToken, parseAdminTokens } from "../auth";
import { CONFIRM_WEAKENING, activeRuns, currentRules, propose, store, type Accepted, type Proposal } from "../changes";
import { zodIssues, type Issue } from "../errors";
import { compareRuns, weakening } from "../impact";
import { PatchBodySchema, PatchOpSchema, type PatchOp } from "../patch";
import { etagMatches } from "../precondition";
import type { AdminBindings } from "../types";
import { DICT, LANG_COOKIE, pickLang } from "./i18n";
import { BASE, CSS, type PageCtx } from "./layout";
import { CampaignPage, LoginPage, MessagePage, OverviewPage, PreviewPage, type BlockChoice, type ChangeView } from "./pages";
import { HistoryPage, RulesPage, TryPage } from "./pages-rules";
import { COOKIE_PATH, SESSION_COOKIE, csrfMatches, endSession, readSession, startSession, type Session } from "./session";

/**
 * The admin console: HTML pages under /admin/console/ (server-rendered with hono/jsx, no script,
 * no external resource), signed in with an admin token, changing the rules through the same
 * propose → confirm-if-weakening → store path as the JSON API (src/admin/changes.ts).
 */

type ConsoleEnv = { Bindings: AdminBindings; Variables: { session: Session | null; page: PageCtx } };
type C = Context<ConsoleEnv>;

const MAX_UPLOAD = 10 * 1024 * 1024;
const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

/** A local console path to return to (never another site: an open redirect would be a phishing tool). */
function localPath(next: unknown): string {
  return typeof next === "string" && next.startsWith(`${BASE}/`) && !next.includes("//") && !next.includes("\\") ? next : `${BASE}/`;
}

function page(c: C): PageCtx {
  const lang = pickLang(c);
  const s = c.get("session");
  return { lang, t: DICT[lang], who: s?.who ?? null, csrf: s?.csrf ?? "", path: new URL(c.req.url).pathname };
}

type Form = Record<string, string | File | (string | File)[]>;
const one = (f: Form, k: string): string => {
  const v = f[k];
  const x = Array.isArray(v) ? v[0] : v;
  return typeof x === "string" ? x : "";
};
const many = (f: Form, k: string): string[] => {
  const v = f[k];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === "string");
};

/** The PATCH ops a form describes: the JSON textarea, "op" fields (each one JSON op), or the add form's fields. */
export function opsFromForm(f: Form): { ops: PatchOp[] } | { issues: Issue[] } {
  const raw: unknown[] = [];
  const text = one(f, "ops").trim();
  if (text) {
    try {
      const v: unknown = JSON.parse(text);
      const list = Array.isArray(v) ? v : v && typeof v === "object" && Array.isArray((v as { ops?: unknown }).ops) ? (v as { ops: unknown[] }).ops : [v];
      raw.push(...list);
    } catch {
      return { issues: [{ path: "ops", message: "not JSON: write an array of PATCH ops" }] };
    }
  }
  for (const o of many(f, "op")) {
    try {
      raw.push(JSON.parse(o));
    } catch {
      return { issues: [{ path: "op", message: "not JSON" }] };
    }
  }
  const kind = one(f, "kind");
  const value = one(f, "value").trim();
  if (!text && raw.length === 0 && kind && value) {
    if (kind === "add_tld") raw.push({ op: "add_tld", tld: value.replace(/^\./, "") });
    else if (kind === "add_domain") raw.push({ op: "add_domain", brand: one(f, "brand").trim(), domain: value });
    else if (kind === "add_phrase") raw.push({ op: "add_phrase", text: value, lang: one(f, "lang"), kind: one(f, "pkind"), weight: Number(one(f, "weight")) });
    else raw.push({ op: kind, domain: value });
  }
  if (raw.length === 0) return { issues: [{ path: "ops", message: "nothing to change: fill in the form or choose at least one item" }] };
  const parsed = PatchBodySchema.safeParse({ ops: raw });
  return parsed.success ? { ops: parsed.data.ops } : { issues: zodIssues(parsed.error) };
}

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

export function consoleRoutes() {
  const app = new Hono<ConsoleEnv>();

  app.use("*", async (c, next) => {
    c.set("session", null);
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });
  app.use("*", bodyLimit({ maxSize: MAX_UPLOAD, onError: () => { throw new HTTPException(413); } }));

  app.get("/style.css", (c) => c.body(CSS, 200, { "Content-Type": "text/css; charset=utf-8" }));

  app.get("/lang", (c) => {
    const to = c.req.query("to");
    if (to === "ja" || to === "en") setCookie(c, LANG_COOKIE, to, { path: COOKIE_PATH, sameSite: "Lax", secure: true, maxAge: 365 * 86400 });
    return c.redirect(localPath(c.req.query("back")), 303);
  });

  // Forms: Origin / Sec-Fetch-Site must be this console's (hono/csrf), before anything else reads the body.
  app.use("*", csrf());

  const tokensOf = (c: C) => parseAdminTokens(c.env.ADMIN_TOKEN);

  app.get("/login", (c) => {
    const p = page(c);
    if (tokensOf(c).length === 0) return c.html(<MessagePage p={p} title={p.t.login.title} text={p.t.login.disabled} />, 503);
    const q = c.req.query();
    const message = q.expired ? { kind: "error" as const, text: p.t.login.expired } : q.out ? { kind: "ok" as const, text: p.t.login.signedOut } : undefined;
    return c.html(<LoginPage p={p} message={message} next={localPath(q.next)} />);
  });

  app.post("/login", async (c) => {
    const p = page(c);
    const tokens = tokensOf(c);
    if (tokens.length === 0) return c.html(<MessagePage p={p} title={p.t.login.title} text={p.t.login.disabled} />, 503);
    const f = (await c.req.parseBody()) as Form;
    const who = await matchToken(tokens, one(f, "token").trim());
    if (who === null) return c.html(<LoginPage p={p} message={{ kind: "error", text: p.t.login.wrong }} next={localPath(one(f, "next"))} />, 401);
    await startSession(c, c.env.ADMIN_TOKEN!, who);
    return c.redirect(localPath(one(f, "next")), 303);
  });

  // Everything below needs a valid session; every POST also the session's form token.
  app.use("*", async (c, next) => {
    const p0 = page(c);
    if (tokensOf(c).length === 0) return c.html(<MessagePage p={p0} title={p0.t.login.title} text={p0.t.login.disabled} />, 503);
    const session = await readSession(c, c.env.ADMIN_TOKEN!);
    const hadCookie = (c.req.header("cookie") ?? "").includes(`${SESSION_COOKIE}=`);
    if (!session) {
      if (hadCookie) endSession(c);
      const params = new URLSearchParams({ next: p0.path });
      if (hadCookie) params.set("expired", "1");
      if (c.req.method === "GET") return c.redirect(`${BASE}/login?${params}`, 303);
      return c.html(<LoginPage p={p0} message={{ kind: "error", text: p0.t.login.expired }} next={`${BASE}/`} />, 401);
    }
    c.set("session", session);
    if (c.req.method === "POST") {
      const f = (await c.req.parseBody({ all: true })) as Form;
      if (!(await csrfMatches(session, one(f, "_csrf")))) {
        const p = page(c);
        return c.html(<MessagePage p={p} title={p.t.csrf.title} text={p.t.csrf.body} />, 403);
      }
    }
    await next();
  });

  const form = async (c: C) => (await c.req.parseBody({ all: true })) as Form;

  app.post("/logout", (c) => {
    endSession(c);
    return c.redirect(`${BASE}/login?out=1`, 303);
  });

  const overview = async (c: C) => {
    const p = page(c);
    const db = c.env.DB;
    let data = null;
    if (db) {
      try {
        const [stats, campaigns, disputed] = await Promise.all([getStats(db, 14), listCampaigns(db, { limit: 5 }), listFeedback(db, { limit: 10, reviewed: false })]);
        data = { stats, campaigns: campaigns.campaigns, disputed: disputed.feedback };
      } catch (e) {
        console.error(JSON.stringify({ event: "console_reports_error", error: e instanceof Error ? e.message.slice(0, 200) : "error" }));
      }
    }
    return c.html(<OverviewPage p={p} data={data} />);
  };
  app.get("/", overview);

  app.get("/campaigns/:key", async (c) => {
    const p = page(c);
    const db = c.env.DB;
    const campaign = db ? await getCampaign(db, c.req.param("key")).catch(() => null) : null;
    if (!campaign) return c.html(<MessagePage p={p} title={p.t.campaign.title(defangText(c.req.param("key"), 80))} text={p.t.campaign.notFound} />, 404);
    const { rules } = await readActive(c.env.RULES);
    const choices: BlockChoice[] = [];
    for (const raw of campaign.suggestedOps) {
      const op = PatchOpSchema.safeParse(raw);
      if (!op.success) continue;
      const target = "domain" in op.data ? op.data.domain : "tld" in op.data ? op.data.tld : "";
      choices.push({ value: JSON.stringify(op.data), label: `${op.data.op} ${defangDomain(String(target))}`, checked: true });
    }
    const tld = campaign.senderDomain?.split(".").pop();
    if (tld && /^[a-z]{2,24}$/.test(tld) && !rules.abusedTlds?.includes(tld))
      choices.push({ value: JSON.stringify({ op: "add_tld", tld }), label: p.t.campaign.blockTld(tld), checked: false });
    return c.html(<CampaignPage p={p} c={campaign} choices={choices} />);
  });

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

  app.get("/try", (c) => c.html(<TryPage p={page(c)} ops={c.req.query("ops") ?? ""} />));

  app.post("/try", async (c) => {
    const p = page(c);
    const f = await form(c);
    const opsText = one(f, "ops").trim();
    const file = Array.isArray(f.mail) ? f.mail[0] : f.mail;
    if (!(file instanceof File) || file.size === 0) return c.html(<TryPage p={p} ops={opsText} error={p.t.try.noFile} />, 400);
    const record = await readActive(c.env.RULES);
    let rules = await activeRules(c.env.RULES);
    let usedDraft = false;
    if (opsText) {
      const parsed = opsFromForm({ ops: opsText });
      if ("issues" in parsed) return c.html(<TryPage p={p} ops={opsText} error="invalid_patch" issues={parsed.issues} />, 400);
      const accepted = await propose(currentRules(record), { kind: "patch", body: { ops: parsed.ops } });
      if (!accepted.ok) return c.html(<TryPage p={p} ops={opsText} error={accepted.error} issues={accepted.issues} />, 400);
      rules = accepted.compiled;
      usedDraft = true;
    }
    const result = await checkMail(new Uint8Array(await file.arrayBuffer()), rules);
    const reply = composeReply({ kind: "verdict", result });
    return c.html(
      <TryPage p={p} ops={opsText} result={{ verdict: result.verdict, score: result.score, reasons: result.reasons, language: result.language, reply, usedDraft, version: rules.version }} />,
    );
  });

  app.all("*", (c) => {
    // "/" under a mounted app is "/admin/console"; the overview's address is "/admin/console/".
    if (c.req.method === "GET" && c.req.path === `${BASE}/`) return overview(c);
    const p = page(c);
    return c.html(<MessagePage p={p} title={p.t.notFound} text={p.t.notFound} />, 404);
  });

  app.onError((err, c) => {
    const p = page(c as C);
    if (err instanceof HTTPException && err.status === 403) return c.html(<MessagePage p={p} title={p.t.csrf.title} text={p.t.csrf.body} />, 403);
    if (err instanceof HTTPException) return c.html(<MessagePage p={p} title={String(err.status)} text={err.message || String(err.status)} />, err.status);
    console.error(JSON.stringify({ event: "console_error", error: err.message.slice(0, 200) }));
    return c.html(<MessagePage p={p} title="500" text="internal error" />, 500);
  });

  return app;
}
