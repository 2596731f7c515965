import { z } from "@hono/zod-openapi";
import { MAX_LIMIT } from "../../reports/queries";

/** Schemas of the reports routes (GET /admin/reports, /stats, /campaigns, /feedback): shapes of src/reports/queries.ts. */

const Verdict = z.enum(["dangerous", "suspicious", "no_signs", "unreadable"]);

const isDate = (s: string) => /^\d{10,13}$/.test(s) || Number.isFinite(Date.parse(s));
const limit = z.coerce.number().int().min(1).max(MAX_LIMIT).default(50).openapi({ param: { name: "limit", in: "query" }, example: 50 });
const cursor = z.string().max(1000).optional().openapi({ param: { name: "cursor", in: "query" }, description: "the `cursor` of the previous page" });
const since = z
  .string()
  .max(40)
  .refine(isDate, "expected an ISO date (2026-12-01) or date-time (2026-12-01T09:00:00Z)")
  .optional()
  .openapi({ param: { name: "since", in: "query" }, example: "2026-12-01" });

export const ReportsQuery = z.object({
  verdict: Verdict.optional().openapi({ param: { name: "verdict", in: "query" } }),
  since,
  campaign: z.string().max(400).optional().openapi({ param: { name: "campaign", in: "query" }, description: "a campaign key from GET /admin/campaigns" }),
  limit,
  cursor,
});
export const StatsQuery = z.object({
  days: z.coerce.number().int().min(1).max(366).default(30).openapi({ param: { name: "days", in: "query" }, example: 7 }),
});
export const CampaignsQuery = z.object({ since, limit, cursor });
export const FeedbackQuery = z.object({
  reviewed: z.enum(["true", "false"]).optional().openapi({ param: { name: "reviewed", in: "query" } }),
  limit,
  cursor,
});

export const Report = z
  .object({
    id: z.string(),
    receivedAt: z.string().openapi({ example: "2026-12-01T03:14:15.000Z" }),
    verdict: Verdict,
    score: z.number(),
    codes: z.array(z.string()),
    brand: z.string().nullable().openapi({ description: "the brand id the mail claimed (rules/brands.json)" }),
    via: z.string().openapi({ description: "attached | inline | direct" }),
    language: z.string(),
    ms: z.number().int(),
    senderDomain: z.string().nullable().openapi({ description: "dangerous/suspicious only" }),
    linkDomains: z.array(z.string()).openapi({ description: "dangerous/suspicious only: up to 5 registrable domains" }),
    subject: z.string().nullable().openapi({ description: "dangerous/suspicious only: the attacker's subject" }),
    campaign: z.string().nullable(),
  })
  .openapi("Report", { description: "One checked mail: metadata only, never body text; the reporter is a keyed hash and not returned" });

export const ReportsPage = z.object({ reports: z.array(Report), cursor: z.string().nullable() }).openapi("ReportsPage");

export const Stats = z
  .object({
    days: z.array(z.object({ date: z.string(), dangerous: z.number().int(), suspicious: z.number().int(), no_signs: z.number().int(), unreadable: z.number().int() })),
    topCodes: z.array(z.object({ code: z.string(), count: z.number().int() })),
    topBrands: z.array(z.object({ brand: z.string(), count: z.number().int() })),
    topDomains: z.array(z.object({ domain: z.string(), count: z.number().int() })),
  })
  .openapi("Stats");

export const CampaignSchema = z
  .object({
    key: z.string().openapi({ example: "emailamazoncojp.cf|amazon-jp-owner-check.ml|とても残念です!amazonアカウントに異常があります。" }),
    reports: z.number().int(),
    reporters: z.number().int().openapi({ description: "distinct reporters (counted by keyed hash)" }),
    firstSeen: z.string(),
    lastSeen: z.string(),
    verdicts: z.record(z.string(), z.number().int()),
    senderDomain: z.string().nullable(),
    linkDomains: z.array(z.string()),
    subject: z.string().nullable(),
    suggestedOps: z
      .array(z.object({ op: z.literal("add_block_domain"), domain: z.string() }))
      .openapi({ description: "PATCH /admin/rules ops that would block it (never a brand's, a vouched-for, freemail, shortener or hosting-platform domain)" }),
  })
  .openapi("Campaign");
export const CampaignsPage = z.object({ campaigns: z.array(CampaignSchema), cursor: z.string().nullable() }).openapi("CampaignsPage");

export const FeedbackItem = z
  .object({ id: z.string(), report: Report, at: z.string(), note: z.string().openapi({ description: "the reader's own words, first 500 characters" }), reviewed: z.boolean() })
  .openapi("Feedback");
export const FeedbackPage = z.object({ feedback: z.array(FeedbackItem), cursor: z.string().nullable() }).openapi("FeedbackPage");
