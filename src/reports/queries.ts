import type { CompiledRules } from "../rules/compile";
import { embeddedRules } from "../rules/store";
import type { ReportRecord } from "./row";
import { suggestOps } from "./suggest";

/**
 * Reads of the reports database (migrations/0001_reports.sql) for the admin API and the console:
 * JSON-ready objects, newest first, paged by an opaque cursor. Reads only metadata — the table
 * holds nothing else.
 */

/** A stored row as the admin reads it: the written record (row.ts) without the reporter and reply id, its time as ISO text. */
export type ReportRow = Omit<ReportRecord, "receivedAt" | "via" | "reporter" | "replyMessageId"> & { receivedAt: string; via: string };
export type DayStats = { date: string /* YYYY-MM-DD UTC */; dangerous: number; suspicious: number; no_signs: number; unreadable: number };
export type Stats = {
  days: DayStats[];
  topCodes: { code: string; count: number }[];
  topBrands: { brand: string; count: number }[];
  topDomains: { domain: string; count: number }[];
};
export type Campaign = {
  key: string;
  reports: number;
  reporters: number;
  firstSeen: string;
  lastSeen: string;
  verdicts: Record<string, number>;
  senderDomain: string | null;
  linkDomains: string[];
  subject: string | null;
  suggestedOps: unknown[] /* PATCH ops (src/admin/patch.ts op objects) that would block it */;
};
export type FeedbackItem = { id: string; report: ReportRow; at: string; note: string; reviewed: boolean };

/** A bad query parameter (a cursor from elsewhere, a date that is not one): the field and why. */
export class QueryError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "QueryError";
  }
}

export const MAX_LIMIT = 200;
const TOP = 10;
const DAY_MS = 24 * 3600 * 1000;

type Row = Record<string, unknown>;

