/** The retention cron (worker.scheduled): reports older than RETENTION_DAYS go, with their feedback; newer ones stay. */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import worker from "../../worker/index";
import { d1Reports } from "../../src/reports/write";
import type { ReportRecord } from "../../src/reports/row";
import { testEnv } from "../helpers";
import { clearTables, db } from "./org-helpers";

const DAY = 24 * 3600 * 1000;
let logSpy: MockInstance<typeof console.log>;
let errSpy: MockInstance<typeof console.error>;
beforeEach(async () => {
  logSpy = vi.spyOn(console, "log").mockImplementation(() => undefined);
  errSpy = vi.spyOn(console, "error").mockImplementation(() => undefined);
  await clearTables();
});
afterEach(() => vi.restoreAllMocks());

function record(id: string, receivedAt: number): ReportRecord {
  return { id, receivedAt, verdict: "no_signs", score: 0, codes: [], brand: null, via: "direct", language: "ja", ms: 3, reporter: "ab".repeat(32), replyMessageId: `<verdict.${id}@x>`, senderDomain: null, linkDomains: [], subject: null, campaign: null };
}

async function seed(now: number) {
  const store = d1Reports(db(), "k".repeat(32));
  for (const [id, age] of [["old-1", 120], ["old-2", 31], ["new-1", 29], ["new-2", 0]] as const) {
    await store.record(record(id, now - age * DAY));
    await store.feedback([`<verdict.${id}@x>`], `note on ${id}`, now - age * DAY + 1000);
  }
}

async function runCron(vars: Record<string, string>) {
  const ctx = createExecutionContext();
  await worker.scheduled!(createScheduledController({ scheduledTime: Date.now(), cron: "17 3 * * *" }), testEnv(vars), ctx);
  await waitOnExecutionContext(ctx);
}

const ids = async (table: string, col: string) => (await db().prepare(`SELECT ${col} AS v FROM ${table} ORDER BY ${col}`).all<{ v: string }>()).results.map((r) => r.v);

describe("retention (Cron Trigger)", () => {
  it("RETENTION_DAYS=30: rows (and their feedback) older than 30 days are deleted, newer ones kept", async () => {
    await seed(Date.now());
    await runCron({ RETENTION_DAYS: "30" });
    expect(await ids("reports", "id")).toEqual(["new-1", "new-2"]);
    expect(await ids("feedback", "report_id")).toEqual(["new-1", "new-2"]);
    expect(logSpy.mock.calls.map((c) => JSON.parse(String(c[0])))).toContainEqual({ event: "retention", ok: true, retentionDays: 30, deleted: 2 });
  });

  it("default 90 days; a bad RETENTION_DAYS is logged and the default used", async () => {
    await seed(Date.now());
    await runCron({ RETENTION_DAYS: "-5" });
    expect(await ids("reports", "id")).toEqual(["new-1", "new-2", "old-2"]);
    expect(errSpy.mock.calls.map((c) => String(c[0])).join("\n")).toMatch(/"variable":"RETENTION_DAYS"/);
  });
});
