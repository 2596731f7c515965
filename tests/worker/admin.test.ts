import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import worker from "../../worker/index";
import { checkMail } from "../../src/check";
import { explain } from "../../src/reply/reasons";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";
import { resetRulesCache } from "../../src/rules/store";
import { FakeMessage, deliver, deliverFixture, emptyKv, parseReply, rawMail, testEnv } from "../helpers";
import { fixture } from "../fixtures";

const TOKEN = "test-admin-token-0123456789abcdef";
const kv = (env as unknown as Env).RULES;

type Opts = { body?: BodyInit; json?: unknown; headers?: Record<string, string>; token?: string | null; e?: Env };

/** One request through the real worker `fetch`, with the admin token unless told otherwise. */
async function call(method: string, path: string, o: Opts = {}): Promise<Response> {
  const headers = new Headers(o.headers);
  const token = o.token === undefined ? TOKEN : o.token;
  if (token !== null) headers.set("authorization", `Bearer ${token}`);
  let body = o.body;
  if (o.json !== undefined) {
    body = JSON.stringify(o.json);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const req = new Request(`https://phishcheck.test${path}`, { method, headers, body });
  return worker.fetch!(req as Request<unknown, IncomingRequestCfProperties>, o.e ?? testEnv({ ADMIN_TOKEN: TOKEN }), {} as ExecutionContext);
}

async function active(): Promise<{ version: number; etag: string; rules: ReturnType<typeof defaultRules> }> {
  const res = await call("GET", "/admin/rules");
  expect(res.status).toBe(200);
  return res.json();
}

const patch = (etag: string, ops: unknown[], token?: string) => call("PATCH", "/admin/rules", { json: { ops }, headers: { "if-match": etag }, token });

/** A mail that is dangerous only because its sender and link domain are not Amazon's. */
function amazonNotice() {
  return new FakeMessage(
    rawMail(
      { From: '"Amazon.co.jp" <info@amazon-notice.example.jp>', To: "taro.yamada@example.jp", Subject: "Amazonアカウントの確認のお願い" },
      "お客様\r\n\r\nAmazonアカウントの情報を確認してください。\r\nhttps://amazon-notice.example.jp/account\r\n\r\nAmazon.co.jp",
    ),
    "taro.yamada@example.jp",
  );
}

async function verdictByMail() {
  const msg = await deliver(amazonNotice());
  expect(msg.replies).toHaveLength(1);
  const { mail, firstLine } = await parseReply(msg.replies[0]!);
  return { subject: mail.subject ?? "", firstLine };
}

const ADD_NOTICE_DOMAIN = { op: "add_domain", brand: "amazon", domain: "amazon-notice.example.jp" };

beforeEach(async () => {
  resetRulesCache();
  await emptyKv(kv);
});

describe("admin API: authentication", () => {
  it("no token configured: 503 admin disabled, never open", async () => {
    for (const ADMIN_TOKEN of [undefined, "", "short", "a:b"]) {
      const res = await call("GET", "/admin/rules", { e: testEnv({ ADMIN_TOKEN }) });
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ error: "admin_disabled", message: "admin disabled" });
    }
  });

  it("wrong, missing or malformed token: 401 and nothing else", async () => {
    for (const headers of [{} as Record<string, string>, { authorization: `Bearer ${TOKEN}x` }, { authorization: `Basic ${btoa(`admin:${TOKEN}`)}` }, { authorization: "Bearer a b" }]) {
      const res = await call("GET", "/admin/rules", { token: null, headers });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: "unauthorized" });
    }
    // Not even whether a route exists, or how large a body may be.
    expect((await call("GET", "/admin/no-such-route", { token: "wrong-token-wrong-token" })).status).toBe(401);
    expect((await call("PUT", "/admin/rules", { token: "wrong-token-wrong-token", body: "x".repeat(5 * 1024 * 1024) })).status).toBe(401);
  });

  it("the right token: 200; /health needs none and shows the rules version", async () => {
    expect((await call("GET", "/admin/rules")).status).toBe(200);
    const health = await call("GET", "/health", { token: null });
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, rulesVersion: 0 });
  });

  it("label:token entries: each token works and the audit log names its label", async () => {
    const e = testEnv({ ADMIN_TOKEN: "alice:alice-token-0123456789, ci-bot:ci-bot-token-0123456789" });
    const { etag } = await (await call("GET", "/admin/rules", { e, token: "alice-token-0123456789" })).json<{ etag: string }>();
    const res = await call("PATCH", "/admin/rules", { e, token: "ci-bot-token-0123456789", json: { ops: [{ op: "add_tld", tld: "phishtest" }] }, headers: { "if-match": etag } });
    expect(res.status).toBe(200);
    expect((await call("GET", "/admin/rules", { e, token: "alice:alice-token-0123456789" })).status).toBe(401);
    const audit = await (await call("GET", "/admin/audit", { e, token: "alice-token-0123456789" })).json<{ entries: { author: string }[] }>();
    expect(audit.entries.map((x) => x.author)).toEqual(["ci-bot"]);
  });
});

