import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { z } from "zod";

/** One problem with a request body: the field path at fault (`brands.3.domains.0`; "" for the body itself). */
export type Issue = { path: string; message: string };

export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

export function invalidBody(c: Context, issues: Issue[], error = "invalid_body") {
  return c.json({ error, issues }, 400);
}

/** The OpenAPIHono default hook: a body or query that fails its zod schema is a 400 naming the fields. */
export function validationHook(result: { success: boolean; error?: unknown; target: string }, c: Context) {
  if (result.success) return;
  const issues = zodIssues(result.error as z.ZodError);
  return invalidBody(c, issues, result.target === "json" ? "invalid_body" : "invalid_request");
}

/** Errors thrown by Hono's middleware (body limit, JSON parse, media type) as JSON; anything else is a 500. */
export function onAdminError(err: Error, c: Context) {
  if (err instanceof HTTPException) {
    const status = err.status;
    if (status === 413) return c.json({ error: "payload_too_large", message: "request body too large" }, 413);
    if (status === 415) return c.json({ error: "unsupported_media_type", message: "send the body as JSON with Content-Type: application/json" }, 415);
    if (status === 400) return c.json({ error: "invalid_json", message: err.message }, 400);
    return c.json({ error: "http_error", message: err.message }, status);
  }
  console.error(JSON.stringify({ event: "admin_error", error: err.message.slice(0, 200) }));
  return c.json({ error: "internal" }, 500);
}
