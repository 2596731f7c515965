import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import { checkMail } from "../check";
import { explain } from "../reply/reasons";
import { activeRules } from "../rules/store";
import { validationHook } from "./errors";
import { CheckJson, ErrorBody } from "./openapi/schemas";
import type { AdminEnv } from "./types";

export const checkRoute = createRoute({
  method: "post",
  path: "/check",
  summary: "Check a raw .eml with the live rules; answers what `npm run check -- --json` prints for a file",
  request: {
    body: {
      content: { "message/rfc822": { schema: z.string().openapi({ format: "binary" }) } },
      description: "The raw mail (any Content-Type is accepted; the body is read as bytes)",
      required: true,
    },
  },
  responses: {
    200: { content: { "application/json": { schema: CheckJson } }, description: "The verdict; X-Rules-Version header: the rules version used" },
    400: { content: { "application/json": { schema: ErrorBody } }, description: "Empty body" },
    413: { content: { "application/json": { schema: ErrorBody } }, description: "Body too large" },
  },
});

export function checkRoutes() {
  const app = new OpenAPIHono<AdminEnv>({ defaultHook: validationHook });
  app.openapi(checkRoute, async (c) => {
    const raw = new Uint8Array(await c.req.arrayBuffer());
    if (raw.byteLength === 0) return c.json({ error: "empty_body", message: "send the raw mail as the request body" }, 400);
    const rules = await activeRules(c.env.RULES);
    const result = await checkMail(raw, rules);
    const lang = result.language;
    c.header("X-Rules-Version", String(rules.version));
    const reasons = result.reasons.map((r) => ({ code: r.code, severity: r.severity, message: explain(r)[lang] }));
    return c.json({ file: "request" as const, verdict: result.verdict, score: result.score, language: lang, reasons }, 200);
  });
  return app;
}