describe("admin API: reading and replacing the rules", () => {
  it("GET /admin/rules: the bundled set as version 0, with its ETag in header and body", async () => {
    const res = await call("GET", "/admin/rules");
    const body = await res.json<{ version: number; etag: string; rules: { brands: { id: string }[] } }>();
    expect(body.version).toBe(0);
    expect(body.etag).toMatch(/^"v0-[0-9a-f]{12}"$/); // hashes the bundled packs: stale after a redeploy that changes them
    expect(res.headers.get("etag")).toBe(body.etag);
    expect(body.rules.brands.map((b) => b.id)).toContain("amazon");
  });

  it("PUT needs the current ETag: 428 without If-Match, 412 when stale — and the rules stay as they were", async () => {
    const before = await active();
    const next = { ...before.rules, abusedTlds: [...before.rules.abusedTlds, "phishtest"] };

    const missing = await call("PUT", "/admin/rules", { json: next });
    expect(missing.status).toBe(428);
    expect((await missing.json<{ error: string }>()).error).toBe("precondition_required");

    const first = await call("PUT", "/admin/rules", { json: next, headers: { "if-match": before.etag } });
    expect(first.status).toBe(200);
    const done = await first.json<{ version: number; etag: string; changed: boolean; summary: string }>();
    expect(done).toMatchObject({ changed: true, version: 1, summary: "PUT: +tld phishtest" });
    expect(first.headers.get("etag")).toBe(done.etag);

    // A second admin still holding the old ETag cannot overwrite the change.
    const stale = await call("PUT", "/admin/rules", { json: before.rules, headers: { "if-match": before.etag } });
    expect(stale.status).toBe(412);
    const now = await active();
    expect(now.version).toBe(1);
    expect(now.etag).toBe(done.etag);
    expect(now.rules.abusedTlds).toContain("phishtest");
  });

  it("one change is three KV writes: the version, the active pointer, the audit entry", async () => {
    const { etag } = await active();
    expect((await patch(etag, [{ op: "add_tld", tld: "phishtest" }])).status).toBe(200);
    const { keys } = await kv.list();
    expect(keys.map((k) => k.name).sort()).toEqual(["audit:00000001", "rules:active", "rules:v:00000001"]);
  });

  it("a change that changes nothing writes nothing", async () => {
    const { etag } = await active();
    const res = await patch(etag, [{ op: "add_domain", brand: "amazon", domain: "amazon.co.jp" }]);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ changed: false, version: 0 });
    expect((await kv.list()).keys).toEqual([]);
  });
});

describe("admin API: a PATCH reaches the email handler", () => {
  it("adding a domain to Amazon's official list turns the next mail from it from dangerous to not dangerous", async () => {
    const before = await verdictByMail();
    expect(before.subject).toMatch(/^\[判定: 危険\]/);
    expect(before.firstLine).toContain("詐欺メール");

    const { etag } = await active();
    const res = await patch(etag, [ADD_NOTICE_DOMAIN, { op: "add_tld", tld: "phishtest" }]);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ changed: true, version: 1, summary: "PATCH: +domain amazon-notice.example.jp to amazon; +tld phishtest" });

    const after = await verdictByMail();
    expect(after.subject).not.toMatch(/^\[判定: 危険\]/);
    expect(after.firstLine).not.toContain("詐欺メール");
    expect((await (await call("GET", "/health", { token: null })).json<{ rulesVersion: number }>()).rulesVersion).toBe(1);
  });

  it("another isolate (empty cache) reads the new version from KV", async () => {
    const { etag } = await active();
    expect((await patch(etag, [ADD_NOTICE_DOMAIN])).status).toBe(200);
    resetRulesCache();
    expect((await verdictByMail()).subject).not.toMatch(/^\[判定: 危険\]/);
  });
});

