import { OpenAPIHono, createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { getStats, listCampaigns, listFeedback, listReports, QueryError } from "../reports/queries";
import { activeRules } from "../rules/store";
import { validationHook } from "./errors";
import { CampaignsPage, CampaignsQuery, FeedbackPage, FeedbackQuery, ReportsPage, ReportsQuery, Stats, StatsQuery } from "./openapi/reports";
import { errorResponse, jsonResponse } from "./openapi/schemas";
import type { AdminEnv } from "./types";

const json = jsonResponse;
const err = errorResponse;

export const reportsRoute = createRoute({
  method: "get",
  path: "/reports",
  summary: "Checked mails, newest first: metadata only (filters: verdict, since, campaign; paged by limit/cursor)",
  request: { query: ReportsQuery },
  responses: { 200: json(ReportsPage, "A page of reports"), 400: err("A bad query parameter (the issue names it)"), 503: err("No reports database (DB binding)") },
});

export const statsRoute = createRoute({
  method: "get",
  path: "/stats",
  summary: "Verdicts per UTC day for the last N days, and the top reason codes, brands and domains",
  request: { query: StatsQuery },
  responses: { 200: json(Stats, "The counts"), 400: err("A bad query parameter (the issue names it)"), 503: err("No reports database (DB binding)") },
});

export const campaignsRoute = createRoute({
  method: "get",
  path: "/campaigns",
  summary: "Dangerous and suspicious reports grouped by campaign (sender domain | main link domain | subject), with the PATCH ops that would block each",
  request: { query: CampaignsQuery },
  responses: { 200: json(CampaignsPage, "A page of campaigns"), 400: err("A bad query parameter (the issue names it)"), 503: err("No reports database (DB binding)") },
});

export const feedbackRoute = createRoute({
  method: "get",
  path: "/feedback",
  summary: "Readers' replies to verdicts (\"this verdict was wrong\"), newest first, each with its report",
  request: { query: FeedbackQuery },
  responses: { 200: json(FeedbackPage, "A page of feedback"), 400: err("A bad query parameter (the issue names it)"), 503: err("No reports database (DB binding)") },
});

const disabled = (c: Context<AdminEnv>) => c.json({ error: "reports_disabled", message: 'no DB binding: see README "Reports"' }, 503);
/** A QueryError (a cursor from elsewhere) is a 400 naming the field, like the schema's own. */
const badQuery = (c: Context<AdminEnv>, e: QueryError) => c.json({ error: "invalid_request", issues: [{ path: e.field, message: e.message }] }, 400);

export function reportsRoutes() {
  const app = new OpenAPIHono<AdminEnv>({ defaultHook: validationHook });

  app.openapi(reportsRoute, async (c) => {
    if (!c.env.DB) return disabled(c);
    try {
      return c.json(await listReports(c.env.DB, c.req.valid("query")), 200);
    } catch (e) {
      if (e instanceof QueryError) return badQuery(c, e);
      throw e;
    }
  });

  app.openapi(statsRoute, async (c) => {
    if (!c.env.DB) return disabled(c);
    try {
      return c.json(await getStats(c.env.DB, c.req.valid("query").days), 200);
    } catch (e) {
      if (e instanceof QueryError) return badQuery(c, e);
      throw e;
    }
  });

  app.openapi(campaignsRoute, async (c) => {
    if (!c.env.DB) return disabled(c);
    try {
      const rules = await activeRules(c.env.RULES);
      const page = await listCampaigns(c.env.DB, c.req.valid("query"), rules);
      return c.json({ ...page, campaigns: page.campaigns.map((x) => ({ ...x, suggestedOps: x.suggestedOps as { op: "add_block_domain"; domain: string }[] })) }, 200);
    } catch (e) {
      if (e instanceof QueryError) return badQuery(c, e);
      throw e;
    }
  });

  app.openapi(feedbackRoute, async (c) => {
    if (!c.env.DB) return disabled(c);
    const q = c.req.valid("query");
    try {
      return c.json(await listFeedback(c.env.DB, { limit: q.limit, cursor: q.cursor, reviewed: q.reviewed === undefined ? undefined : q.reviewed === "true" }), 200);
    } catch (e) {
      if (e instanceof QueryError) return badQuery(c, e);
      throw e;
    }
  });

  return app;
}
