import { env } from "cloudflare:test";
import { generateSignedCookie } from "hono/cookie";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import worker from "../../worker/index";
import { resetRulesCache } from "../../src/rules/store";
import { sessionSecret } from "../../src/admin/console/session";
import migration from "../../migrations/0001_reports.sql?raw";
import { emptyKv, testEnv } from "../helpers";
import { fixture } from "../fixtures";

const TOKEN = "alice:console-test-token-0123456789";
const ALICE = "console-test-token-0123456789";
const ORIGIN = "https://phishcheck.test";
const e = () => testEnv({ ADMIN_TOKEN: TOKEN });
const kv = (env as unknown as Env).RULES;
const db = (env as unknown as Env).DB!;

async function req(method: string, path: string, o: { cookie?: string; form?: Record<string, string | string[] | Blob>; headers?: Record<string, string> } = {}) {
  const headers = new Headers(o.headers);
  if (o.cookie) headers.set("cookie", o.cookie);
  let body: FormData | undefined;
  if (o.form) {
    body = new FormData();
    for (const [k, v] of Object.entries(o.form)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    if (!headers.has("origin")) headers.set("origin", ORIGIN);
  }
  const r = new Request(`${ORIGIN}${path}`, { method, headers, body, redirect: "manual" });
  return worker.fetch!(r as Request<unknown, IncomingRequestCfProperties>, e(), {} as ExecutionContext);
}

async function signIn(): Promise<{ cookie: string; csrf: string }> {
  const res = await req("POST", "/admin/console/login", { form: { token: ALICE, next: "/admin/console/" } });
  expect(res.status).toBe(303);
  const set = res.headers.get("set-cookie")!;
  const cookie = set.split(";")[0]!;
  const html = await (await req("GET", "/admin/console/rules", { cookie })).text();
  const csrf = /name="_csrf" value="([0-9a-f]+)"/.exec(html)![1]!;
  return { cookie, csrf };
}

beforeAll(async () => {
  const statements = migration
    .split(";")
    .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
    .filter(Boolean);
  await db.batch(["DROP TABLE IF EXISTS feedback", "DROP TABLE IF EXISTS reports", ...statements].map((s) => db.prepare(s)));
});

beforeEach(async () => {
  resetRulesCache();
  await emptyKv(kv);
  await db.batch([db.prepare("DELETE FROM feedback"), db.prepare("DELETE FROM reports")]);
});

describe("admin console: sign-in and session", () => {
  it("/admin/ leads to the console; without a session every page sends you to sign in", async () => {
    const root = await req("GET", "/admin/");
    expect(root.status).toBe(302);
    expect(root.headers.get("location")).toBe("/admin/console/");
    const page = await req("GET", "/admin/console/rules");
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe("/admin/console/login?next=%2Fadmin%2Fconsole%2Frules");
    // The JSON API is unchanged: bearer tokens, 401 JSON.
    expect((await req("GET", "/admin/rules")).status).toBe(401);
  });

  it("a wrong token is refused; the right one gives an HttpOnly, Secure, SameSite=Strict signed session cookie", async () => {
    const wrong = await req("POST", "/admin/console/login", { form: { token: "not-the-token-000000" } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("set-cookie")).toBeNull();
    expect(await wrong.text()).toMatch(/not accepted|受け付けられません/);
    const ok = await req("POST", "/admin/console/login", { form: { token: ALICE, next: "https://evil.example/" } });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/admin/console/"); // never an open redirect
    const set = ok.headers.get("set-cookie")!;
    expect(set).toMatch(/^pc_session=alice\.\d{13}\.[0-9a-f]{24}\.[^;]+;/);
    expect(set).toMatch(/Max-Age=28800/);
    expect(set).toMatch(/Path=\/admin/);
    for (const attr of ["HttpOnly", "Secure", "SameSite=Strict"]) expect(set).toContain(attr);
    const page = await req("GET", "/admin/console/rules", { cookie: set.split(";")[0] });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    expect(await page.text()).toMatch(/alice/);
  });

  it("a tampered or expired session is refused", async () => {
    const { cookie } = await signIn();
    const tampered = cookie.replace("alice.", "bob.");
    expect((await req("GET", "/admin/console/", { cookie: tampered })).status).toBe(303);
    const secret = await sessionSecret(TOKEN);
    const expired = (await generateSignedCookie("pc_session", `alice.${Date.now() - 1000}.${"a".repeat(24)}`, secret)).split(";")[0]!;
    const res = await req("GET", "/admin/console/", { cookie: expired });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/expired=1/);
  });

  it("sign out ends the session cookie", async () => {
    const { cookie, csrf } = await signIn();
    const out = await req("POST", "/admin/console/logout", { cookie, form: { _csrf: csrf } });
    expect(out.status).toBe(303);
    expect(out.headers.get("set-cookie")).toMatch(/pc_session=;.*Max-Age=0/);
  });

  it("CSRF: a form without the session's token, or from another origin, is refused and changes nothing", async () => {
    const { cookie, csrf } = await signIn();
    const { etag } = await (await req("GET", "/admin/rules", { headers: { authorization: `Bearer ${ALICE}` } })).json<{ etag: string }>();
    const form = { ops: JSON.stringify([{ op: "add_tld", tld: "phishtest" }]), etag };
    const noToken = await req("POST", "/admin/console/apply", { cookie, form });
    expect(noToken.status).toBe(403);
    const otherSite = await req("POST", "/admin/console/apply", { cookie, form: { ...form, _csrf: csrf }, headers: { origin: "https://evil.example" } });
    expect(otherSite.status).toBe(403);
    expect((await kv.list()).keys).toEqual([]);
    const ok = await req("POST", "/admin/console/apply", { cookie, form: { ...form, _csrf: csrf } });
    expect(ok.status).toBe(200);
    const audit = await (await req("GET", "/admin/audit", { headers: { authorization: `Bearer ${ALICE}` } })).json<{ entries: { author: string; summary: string }[] }>();
    expect(audit.entries).toEqual([expect.objectContaining({ author: "alice", summary: "PATCH: +tld phishtest" })]);
  });
});

describe("admin console: changes", () => {
  it("a weakening change shows the impact and is applied only when confirmed; a stale ETag applies nothing", async () => {
    const { cookie, csrf } = await signIn();
    const ops = JSON.stringify([{ op: "remove_brand", brand: "paypal" }, { op: "remove_tld", tld: "tk" }]);
    const preview = await req("POST", "/admin/console/preview", { cookie, form: { _csrf: csrf, ops } });
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toMatch(/weakens detection|検出を弱めます/);
    expect(html).toContain("paypal-lookalike-en");
    const etag = /name="etag" value="([^"]+)"/.exec(html)![1]!.replace(/&quot;/g, '"');
    const refused = await req("POST", "/admin/console/apply", { cookie, form: { _csrf: csrf, ops, etag } });
    expect(refused.status).toBe(409);
    expect((await kv.list()).keys).toEqual([]);
    const stale = await req("POST", "/admin/console/apply", { cookie, form: { _csrf: csrf, ops, etag: '"v9-000000000000"', confirm: "weakens_detection" } });
    expect(stale.status).toBe(412);
    expect((await kv.list()).keys).toEqual([]);
    const applied = await req("POST", "/admin/console/apply", { cookie, form: { _csrf: csrf, ops, etag, confirm: "weakens_detection" } });
    expect(applied.status).toBe(200);
    expect(await applied.text()).toMatch(/version 1|バージョン 1/);
  });

  it("rollback preview shows what it restores; applying it makes a new version", async () => {
    const { cookie, csrf } = await signIn();
    const { etag } = await (await req("GET", "/admin/rules", { headers: { authorization: `Bearer ${ALICE}` } })).json<{ etag: string }>();
    await req("POST", "/admin/console/apply", { cookie, form: { _csrf: csrf, ops: JSON.stringify([{ op: "add_block_domain", domain: "phish.example" }]), etag } });
    const preview = await req("POST", "/admin/console/rollback/preview", { cookie, form: { _csrf: csrf, version: "0" } });
    const html = await preview.text();
    expect(html).toContain("-block phish.example");
    const etag1 = /name="etag" value="([^"]+)"/.exec(html)![1]!.replace(/&quot;/g, '"');
    const done = await req("POST", "/admin/console/rollback", { cookie, form: { _csrf: csrf, version: "0", etag: etag1 } });
    expect(done.status).toBe(200);
    expect((await req("POST", "/admin/console/rollback/preview", { cookie, form: { _csrf: csrf, version: "42" } })).status).toBe(404);
  });
});

