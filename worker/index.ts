import { EmailMessage } from "cloudflare:email";
import { handleEmail, type Memo } from "../src/handle-email";
import { activeRules } from "../src/rules/store";
import { createAdminApp } from "../src/admin/app";

export type Env = {
  RULES: KVNamespace;
  /** Secret: the admin API's bearer token (wrangler secret put ADMIN_TOKEN). Unset = admin disabled. */
  ADMIN_TOKEN?: string;
  /** Our check address; mail from it or its domain is never answered. */
  CHECK_ADDRESS?: string;
  SENDER_LIMIT?: RateLimit;
  /** The reports database (migrations/0001_reports.sql). */
  DB?: D1Database;
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

export default {
  async email(message: ForwardableEmailMessage, env: Env, _ctx: ExecutionContext): Promise<void> {
    await handleEmail(message, {
      rules: () => activeRules(env.RULES),
      sendReply: (raw, from, to) => message.reply(new EmailMessage(from, to, raw)),
      limiter: env.SENDER_LIMIT,
      memo: cacheMemo(),
      ownAddresses: env.CHECK_ADDRESS ? [env.CHECK_ADDRESS] : [],
    });
  },
  fetch: admin.fetch,
} satisfies ExportedHandler<Env>;
