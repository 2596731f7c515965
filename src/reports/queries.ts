/**
 * Read functions over the reports database (migrations/0001_reports.sql), as the shared contract
 * names them: the admin JSON routes and the console read the same rows. Metadata only.
 */

export type ReportRow = {
  id: string;
  receivedAt: string /* ISO */;
  verdict: "dangerous" | "suspicious" | "no_signs" | "unreadable";
  score: number;
  codes: string[];
  brand: string | null;
  via: string;
  language: string;
  ms: number;
  senderDomain: string | null;
  linkDomains: string[];
  subject: string | null;
  campaign: string | null;
};
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

type Row = {
  id: string;
  received_at: number;
  verdict: ReportRow["verdict"];
  score: number;
  codes: string;
  brand: string | null;
  via: string;
  language: string;
  ms: number;
  sender_domain: string | null;
  link_domains: string | null;
  subject: string | null;
  campaign: string | null;
};

const DAY = 86_400_000;

function jsonList(s: string | null): string[] {
  if (!s) return [];
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

function toReport(r: Row): ReportRow {
  return {
    id: r.id,
    receivedAt: new Date(r.received_at).toISOString(),
    verdict: r.verdict,
    score: r.score,
    codes: jsonList(r.codes),
    brand: r.brand,
    via: r.via,
    language: r.language,
    ms: r.ms,
    senderDomain: r.sender_domain,
    linkDomains: jsonList(r.link_domains),
    subject: r.subject,
    campaign: r.campaign,
  };
}

const COLUMNS = "id, received_at, verdict, score, codes, brand, via, language, ms, sender_domain, link_domains, subject, campaign";

/** Cursor of a (received_at, id) keyset page: "<ms>:<id>". */
function parseCursor(cursor: string | undefined): [number, string] | null {
  if (!cursor) return null;
  const at = cursor.indexOf(":");
  const ms = Number(cursor.slice(0, at));
  return at > 0 && Number.isFinite(ms) ? [ms, cursor.slice(at + 1)] : null;
}

const sinceMs = (since: string | undefined) => (since && Number.isFinite(Date.parse(since)) ? Date.parse(since) : 0);

export async function listReports(
  db: D1Database,
  q: { verdict?: string; since?: string; campaign?: string; limit: number; cursor?: string },
): Promise<{ reports: ReportRow[]; cursor: string | null }> {
  const where = ["received_at >= ?"];
  const args: unknown[] = [sinceMs(q.since)];
  if (q.verdict) where.push("verdict = ?"), args.push(q.verdict);
  if (q.campaign) where.push("campaign = ?"), args.push(q.campaign);
  const cur = parseCursor(q.cursor);
  if (cur) where.push("(received_at < ? OR (received_at = ? AND id < ?))"), args.push(cur[0], cur[0], cur[1]);
  const limit = Math.max(1, Math.min(q.limit, 500));
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM reports WHERE ${where.join(" AND ")} ORDER BY received_at DESC, id DESC LIMIT ?`)
    .bind(...args, limit + 1)
    .all<Row>();
  const page = results.slice(0, limit);
  const last = page[page.length - 1];
  return { reports: page.map(toReport), cursor: results.length > limit && last ? `${last.received_at}:${last.id}` : null };
}

export async function getStats(db: D1Database, days: number): Promise<Stats> {
  const n = Math.max(1, Math.min(Math.floor(days), 366));
  const today = Math.floor(Date.now() / DAY) * DAY;
  const from = today - (n - 1) * DAY;
  const [perDay, codes, brands, domains] = await db.batch([
    db.prepare("SELECT (received_at / 86400000) AS day, verdict, COUNT(*) AS n FROM reports WHERE received_at >= ? GROUP BY day, verdict").bind(from),
    db.prepare("SELECT j.value AS code, COUNT(*) AS n FROM reports, json_each(reports.codes) AS j WHERE received_at >= ? GROUP BY j.value ORDER BY n DESC, code LIMIT 10").bind(from),
    db.prepare("SELECT brand, COUNT(*) AS n FROM reports WHERE received_at >= ? AND brand IS NOT NULL GROUP BY brand ORDER BY n DESC, brand LIMIT 10").bind(from),
    db
      .prepare(
        "SELECT domain, COUNT(*) AS n FROM (SELECT sender_domain AS domain FROM reports WHERE received_at >= ?1 AND sender_domain IS NOT NULL UNION ALL SELECT j.value FROM reports, json_each(reports.link_domains) AS j WHERE received_at >= ?1 AND link_domains IS NOT NULL) GROUP BY domain ORDER BY n DESC, domain LIMIT 10",
      )
      .bind(from),
  ]);
  const out: DayStats[] = [];
  for (let i = 0; i < n; i++) out.push({ date: new Date(from + i * DAY).toISOString().slice(0, 10), dangerous: 0, suspicious: 0, no_signs: 0, unreadable: 0 });
  for (const r of perDay!.results as { day: number; verdict: string; n: number }[]) {
    const d = out[r.day - from / DAY];
    if (d && (r.verdict === "dangerous" || r.verdict === "suspicious" || r.verdict === "no_signs" || r.verdict === "unreadable")) d[r.verdict] = r.n;
  }
  return {
    days: out,
    topCodes: (codes!.results as { code: string; n: number }[]).map((r) => ({ code: r.code, count: r.n })),
    topBrands: (brands!.results as { brand: string; n: number }[]).map((r) => ({ brand: r.brand, count: r.n })),
    topDomains: (domains!.results as { domain: string; n: number }[]).map((r) => ({ domain: r.domain, count: r.n })),
  };
}

async function campaignOf(db: D1Database, key: string, agg: { n: number; reporters: number; first: number; last: number }): Promise<Campaign> {
  const [verdicts, latest, links] = await db.batch([
    db.prepare("SELECT verdict, COUNT(*) AS n FROM reports WHERE campaign = ? GROUP BY verdict").bind(key),
    db.prepare("SELECT sender_domain, subject FROM reports WHERE campaign = ? ORDER BY received_at DESC LIMIT 1").bind(key),
    db.prepare("SELECT j.value AS domain, COUNT(*) AS n FROM reports, json_each(reports.link_domains) AS j WHERE campaign = ? AND link_domains IS NOT NULL GROUP BY j.value ORDER BY n DESC, domain LIMIT 5").bind(key),
  ]);
  const l = (latest!.results as { sender_domain: string | null; subject: string | null }[])[0];
  const linkDomains = (links!.results as { domain: string }[]).map((r) => r.domain);
  const senderDomain = l?.sender_domain ?? null;
  const blockable = [...new Set([...(senderDomain ? [senderDomain] : []), ...linkDomains])];
  return {
    key,
    reports: agg.n,
    reporters: agg.reporters,
    firstSeen: new Date(agg.first).toISOString(),
    lastSeen: new Date(agg.last).toISOString(),
    verdicts: Object.fromEntries((verdicts!.results as { verdict: string; n: number }[]).map((r) => [r.verdict, r.n])),
    senderDomain,
    linkDomains,
    subject: l?.subject ?? null,
    suggestedOps: blockable.map((domain) => ({ op: "add_block_domain", domain })),
  };
}

type Agg = { campaign: string; n: number; reporters: number; first: number; last: number };
const AGG = "SELECT campaign, COUNT(*) AS n, COUNT(DISTINCT reporter) AS reporters, MIN(received_at) AS first, MAX(received_at) AS last FROM reports";

export async function listCampaigns(db: D1Database, q: { limit: number; cursor?: string; since?: string }): Promise<{ campaigns: Campaign[]; cursor: string | null }> {
  const limit = Math.max(1, Math.min(q.limit, 100));
  const offset = Math.max(0, Number(q.cursor) || 0);
  const { results } = await db
    .prepare(`${AGG} WHERE campaign IS NOT NULL AND received_at >= ? GROUP BY campaign ORDER BY n DESC, last DESC, campaign LIMIT ? OFFSET ?`)
    .bind(sinceMs(q.since), limit + 1, offset)
    .all<Agg>();
  const campaigns = await Promise.all(results.slice(0, limit).map((a) => campaignOf(db, a.campaign, a)));
  return { campaigns, cursor: results.length > limit ? String(offset + limit) : null };
}

export async function getCampaign(db: D1Database, key: string): Promise<(Campaign & { recent: ReportRow[] }) | null> {
  const agg = await db.prepare(`${AGG} WHERE campaign = ? GROUP BY campaign`).bind(key).first<Agg>();
  if (!agg) return null;
  const campaign = await campaignOf(db, key, agg);
  const { reports } = await listReports(db, { campaign: key, limit: 50 });
  return { ...campaign, recent: reports };
}

export async function listFeedback(db: D1Database, q: { limit: number; cursor?: string; reviewed?: boolean }): Promise<{ feedback: FeedbackItem[]; cursor: string | null }> {
  const where: string[] = [];
  const args: unknown[] = [];
  if (q.reviewed !== undefined) where.push("f.reviewed = ?"), args.push(q.reviewed ? 1 : 0);
  const cur = parseCursor(q.cursor);
  if (cur) where.push("(f.at < ? OR (f.at = ? AND f.id < ?))"), args.push(cur[0], cur[0], cur[1]);
  const limit = Math.max(1, Math.min(q.limit, 500));
  const cols = COLUMNS.split(", ").map((c) => `r.${c}`).join(", ");
  const { results } = await db
    .prepare(
      `SELECT f.id AS f_id, f.at AS f_at, f.note AS f_note, f.reviewed AS f_reviewed, ${cols} FROM feedback f JOIN reports r ON r.id = f.report_id ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY f.at DESC, f.id DESC LIMIT ?`,
    )
    .bind(...args, limit + 1)
    .all<Row & { f_id: string; f_at: number; f_note: string; f_reviewed: number }>();
  const page = results.slice(0, limit);
  const last = page[page.length - 1];
  return {
    feedback: page.map((r) => ({ id: r.f_id, report: toReport(r), at: new Date(r.f_at).toISOString(), note: r.f_note, reviewed: r.f_reviewed !== 0 })),
    cursor: results.length > limit && last ? `${last.f_at}:${last.f_id}` : null,
  };
}
