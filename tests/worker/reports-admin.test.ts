/** The reports routes of the admin API: paging, filters, stats, 400s naming the field, 503 without a database, the OpenAPI document. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { d1Reports } from "../../src/reports/write";
import type { ReportRecord } from "../../src/reports/row";
import { getCampaign, listCampaigns } from "../../src/reports/queries";
import { testEnv } from "../helpers";
import { TOKEN, adminGet, adminJson, clearTables, db } from "./org-helpers";

const DAY = 24 * 3600 * 1000;
const NOW = Date.now();

function rec(i: number, over: Partial<ReportRecord> = {}): ReportRecord {
  return {
    id: `r${String(i).padStart(3, "0")}`,
    receivedAt: NOW - i * 3600 * 1000,
    verdict: "dangerous",
    score: 9,
    codes: ["sender_abused_tld", "link_abused_tld"],
    brand: "amazon",
    via: "attached",
    language: "ja",
    ms: 4,
    reporter: `${i % 3}`.repeat(64),
    replyMessageId: `<verdict.${i}@x>`,
    senderDomain: "evil.example.ml",
    linkDomains: ["evil.example.ml", "bit.ly"],
    subject: "Amazon: verify",
    campaign: "evil.example.ml|evil.example.ml|amazon: verify",
    ...over,
  };
}

beforeEach(async () => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  await clearTables();
  const store = d1Reports(db(), "k".repeat(32));
  for (let i = 0; i < 5; i++) await store.record(rec(i));
  await store.record(rec(5, { verdict: "no_signs", codes: [], brand: null, senderDomain: null, linkDomains: [], subject: null, campaign: null }));
  await store.record(rec(6, { verdict: "suspicious", senderDomain: "gmail.com", linkDomains: ["amazon.co.jp", "phish.web.app"], campaign: "gmail.com|phish.web.app|x" }));
  await store.record(rec(100, { receivedAt: NOW - 40 * DAY }));
});
afterEach(() => vi.restoreAllMocks());

type Page = { reports: { id: string; verdict: string }[]; cursor: string | null };

describe("GET /admin/reports", () => {
  it("pages newest first with limit/cursor, every row exactly once", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page = await adminJson<Page>(`/admin/reports?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.reports.map((r) => r.id));
      cursor = page.cursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(["r000", "r001", "r002", "r003", "r004", "r005", "r006", "r100"]);
    expect(pages).toBe(3);
  });

  it("filters by verdict, since and campaign", async () => {
    expect((await adminJson<Page>("/admin/reports?verdict=suspicious")).reports.map((r) => r.id)).toEqual(["r006"]);
    const since = new Date(NOW - 10 * DAY).toISOString().slice(0, 10);
    expect((await adminJson<Page>(`/admin/reports?since=${since}`)).reports).toHaveLength(7);
    expect((await adminJson<Page>(`/admin/reports?campaign=${encodeURIComponent("gmail.com|phish.web.app|x")}`)).reports.map((r) => r.id)).toEqual(["r006"]);
  });

  for (const [query, field] of [
    ["verdict=phishy", "verdict"],
    ["limit=0", "limit"],
    ["limit=abc", "limit"],
    ["limit=100000", "limit"],
    ["since=yesterday", "since"],
    ["cursor=not-a-cursor", "cursor"],
  ] as const) {
    it(`?${query} → 400 naming ${field}`, async () => {
      const res = await adminGet(`/admin/reports?${query}`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: string; issues: { path: string }[] };
      expect(body.error).toBe("invalid_request");
      expect(body.issues.map((i) => i.path)).toContain(field);
    });
  }

  it("without a DB binding: 503, not a crash", async () => {
    const res = await adminGet("/admin/reports", testEnv({ ADMIN_TOKEN: TOKEN, DB: undefined }));
    expect(res.status).toBe(503);
  });

  it("needs the token", async () => {
    const { default: worker } = await import("../../worker/index");
    const res = await worker.fetch!(new Request("https://x/admin/reports") as Request<unknown, IncomingRequestCfProperties>, testEnv({ ADMIN_TOKEN: TOKEN }), {} as ExecutionContext);
    expect(res.status).toBe(401);
  });
});

describe("GET /admin/stats, /admin/campaigns, /admin/feedback", () => {
  it("stats: one entry per day (oldest first), counts per verdict, top codes, brands and domains", async () => {
    const s = await adminJson<{ days: { date: string; dangerous: number; suspicious: number; no_signs: number }[]; topCodes: { code: string; count: number }[]; topBrands: unknown[]; topDomains: { domain: string; count: number }[] }>(
      "/admin/stats?days=7",
    );
    expect(s.days).toHaveLength(7);
    expect(s.days.at(-1)!.date).toBe(new Date(NOW).toISOString().slice(0, 10));
    const total = s.days.reduce((n, d) => n + d.dangerous + d.suspicious + d.no_signs, 0);
    expect(total).toBe(7);
    expect(s.topCodes[0]).toEqual({ code: "link_abused_tld", count: 6 });
    expect(s.topBrands).toEqual([{ brand: "amazon", count: 6 }]);
    // A domain counted once per report, whether sender or link.
    expect(s.topDomains.slice(0, 2)).toEqual([
      { domain: "bit.ly", count: 5 },
      { domain: "evil.example.ml", count: 5 },
    ]);
    expect((await adminGet("/admin/stats?days=0")).status).toBe(400);
  });

  it("campaigns: grouped, distinct reporters counted, ops suggested only for domains that are nobody's real one", async () => {
    const { campaigns } = await adminJson<{ campaigns: { key: string; reports: number; reporters: number; suggestedOps: unknown[] }[] }>(`/admin/campaigns?since=${new Date(NOW - 10 * DAY).toISOString()}`);
    expect(campaigns.map((c) => [c.key, c.reports, c.reporters])).toEqual([
      ["evil.example.ml|evil.example.ml|amazon: verify", 5, 3],
      ["gmail.com|phish.web.app|x", 1, 1],
    ]);
    expect(campaigns[0]!.suggestedOps).toEqual([{ op: "add_block_domain", domain: "example.ml" }]);
    // Not gmail.com (freemail), not amazon.co.jp (a brand's), not bit.ly (a shortener); the site on web.app, not web.app.
    expect(campaigns[1]!.suggestedOps).toEqual([{ op: "add_block_domain", domain: "phish.web.app" }]);
    const one = await listCampaigns(db(), { limit: 1 });
    expect(one.campaigns).toHaveLength(1);
    const two = await listCampaigns(db(), { limit: 1, cursor: one.cursor! });
    expect(two.campaigns.map((c) => c.key)).toEqual(["gmail.com|phish.web.app|x"]);
    const detail = await getCampaign(db(), "gmail.com|phish.web.app|x");
    expect(detail?.recent.map((r) => r.id)).toEqual(["r006"]);
    expect(await getCampaign(db(), "nope")).toBeNull();
  });

  it("feedback: each note with its report; reviewed filter", async () => {
    await d1Reports(db(), "k".repeat(32)).feedback(["<verdict.2@x>"], "wrong: it is our newsletter", NOW);
    const all = await adminJson<{ feedback: { note: string; report: { id: string } }[] }>("/admin/feedback");
    expect(all.feedback.map((f) => [f.note, f.report.id])).toEqual([["wrong: it is our newsletter", "r002"]]);
    expect((await adminJson<{ feedback: unknown[] }>("/admin/feedback?reviewed=true")).feedback).toEqual([]);
    expect((await adminGet("/admin/feedback?reviewed=maybe")).status).toBe(400);
  });

  it("all four routes are in the OpenAPI document", async () => {
    const doc = await adminJson<{ paths: Record<string, unknown> }>("/admin/openapi.json");
    for (const p of ["/admin/reports", "/admin/stats", "/admin/campaigns", "/admin/feedback"]) expect(Object.keys(doc.paths)).toContain(p);
  });
});
