import type { MiddlewareHandler } from "hono";
import { timingSafeEqual } from "hono/utils/buffer";
import type { AdminEnv } from "./types";

/**
 * Bearer tokens for /admin/*. `ADMIN_TOKEN` (a secret) is either one token — its label in the
 * audit log is "admin" — or a comma-separated list of `label:token` entries
 * (`alice:3kq…,ci-bot:Zx9…`), so the audit log says whose token made each change.
 * Labels: 1-32 of [A-Za-z0-9_.-]. Tokens: at least 16 characters of [A-Za-z0-9._~+/-] (no ":" or ","),
 * shorter or malformed entries are ignored. No usable entry = the admin API answers 503, never open.
 */
export type AdminToken = { label: string; token: string };

const LABEL = /^[A-Za-z0-9_.-]{1,32}$/;
const TOKEN = /^[A-Za-z0-9._~+/-]{16,512}=*$/;
export const DEFAULT_LABEL = "admin";

export function parseAdminTokens(secret: string | undefined): AdminToken[] {
  if (!secret) return [];
  const out: AdminToken[] = [];
  for (const raw of secret.split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const colon = entry.indexOf(":");
    const label = colon < 0 ? DEFAULT_LABEL : entry.slice(0, colon).trim();
    const token = colon < 0 ? entry : entry.slice(colon + 1).trim();
    if (LABEL.test(label) && TOKEN.test(token)) out.push({ label, token });
  }
  return out;
}

/** The label of the configured token equal to `presented`, compared in constant time (every entry is compared). */
export async function matchToken(tokens: AdminToken[], presented: string): Promise<string | null> {
  let who: string | null = null;
  for (const t of tokens) if ((await timingSafeEqual(t.token, presented)) && who === null) who = t.label;
  return who;
}

/** 503 when no token is configured, 401 for a missing, malformed or wrong token — the same body either way. */
export function requireAdmin(): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const tokens = parseAdminTokens(c.env.ADMIN_TOKEN);
    if (tokens.length === 0) return c.json({ error: "admin_disabled", message: "admin disabled" }, 503);
    const header = c.req.header("authorization") ?? "";
    const m = /^Bearer +(\S+)\s*$/i.exec(header);
    const who = m ? await matchToken(tokens, m[1]!) : null;
    if (who === null) {
      c.header("WWW-Authenticate", 'Bearer realm="phishcheck-admin"');
      return c.json({ error: "unauthorized" }, 401);
    }
    c.set("who", who);
    await next();
  };
}
