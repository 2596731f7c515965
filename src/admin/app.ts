import { OpenAPIHono, createRoute } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { activeRules } from "../rules/store";
import { requireAdmin } from "./auth";
import { onAdminError, validationHook } from "./errors";
import { Health } from "./openapi/schemas";
import { consoleRoutes } from "./console/app";
import { checkRoutes } from "./routes-check";
import { historyRoutes } from "./routes-history";
import { reportsRoutes } from "./routes-reports";
import { rulesRoutes } from "./routes-rules";
import type { AdminEnv } from "./types";

export type { AdminBindings } from "./types";

/** Largest JSON body (a whole rule set) and largest mail for /admin/check; bigger bodies get 413. */
export const MAX_JSON_BYTES = 4 * 1024 * 1024;
export const MAX_MAIL_BYTES = 10 * 1024 * 1024;

const health = createRoute({
  method: "get",
  path: "/health",
  summary: "Liveness and the rules version this isolate uses (no token needed)",
  security: [],
  responses: { 200: { content: { "application/json": { schema: Health } }, description: "Alive" } },
});

const tooLarge = () => {
  throw new HTTPException(413);
};

/**
 * The HTTP side of the worker: GET /health, and the admin API under /admin/ (bearer token,
 * see auth.ts). Every /admin/ route — including /admin/openapi.json — needs the token.
 */
export function createAdminApp() {
  const app = new OpenAPIHono<AdminEnv>({ defaultHook: validationHook });

  app.openapi(health, async (c) => {
    const rules = await activeRules(c.env.RULES);
    return c.json({ ok: true, rulesVersion: rules.version }, 200);
  });

  // The browser console (session cookie, not a bearer token): registered first, so it answers before requireAdmin.
  app.get("/admin", (c) => c.redirect("/admin/console/", 302));
  app.get("/admin/", (c) => c.redirect("/admin/console/", 302));
  app.route("/admin/console", consoleRoutes());

  // Token first (a stranger learns nothing, not even the size limit), then the size limit.
  app.use("/admin/*", requireAdmin());
  app.use("/admin/check", bodyLimit({ maxSize: MAX_MAIL_BYTES, onError: tooLarge }));
  app.use("/admin/*", async (c, next) => {
    if (c.req.path === "/admin/check") return next();
    return bodyLimit({ maxSize: MAX_JSON_BYTES, onError: tooLarge })(c, next);
  });

  app.route("/admin", rulesRoutes());
  app.route("/admin", historyRoutes());
  app.route("/admin", checkRoutes());
  app.route("/admin", reportsRoutes());

  app.openAPIRegistry.registerComponent("securitySchemes", "adminToken", {
    type: "http",
    scheme: "bearer",
    description: "ADMIN_TOKEN (one token, or one of its label:token entries)",
  });
  app.doc("/admin/openapi.json", {
    openapi: "3.0.3",
    info: {
      title: "phishcheck admin API",
      version: "1",
      description: "Versioned rule updates without a redeploy. Every change needs If-Match (the ETag of GET /admin/rules), is checked, then activated as a new version.",
    },
    security: [{ adminToken: [] }],
  });

  app.notFound((c) => c.json({ error: "not_found", path: new URL(c.req.url).pathname }, 404));
  app.onError(onAdminError);
  return app;
}
