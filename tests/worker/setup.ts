/**
 * Before each test file in workerd (setupFiles). The workerd project runs its files one after another in
 * one runtime (isolate: false in vitest.config.ts), so each file is given here the state a fresh runtime
 * would have: migrations/ applied to the D1 database (already-applied ones are skipped), both tables
 * empty, the rules KV empty (the embedded default rules are active) and the isolate's rules cache
 * forgotten. The Cache API and rate-limit counters are not reset: tests use senders no other test uses.
 */
import { applyD1Migrations, env } from "cloudflare:test";
import { resetRulesCache } from "../../src/rules/store";
import { emptyKv } from "../helpers";

const e = env as unknown as Env & { TEST_MIGRATIONS: Parameters<typeof applyD1Migrations>[1] };
await applyD1Migrations(e.DB!, e.TEST_MIGRATIONS);
await e.DB!.batch([e.DB!.prepare("DELETE FROM feedback"), e.DB!.prepare("DELETE FROM reports")]);
await emptyKv(e.RULES);
resetRulesCache();
