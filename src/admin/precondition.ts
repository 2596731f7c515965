import type { MiddlewareHandler } from "hono";
import { readActive } from "../rules/store";
import type { AdminEnv } from "./types";

/** True when an If-Match header lists `etag` (strong comparison; quotes optional for shell users). */
export function etagMatches(header: string, etag: string): boolean {
  const bare = (s: string) => s.trim().replace(/^"|"$/g, "");
  return header.split(",").some((t) => t.trim() !== "" && !t.trim().startsWith("W/") && bare(t) === bare(etag));
}

/**
 * Optimistic concurrency for changes: reads the active record once, answers 428 when If-Match is
 * absent (and required) and 412 when it is not the current ETag; otherwise hands the record on as
 * `current`. Runs before the body is read, so a stale change never gets further.
 */
export function ifMatch(required: boolean): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const current = await readActive(c.env.RULES);
    const header = c.req.header("if-match");
    if (header === undefined) {
      if (required)
        return c.json({ error: "precondition_required", message: "send If-Match with the ETag of GET /admin/rules" }, 428);
    } else if (!etagMatches(header, current.etag)) {
      return c.json(
        { error: "precondition_failed", message: "the rules changed since you read them: GET /admin/rules again", version: current.version },
        412,
      );
    }
    c.set("current", current);
    await next();
  };
}