describe("admin API: bad bodies change nothing", () => {
  it("an invalid PUT body is a 400 naming the field, and the active version is unchanged", async () => {
    const before = await active();
    const bad = structuredClone(before.rules) as { brands: { domains: string[] }[] };
    bad.brands[0]!.domains[0] = "not a host name!";
    const res = await call("PUT", "/admin/rules", { json: bad, headers: { "if-match": before.etag } });
    expect(res.status).toBe(400);
    const body = await res.json<{ error: string; issues: { path: string; message: string }[] }>();
    expect(body.error).toBe("invalid_body");
    expect(body.issues.map((i) => i.path)).toContain("brands.0.domains.0");
    expect((await active()).version).toBe(0);
    expect((await kv.list()).keys).toEqual([]);
  });

  it("duplicate brand ids, a misspelt list name, and non-JSON are refused too", async () => {
    const { etag, rules } = await active();
    const dup = await call("PUT", "/admin/rules", { json: { ...rules, brands: [rules.brands[0], rules.brands[0]] }, headers: { "if-match": etag } });
    expect(dup.status).toBe(400);
    expect((await dup.json<{ issues: { path: string }[] }>()).issues[0]!.path).toBe("brands.1.id");

    const typo = await call("PUT", "/admin/rules", { json: { ...rules, blockdomains: ["evil.example"] }, headers: { "if-match": etag } });
    expect(typo.status).toBe(400);
    expect(JSON.stringify(await typo.json())).toContain("blockdomains");

    const notJson = await call("PUT", "/admin/rules", { body: "{oops", headers: { "if-match": etag, "content-type": "application/json" } });
    expect(notJson.status).toBe(400);
    expect((await notJson.json<{ error: string }>()).error).toBe("invalid_json");

    const form = await call("PUT", "/admin/rules", { body: JSON.stringify(rules), headers: { "if-match": etag, "content-type": "application/x-www-form-urlencoded" } });
    expect(form.status).toBe(415);
    expect((await active()).version).toBe(0);
  });

  it("a PATCH op naming a missing brand is a 400 naming the op's index; an unknown op names its field", async () => {
    const { etag } = await active();
    const res = await patch(etag, [{ op: "add_tld", tld: "phishtest" }, { op: "add_domain", brand: "amazn", domain: "amazon-notice.example.jp" }]);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "invalid_patch",
      issues: [{ path: "ops.1.brand", message: 'op 1 (add_domain): no brand "amazn"' }],
    });

    const unknown = await patch(etag, [{ op: "add_everything" }]);
    expect(unknown.status).toBe(400);
    expect((await unknown.json<{ issues: { path: string }[] }>()).issues[0]!.path).toBe("ops.0.op");

    // Removing a brand's last official domain leaves an invalid rule set: refused with the path in the result.
    const amazon = (await active()).rules.brands.find((b) => b.id === "amazon")!;
    const emptied = await patch(etag, amazon.domains.map((domain) => ({ op: "remove_domain", brand: "amazon", domain })));
    expect(emptied.status).toBe(400);
    const body = await emptied.json<{ error: string; issues: { path: string }[] }>();
    expect(body.error).toBe("invalid_result");
    expect(body.issues[0]!.path).toMatch(/^brands\.\d+\.domains$/);
    expect((await active()).version).toBe(0);
  });

  it("413 for a body over the limit, before it is parsed", async () => {
    const { etag } = await active();
    const res = await call("PUT", "/admin/rules", { body: `{"x":"${"a".repeat(4 * 1024 * 1024)}"}`, headers: { "if-match": etag, "content-type": "application/json" } });
    expect(res.status).toBe(413);
    expect((await res.json<{ error: string }>()).error).toBe("payload_too_large");
    const mail = await call("POST", "/admin/check", { body: new Uint8Array(10 * 1024 * 1024 + 1) });
    expect(mail.status).toBe(413);
  });
});