describe("admin console: pages", () => {
  it("overview: empty states that explain themselves, then the chart, brands, campaigns and disputed verdicts; no live link to a reported domain", async () => {
    const { cookie } = await signIn();
    const empty = await (await req("GET", "/admin/console/", { cookie, headers: { "accept-language": "en" } })).text();
    expect(empty).toMatch(/No checks recorded/);
    expect(empty).toMatch(/Nobody has disputed/);
    const now = Date.now();
    await db.batch([
      db
        .prepare("INSERT INTO reports VALUES ('r1', ?, 'dangerous', 9, '[\"sender_lookalike\"]', 'amazon', 'inline', 'ja', 5, 'h1', 'm1', 'amazon-jp-owner-check.ml', '[\"amazon-jp-owner-check.ml\"]', 'Amazon アカウント http://amazon-jp-owner-check.ml/x', 'c-amazon')")
        .bind(now),
      db.prepare("INSERT INTO reports VALUES ('r2', ?, 'no_signs', 0, '[]', NULL, 'attached', 'en', 4, 'h2', 'm2', NULL, NULL, NULL, NULL)").bind(now - 86_400_000),
      db.prepare("INSERT INTO feedback VALUES ('f1', 'r2', ?, 'This was a real phish from evil.example', 0)").bind(now),
    ]);
    const html = await (await req("GET", "/admin/console/", { cookie, headers: { "accept-language": "en" } })).text();
    expect(html).toContain("<svg");
    expect(html).toContain("amazon");
    expect(html).toContain('href="/admin/console/campaigns/c-amazon"');
    expect(html).toContain("evil[.]example");
    expect(html).not.toMatch(/href="https?:/);
    expect(html).not.toContain("amazon-jp-owner-check.ml");

    const campaign = await (await req("GET", "/admin/console/campaigns/c-amazon", { cookie, headers: { "accept-language": "en" } })).text();
    expect(campaign).toContain("amazon-jp-owner-check[.]ml");
    expect(campaign).toContain("sender_lookalike");
    expect(campaign).not.toMatch(/href="https?:/);
    expect(campaign).toMatch(/add_block_domain/);
  });

  it("Japanese by default and from Accept-Language; the switch remembers English", async () => {
    const { cookie } = await signIn();
    expect(await (await req("GET", "/admin/console/rules", { cookie, headers: { "accept-language": "ja,en;q=0.5" } })).text()).toContain('lang="ja"');
    expect(await (await req("GET", "/admin/console/rules", { cookie, headers: { "accept-language": "en-GB,en;q=0.9" } })).text()).toContain('lang="en"');
    const sw = await req("GET", "/admin/console/lang?to=en&back=/admin/console/rules");
    expect(sw.headers.get("location")).toBe("/admin/console/rules");
    const lang = sw.headers.get("set-cookie")!.split(";")[0]!;
    expect(await (await req("GET", "/admin/console/rules", { cookie: `${cookie}; ${lang}`, headers: { "accept-language": "ja" } })).text()).toContain('lang="en"');
    expect((await req("GET", "/admin/console/lang?to=en&back=https://evil.example/")).headers.get("location")).toBe("/admin/console/");
  });

  it("try a mail: the verdict and the reply as the reader gets it, defanged, in a sandboxed frame", async () => {
    const { cookie, csrf } = await signIn();
    const mail = new File([fixture("forwards/gmail-ja.eml")], "gmail-ja.eml", { type: "message/rfc822" });
    const res = await req("POST", "/admin/console/try", { cookie, form: { _csrf: csrf, mail, ops: "" }, headers: { "accept-language": "en" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/v-dangerous/);
    expect(html).toContain('sandbox=""');
    expect(html).toContain("emailamazoncojp[.]cf");
    expect(html).not.toMatch(/href="https?:/);
    const draft = await req("POST", "/admin/console/try", { cookie, form: { _csrf: csrf, mail, ops: JSON.stringify([{ op: "remove_tld", tld: "nope-not-there" }]) } });
    expect(draft.status).toBe(400);
  });
});
