import { Hono } from "hono";
import { activeRules } from "../rules/store";

export type AdminBindings = { RULES: KVNamespace; ADMIN_TOKEN?: string };

/** The HTTP side of the worker: health and (issue 4) the admin API. */
export function createAdminApp() {
  const app = new Hono<{ Bindings: AdminBindings }>();
  app.get("/health", async (c) => {
    const rules = await activeRules(c.env.RULES);
    return c.json({ ok: true, rulesVersion: rules.version });
  });
  app.notFound((c) => c.json({ error: "not_found", path: new URL(c.req.url).pathname }, 404));
  return app;
}