describe("admin API: versions, rollback, audit", () => {
  it("rollback re-activates an old set as a new version and restores the earlier verdict; the audit log lists each change", async () => {
    const v0 = await active();
    expect((await patch(v0.etag, [ADD_NOTICE_DOMAIN])).status).toBe(200);
    expect((await verdictByMail()).subject).not.toMatch(/^\[判定: 危険\]/);

    const rb = await call("POST", "/admin/rules/rollback", { json: { version: 0 } });
    expect(rb.status).toBe(200);
    expect(await rb.json()).toMatchObject({ changed: true, version: 2, summary: "ROLLBACK to v0: -domain amazon-notice.example.jp from amazon" });
    expect((await verdictByMail()).subject).toMatch(/^\[判定: 危険\]/);

    // Roll forward again to version 1: a new version 3 with version 1's rules.
    const fwd = await call("POST", "/admin/rules/rollback", { json: { version: 1 } });
    expect(await fwd.json()).toMatchObject({ version: 3, summary: "ROLLBACK to v1: +domain amazon-notice.example.jp to amazon" });
    expect((await verdictByMail()).subject).not.toMatch(/^\[判定: 危険\]/);

    const versions = await (await call("GET", "/admin/rules/versions")).json<{ active: number; versions: { version: number; action: string }[] }>();
    expect(versions.active).toBe(3);
    expect(versions.versions.map((v) => [v.version, v.action])).toEqual([
      [3, "rollback"],
      [2, "rollback"],
      [1, "patch"],
      [0, "embedded"],
    ]);
    const v1 = await (await call("GET", "/admin/rules/versions/1")).json<{ rules: { brands: { id: string; domains: string[] }[] } }>();
    expect(v1.rules.brands.find((b) => b.id === "amazon")!.domains).toContain("amazon-notice.example.jp");

    const audit = await (await call("GET", "/admin/audit")).json<{ entries: { version: number; author: string; action: string; summary: string; at: string; previous: number }[] }>();
    expect(audit.entries.map(({ version, author, action, summary, previous }) => ({ version, author, action, summary, previous }))).toEqual([
      { version: 3, author: "admin", action: "rollback", summary: "ROLLBACK to v1: +domain amazon-notice.example.jp to amazon", previous: 2 },
      { version: 2, author: "admin", action: "rollback", summary: "ROLLBACK to v0: -domain amazon-notice.example.jp from amazon", previous: 1 },
      { version: 1, author: "admin", action: "patch", summary: "PATCH: +domain amazon-notice.example.jp to amazon", previous: 0 },
    ]);
    for (const e of audit.entries) expect(Date.parse(e.at)).not.toBeNaN();
  });

  it("rollback to a version that does not exist is a 404; a stale If-Match on rollback is a 412", async () => {
    expect((await call("POST", "/admin/rules/rollback", { json: { version: 42 } })).status).toBe(404);
    expect((await call("POST", "/admin/rules/rollback", { json: { version: -1 } })).status).toBe(400);
    expect((await call("POST", "/admin/rules/rollback", { json: { version: 0 }, headers: { "if-match": '"v9-000000000000"' } })).status).toBe(412);
    expect((await call("GET", "/admin/rules/versions/42")).status).toBe(404);
  });
});