function json<T>(value: unknown, fallback: T): T {
  if (typeof value !== "string") return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

const iso = (ms: unknown) => new Date(Number(ms)).toISOString();

function reportRow(r: Row): ReportRow {
  return {
    id: String(r.id),
    receivedAt: iso(r.received_at),
    verdict: r.verdict as ReportRow["verdict"],
    score: Number(r.score),
    codes: json<string[]>(r.codes, []),
    brand: (r.brand as string | null) ?? null,
    via: String(r.via),
    language: String(r.language),
    ms: Number(r.ms),
    senderDomain: (r.sender_domain as string | null) ?? null,
    linkDomains: json<string[]>(r.link_domains, []),
    subject: (r.subject as string | null) ?? null,
    campaign: (r.campaign as string | null) ?? null,
  };
}

/** Cursor: base64url of JSON [sort value, id] of the last item on the previous page. */
function encodeCursor(at: number, id: string): string {
  return btoa(JSON.stringify([at, id])).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function decodeCursor(cursor: string | undefined): [number, string] | null {
  if (cursor === undefined || cursor === "") return null;
  try {
    const v = JSON.parse(atob(cursor.replace(/-/g, "+").replace(/_/g, "/"))) as unknown;
    if (Array.isArray(v) && v.length === 2 && Number.isFinite(v[0]) && typeof v[1] === "string") return [v[0] as number, v[1]];
  } catch {
    // fall through
  }
  throw new QueryError("cursor", "not a cursor this API returned");
}

/** An ISO date or date-time (or unix ms) as unix ms. */
export function parseSince(since: string | undefined): number | null {
  if (since === undefined || since === "") return null;
  const ms = /^\d{10,13}$/.test(since) ? Number(since) : Date.parse(since);
  if (!Number.isFinite(ms)) throw new QueryError("since", "expected an ISO date (2026-12-01) or date-time (2026-12-01T09:00:00Z)");
  return ms;
}

/** Numbered SQL placeholders: `arg(v)` keeps v in `args` and gives its `?N`. */
function placeholders(): { args: unknown[]; arg: (v: unknown) => string } {
  const args: unknown[] = [];
  return {
    args,
    arg: (v) => {
      args.push(v);
      return `?${args.length}`;
    },
  };
}

function clampLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new QueryError("limit", `expected a whole number from 1 to ${MAX_LIMIT}`);
  return limit;
}

export async function listReports(
  db: D1Database,
  q: { verdict?: string; since?: string; campaign?: string; limit: number; cursor?: string },
): Promise<{ reports: ReportRow[]; cursor: string | null }> {
  const limit = clampLimit(q.limit);
  const where: string[] = [];
  const { args, arg } = placeholders();
  if (q.verdict) where.push(`verdict = ${arg(q.verdict)}`);
  const since = parseSince(q.since);
  if (since !== null) where.push(`received_at >= ${arg(since)}`);
  if (q.campaign) where.push(`campaign = ${arg(q.campaign)}`);
  const after = decodeCursor(q.cursor);
  if (after) where.push(`(received_at < ${arg(after[0])} OR (received_at = ${arg(after[0])} AND id < ${arg(after[1])}))`);
  const sql = `SELECT * FROM reports ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY received_at DESC, id DESC LIMIT ${arg(limit + 1)}`;
  const rows = (await db.prepare(sql).bind(...args).all<Row>()).results;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { reports: page.map(reportRow), cursor: rows.length > limit && last ? encodeCursor(Number(last.received_at), String(last.id)) : null };
}

/** Counts per UTC day for the last `days` days (today included, oldest first), and the top reason codes, brands and domains. */
export async function getStats(db: D1Database, days: number, now = Date.now()): Promise<Stats> {
  if (!Number.isInteger(days) || days < 1 || days > 366) throw new QueryError("days", "expected a whole number from 1 to 366");
  const start = Math.floor(now / DAY_MS) * DAY_MS - (days - 1) * DAY_MS;
  const [perDay, codes, brands, domains] = await db.batch<Row>([
    db.prepare("SELECT strftime('%Y-%m-%d', received_at / 1000, 'unixepoch') AS date, verdict, COUNT(*) AS n FROM reports WHERE received_at >= ?1 GROUP BY date, verdict").bind(start),
    db.prepare(`SELECT j.value AS code, COUNT(*) AS n FROM reports r, json_each(r.codes) j WHERE r.received_at >= ?1 GROUP BY code ORDER BY n DESC, code LIMIT ${TOP}`).bind(start),
    db.prepare(`SELECT brand, COUNT(*) AS n FROM reports WHERE received_at >= ?1 AND brand IS NOT NULL GROUP BY brand ORDER BY n DESC, brand LIMIT ${TOP}`).bind(start),
    db
      .prepare(
        `SELECT domain, COUNT(*) AS n FROM (
           SELECT id, sender_domain AS domain FROM reports WHERE received_at >= ?1 AND sender_domain IS NOT NULL
           UNION SELECT r.id, j.value FROM reports r, json_each(r.link_domains) j WHERE r.received_at >= ?1 AND r.link_domains IS NOT NULL
         ) GROUP BY domain ORDER BY n DESC, domain LIMIT ${TOP}`,
      )
      .bind(start),
  ]);
  const byDate = new Map<string, DayStats>();
  for (let i = 0; i < days; i++) {
    const date = new Date(start + i * DAY_MS).toISOString().slice(0, 10);
    byDate.set(date, { date, dangerous: 0, suspicious: 0, no_signs: 0, unreadable: 0 });
  }
  for (const r of perDay!.results) {
    const day = byDate.get(String(r.date));
    const v = String(r.verdict) as keyof Omit<DayStats, "date">;
    if (day && v in day) day[v] += Number(r.n);
  }
  return {
    days: [...byDate.values()],
    topCodes: codes!.results.map((r) => ({ code: String(r.code), count: Number(r.n) })),
    topBrands: brands!.results.map((r) => ({ brand: String(r.brand), count: Number(r.n) })),
    topDomains: domains!.results.map((r) => ({ domain: String(r.domain), count: Number(r.n) })),
  };
}

const CAMPAIGN_COLUMNS = `campaign AS key, COUNT(*) AS reports, COUNT(DISTINCT reporter) AS reporters, MIN(received_at) AS first, MAX(received_at) AS last,
  SUM(verdict = 'dangerous') AS dangerous, SUM(verdict = 'suspicious') AS suspicious`;

/** The newest report's sender domain, link domains and subject for each campaign key. */
async function latestOf(db: D1Database, keys: string[]): Promise<Map<string, Row>> {
  if (keys.length === 0) return new Map();
  const rows = (
    await db
      .prepare(
        `SELECT campaign, sender_domain, link_domains, subject FROM (
           SELECT campaign, sender_domain, link_domains, subject, ROW_NUMBER() OVER (PARTITION BY campaign ORDER BY received_at DESC, id DESC) AS rn
           FROM reports WHERE campaign IN (SELECT value FROM json_each(?1))
         ) WHERE rn = 1`,
      )
      .bind(JSON.stringify(keys))
      .all<Row>()
  ).results;
  return new Map(rows.map((r) => [String(r.campaign), r]));
}

function campaign(agg: Row, latest: Row | undefined, rules: CompiledRules): Campaign {
  const senderDomain = (latest?.sender_domain as string | null) ?? null;
  const linkDomains = json<string[]>(latest?.link_domains, []);
  const verdicts: Record<string, number> = {};
  for (const v of ["dangerous", "suspicious"]) if (Number(agg[v])) verdicts[v] = Number(agg[v]);
  return {
    key: String(agg.key),
    reports: Number(agg.reports),
    reporters: Number(agg.reporters),
    firstSeen: iso(agg.first),
    lastSeen: iso(agg.last),
    verdicts,
    senderDomain,
    linkDomains,
    subject: (latest?.subject as string | null) ?? null,
    suggestedOps: suggestOps(senderDomain, linkDomains, rules),
  };
}

/**
 * Campaigns (reports grouped by their campaign key: dangerous and suspicious only), most recently
 * seen first. `rules` decides which domains may be suggested for blocking (default: the bundled rules).
 */
export async function listCampaigns(
  db: D1Database,
  q: { limit: number; cursor?: string; since?: string },
  rules: CompiledRules = embeddedRules().compiled,
): Promise<{ campaigns: Campaign[]; cursor: string | null }> {
  const limit = clampLimit(q.limit);
  const since = parseSince(q.since);
  const after = decodeCursor(q.cursor);
  const args: unknown[] = [since ?? 0];
  let having = "";
  if (after) {
    args.push(after[0], after[1]);
    having = "HAVING (MAX(received_at) < ?2 OR (MAX(received_at) = ?2 AND campaign > ?3))";
  }
  args.push(limit + 1);
  const rows = (
    await db
      .prepare(`SELECT ${CAMPAIGN_COLUMNS} FROM reports WHERE campaign IS NOT NULL AND received_at >= ?1 GROUP BY campaign ${having} ORDER BY last DESC, key ASC LIMIT ?${args.length}`)
      .bind(...args)
      .all<Row>()
  ).results;
  const page = rows.slice(0, limit);
  const latest = await latestOf(db, page.map((r) => String(r.key)));
  const last = page.at(-1);
  return {
    campaigns: page.map((r) => campaign(r, latest.get(String(r.key)), rules)),
    cursor: rows.length > limit && last ? encodeCursor(Number(last.last), String(last.key)) : null,
  };
}

/** One campaign with its 20 most recent reports, or null. */
export async function getCampaign(db: D1Database, key: string, rules: CompiledRules = embeddedRules().compiled): Promise<(Campaign & { recent: ReportRow[] }) | null> {
  const agg = await db.prepare(`SELECT ${CAMPAIGN_COLUMNS} FROM reports WHERE campaign = ?1 GROUP BY campaign`).bind(key).first<Row>();
  if (!agg) return null;
  const recent = (await db.prepare("SELECT * FROM reports WHERE campaign = ?1 ORDER BY received_at DESC, id DESC LIMIT 20").bind(key).all<Row>()).results;
  const newest = recent[0];
  return { ...campaign(agg, newest, rules), recent: recent.map(reportRow) };
}

/** Readers' notes on verdicts ("this verdict was wrong"), newest first, each with its report. */
export async function listFeedback(
  db: D1Database,
  q: { limit: number; cursor?: string; reviewed?: boolean },
): Promise<{ feedback: FeedbackItem[]; cursor: string | null }> {
  const limit = clampLimit(q.limit);
  const where: string[] = [];
  const { args, arg } = placeholders();
  if (q.reviewed !== undefined) where.push(`f.reviewed = ${arg(q.reviewed ? 1 : 0)}`);
  const after = decodeCursor(q.cursor);
  if (after) where.push(`(f.at < ${arg(after[0])} OR (f.at = ${arg(after[0])} AND f.id < ${arg(after[1])}))`);
  const sql = `SELECT f.id AS feedback_id, f.at AS feedback_at, f.note AS feedback_note, f.reviewed AS feedback_reviewed, r.*
    FROM feedback f JOIN reports r ON r.id = f.report_id ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY f.at DESC, f.id DESC LIMIT ${arg(limit + 1)}`;
  const rows = (await db.prepare(sql).bind(...args).all<Row>()).results;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    feedback: page.map((r) => ({
      id: String(r.feedback_id),
      report: reportRow(r),
      at: iso(r.feedback_at),
      note: String(r.feedback_note),
      reviewed: Number(r.feedback_reviewed) === 1,
    })),
    cursor: rows.length > limit && last ? encodeCursor(Number(last.feedback_at), String(last.feedback_id)) : null,
  };
}
