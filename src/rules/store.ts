import { compileRules, type CompiledRules } from "./compile";
import { defaultRules } from "./default";
import { RuleSetSchema, type RuleSet } from "./schema";

/**
 * Rules in KV. Key layout:
 *   rules:active          the active rule set: {version, etag, activatedAt, rules} — one key, so a
 *                         reader sees the old set or the new one, never a half, in one read
 *   rules:v:<00000001>    every rule set ever activated, immutable: {version, createdAt, author, summary, rules}
 *   audit:<00000001>      one audit entry per change: {version, at, author, action, summary}
 * No key is ever written per mail. Version 0 is the embedded default (rules/ in the bundle).
 */
export const ACTIVE_KEY = "rules:active";
export const versionKey = (v: number) => `rules:v:${String(v).padStart(8, "0")}`;
export const auditKey = (v: number) => `audit:${String(v).padStart(8, "0")}`;

export type ActiveRecord = { version: number; etag: string; activatedAt: string; rules: RuleSet };

/** How long an isolate trusts its copy before it looks at KV again; KV's own cache is at least 60 s. */
export const REFRESH_MS = 30_000;
/** KV edge cache time for the active pointer (KV's minimum). */
export const KV_CACHE_TTL = 60;

type Cached = { compiled: CompiledRules; etag: string; checkedAt: number };
let cached: Cached | null = null;
let embedded: Cached | null = null;

export function embeddedRules(): Cached {
  embedded ??= { compiled: compileRules(defaultRules(), 0), etag: "\"v0\"", checkedAt: 0 };
  return embedded;
}

/** Forget the isolate's copy (tests; and after an admin change in this isolate). */
export function resetRulesCache(): void {
  cached = null;
}

/** Installs a freshly activated rule set in this isolate, so the next mail here uses it at once. */
export function installActive(record: ActiveRecord, now = Date.now()): CompiledRules {
  cached = { compiled: compileRules(record.rules, record.version), etag: record.etag, checkedAt: now };
  return cached.compiled;
}

/**
 * The rules in force. At most one KV read per mail (none while the isolate's copy is fresh);
 * rules are compiled once per version per isolate. A KV outage or a bad stored value keeps the
 * last good rules (or the embedded default) — mail is never dropped for want of rules.
 */
export async function activeRules(kv: KVNamespace | undefined, now = Date.now()): Promise<CompiledRules> {
  if (cached && now - cached.checkedAt < REFRESH_MS) return cached.compiled;
  if (!kv) return embeddedRules().compiled;
  try {
    const record = await kv.get<ActiveRecord>(ACTIVE_KEY, { type: "json", cacheTtl: KV_CACHE_TTL });
    if (!record) {
      cached = { ...embeddedRules(), checkedAt: now };
      return cached.compiled;
    }
    if (cached && cached.etag === record.etag) {
      cached.checkedAt = now;
      return cached.compiled;
    }
    const rules = RuleSetSchema.parse(record.rules);
    return installActive({ ...record, rules }, now);
  } catch (e) {
    console.error(JSON.stringify({ event: "rules_load_failed", error: e instanceof Error ? e.message.slice(0, 200) : "unknown" }));
    if (cached) {
      cached.checkedAt = now;
      return cached.compiled;
    }
    return embeddedRules().compiled;
  }
}

/** The active record as stored (admin API): the embedded default when KV holds none. */
export async function readActive(kv: KVNamespace): Promise<ActiveRecord> {
  const record = await kv.get<ActiveRecord>(ACTIVE_KEY, { type: "json" });
  return record ?? { version: 0, etag: "\"v0\"", activatedAt: "", rules: defaultRules() };
}