describe("admin API: dry run and check", () => {
  it("validate previews the verdicts a PATCH would change on the bundled samples, and writes nothing", async () => {
    const res = await call("POST", "/admin/rules/validate", { json: { ops: [ADD_NOTICE_DOMAIN] } });
    expect(res.status).toBe(200);
    const report = await res.json<{ valid: boolean; kind: string; summary: string; impact: { changed: number; samples: { id: string; before: string; after: string; changed: boolean }[] } }>();
    expect(report).toMatchObject({ valid: true, kind: "patch", summary: "PATCH: +domain amazon-notice.example.jp to amazon" });
    expect(report.impact.changed).toBe(1);
    expect(report.impact.samples[0]).toMatchObject({ id: "amazon-claim-unofficial-domain", before: "dangerous", changed: true });
    expect(report.impact.samples[0]!.after).not.toBe("dangerous");
    expect(report.impact.samples.find((s) => s.id === "amazon-campaign-gmail-forward")).toMatchObject({ before: "dangerous", after: "dangerous" });
    expect((await kv.list()).keys).toEqual([]);
  });

  it("validate reports schema errors of a PUT body and patch errors, with their paths", async () => {
    const { rules } = await active();
    const put = await call("POST", "/admin/rules/validate", { json: { ...rules, abusedTlds: ["not a tld!"] } });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ valid: false, kind: "put", error: "invalid_body", issues: [{ path: "abusedTlds.0" }] });
    const bad = await call("POST", "/admin/rules/validate", { json: { ops: [{ op: "remove_tld", tld: "museum" }] } });
    expect(await bad.json()).toMatchObject({ valid: false, kind: "patch", error: "invalid_patch", issues: [{ path: "ops.0.tld" }] });
  });

  it("POST /admin/check answers what `npm run check -- --json` prints, with the live rules", async () => {
    const raw = fixture("forwards/gmail-ja.eml");
    const res = await call("POST", "/admin/check", { body: raw, headers: { "content-type": "message/rfc822" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-rules-version")).toBe("0");
    const expected = await checkMail(raw, compileRules(defaultRules(), 0));
    expect(await res.json()).toEqual({
      file: "request",
      verdict: "dangerous",
      score: expected.score,
      language: expected.language,
      reasons: expected.reasons.map((r) => ({ code: r.code, severity: r.severity, message: explain(r)[expected.language] })),
    });
    expect((await call("POST", "/admin/check", { body: "" })).status).toBe(400);
  });
});

describe("admin API: routes and document", () => {
  it("unknown routes get 404 JSON", async () => {
    for (const [method, path] of [["GET", "/admin/nope"], ["DELETE", "/admin/rules"], ["GET", "/"]] as const) {
      const res = await call(method, path);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/json");
      expect((await res.json<{ error: string }>()).error).toBe("not_found");
    }
  });

  it("/admin/openapi.json (token required) is an OpenAPI 3 document listing every route", async () => {
    expect((await call("GET", "/admin/openapi.json", { token: null })).status).toBe(401);
    const res = await call("GET", "/admin/openapi.json");
    expect(res.status).toBe(200);
    const doc = await res.json<{ openapi: string; info: { title: string }; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> } }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBeTruthy();
    const routes = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    expect(routes.sort()).toEqual(
      [
        "GET /health",
        "GET /admin/rules",
        "PUT /admin/rules",
        "PATCH /admin/rules",
        "POST /admin/rules/validate",
        "GET /admin/rules/versions",
        "GET /admin/rules/versions/{version}",
        "POST /admin/rules/rollback",
        "GET /admin/audit",
        "POST /admin/check",
        "GET /admin/reports",
        "GET /admin/stats",
        "GET /admin/campaigns",
        "GET /admin/feedback",
      ].sort(),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(["RuleSet", "PatchOp", "PatchRulesBody", "Error", "ValidateReport"]));
    expect(doc.components.securitySchemes).toHaveProperty("adminToken");
  });

  it("the document describes the weakening confirmation: 409 weakens_detection, the confirm field and X-Confirm", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: JSON from the API, read field by field
    const doc = await (await call("GET", "/admin/openapi.json")).json<any>();
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(["WeakensDetection", "Weakening", "Confirm"]));
    for (const [path, method] of [["/admin/rules", "put"], ["/admin/rules", "patch"], ["/admin/rules/rollback", "post"]] as const) {
      const op = doc.paths[path][method];
      expect(op.responses["409"].description).toContain("weakens_detection");
      expect(op.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toContain("header:x-confirm");
    }
    expect(JSON.stringify(doc.components.schemas.PutRulesBody)).toContain("Confirm");
    expect(JSON.stringify(doc.components.schemas.RollbackBody)).toContain("Confirm");
  });
});

