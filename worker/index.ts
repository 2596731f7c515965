import { EmailMessage } from "cloudflare:email";
import { handleEmail, type Memo } from "../src/handle-email";
import { settingsFrom, type SettingsVars } from "../src/email/settings";
import { activeRules } from "../src/rules/store";
import { createAdminApp } from "../src/admin/app";
import { d1Reports } from "../src/reports/write";
import { reporterKey } from "../src/reports/reporter";
import { runRetention } from "./retention";

export type Env = SettingsVars & {
  RULES: KVNamespace;
  /** Secret: the admin API's bearer token (wrangler secret put ADMIN_TOKEN). Unset = admin disabled. */
  ADMIN_TOKEN?: string;
  /** Our check address: mail from it (or carrying our marker) is never answered. */
  CHECK_ADDRESS?: string;
  SENDER_LIMIT?: RateLimit;
  /** The reports database (migrations/); absent = nothing is recorded. */
  DB?: D1Database;
  /** Secret: the HMAC key for the reporter column (wrangler secret put REPORTER_KEY). */
  REPORTER_KEY?: string;
};

/** Per-mail memory in the Cache API (never KV): a key is "seen" until its TTL runs out. */
function cacheMemo(): Memo | undefined {
  if (typeof caches === "undefined") return undefined;
  const cache = caches.default;
  return {
    async firstTime(key, ttl) {
      const url = `https://phishcheck.internal/memo/${encodeURIComponent(key)}`;
      if (await cache.match(url)) return false;
      await cache.put(url, new Response("1", { headers: { "cache-control": `max-age=${ttl}` } }));
      return true;
    },
  };
}

const admin = createAdminApp();
const log = (e: Record<string, unknown>) => console.log(JSON.stringify(e));
const logError = (e: Record<string, unknown>) => console.error(JSON.stringify(e));

export default {
  async email(message: ForwardableEmailMessage, env: Env, ctx: ExecutionContext): Promise<void> {
    // Work after the answer (the report row) runs in waitUntil; without a context (a bare call), it is awaited after the answer.
    const pending: Promise<unknown>[] = [];
    const defer = typeof ctx?.waitUntil === "function" ? (p: Promise<unknown>) => ctx.waitUntil(p) : (p: Promise<unknown>) => void pending.push(p);
    const own = env.CHECK_ADDRESS ? [env.CHECK_ADDRESS] : [];
    await handleEmail(message, {
      rules: () => activeRules(env.RULES),
      sendReply: (raw, from, to) => message.reply(new EmailMessage(from, to, raw)),
      limiter: env.SENDER_LIMIT,
      memo: cacheMemo(),
      ownAddresses: own,
      settings: settingsFrom(env, logError),
      reports: env.DB ? d1Reports(env.DB, reporterKey(env.REPORTER_KEY, env.CHECK_ADDRESS ?? message.to, logError)) : undefined,
      defer,
      log,
    });
    await Promise.all(pending);
  },
  fetch: admin.fetch,
  /** Cron Trigger (wrangler.toml [triggers]): deletes reports older than RETENTION_DAYS, with their feedback. */
  async scheduled(_controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
    const work = runRetention(env, Date.now(), log);
    if (typeof ctx?.waitUntil === "function") ctx.waitUntil(work);
    await work;
  },
} satisfies ExportedHandler<Env>;