describe("admin API: a change that weakens detection needs a confirmation", () => {
  const EMPTY = { brands: [], phrases: [], abusedTlds: [] };

  it("the empty PUT from issue 13 is a 409 listing the phishing samples, and the active rules stay as they were", async () => {
    const before = await active();
    const res = await call("PUT", "/admin/rules", { json: EMPTY, headers: { "if-match": before.etag } });
    expect(res.status).toBe(409);
    const body = await res.json<{ error: string; message: string; impact: { id: string; before: string; after: string }[] }>();
    expect(body.error).toBe("weakens_detection");
    expect(body.impact.map((i) => i.id).sort()).toEqual(["amazon-campaign-gmail-forward", "paypal-lookalike-en"]);
    for (const i of body.impact) expect(i).toMatchObject({ before: "dangerous", after: expect.not.stringMatching(/^dangerous$/) });
    const after = await active();
    expect(after).toEqual(before);
    expect((await kv.list()).keys).toEqual([]);
    // The mail handler still calls the campaign dangerous.
    const msg = await deliverFixture("forwards/gmail-ja.eml");
    expect((await parseReply(msg.replies[0]!)).mail.subject).toMatch(/危険|dangerous/i);
  });

  it("confirmed in the body or with X-Confirm, the same change is applied", async () => {
    const { etag } = await active();
    const wrong = await call("PUT", "/admin/rules", { json: { ...EMPTY, confirm: "yes" }, headers: { "if-match": etag } });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: "invalid_body", issues: [{ path: "confirm" }] });
    const ok = await call("PUT", "/admin/rules", { json: { ...EMPTY, confirm: "weakens_detection" }, headers: { "if-match": etag } });
    expect(ok.status).toBe(200);
    const v1 = await active();
    expect(v1.version).toBe(1);
    expect(v1.rules.brands).toEqual([]);
    expect(v1.rules).not.toHaveProperty("confirm");

    // Rolling back to the bundled set strengthens: no confirmation needed.
    expect((await call("POST", "/admin/rules/rollback", { json: { version: 0 } })).status).toBe(200);
    // Rolling forward to the empty set weakens again: 409, then X-Confirm.
    const again = await call("POST", "/admin/rules/rollback", { json: { version: 1 } });
    expect(again.status).toBe(409);
    expect((await again.json<{ error: string }>()).error).toBe("weakens_detection");
    expect((await active()).version).toBe(2);
    const confirmed = await call("POST", "/admin/rules/rollback", { json: { version: 1 }, headers: { "x-confirm": "weakens_detection" } });
    expect(confirmed.status).toBe(200);
    expect((await active()).version).toBe(3);
  });

  it("a PATCH that removes what makes a phishing sample dangerous asks too; one that doesn't is applied at once", async () => {
    const { etag } = await active();
    const validate = await call("POST", "/admin/rules/validate", { json: { ops: [{ op: "remove_brand", brand: "paypal" }, { op: "remove_tld", tld: "tk" }] } });
    const report = await validate.json<{ weakens: { id: string; before: string; after: string }[] }>();
    expect(report.weakens).toEqual([expect.objectContaining({ id: "paypal-lookalike-en", before: "dangerous", after: "suspicious" })]);
    const weak = await patch(etag, [{ op: "remove_brand", brand: "paypal" }, { op: "remove_tld", tld: "tk" }]);
    expect(weak.status).toBe(409);
    expect(await weak.json()).toMatchObject({ error: "weakens_detection", impact: [{ id: "paypal-lookalike-en" }] });
    expect((await active()).version).toBe(0);
    const harmless = await patch(etag, [{ op: "add_tld", tld: "phishtest" }]);
    expect(harmless.status).toBe(200);
    const okValidate = await (await call("POST", "/admin/rules/validate", { json: { ops: [{ op: "add_tld", tld: "phishtest2" }] } })).json<{ weakens: unknown[] }>();
    expect(okValidate.weakens).toEqual([]);
    const { etag: e2 } = await active();
    const confirmed = await call("PATCH", "/admin/rules", { json: { ops: [{ op: "remove_brand", brand: "paypal" }, { op: "remove_tld", tld: "tk" }], confirm: "weakens_detection" }, headers: { "if-match": e2 } });
    expect(confirmed.status).toBe(200);
  });
});
