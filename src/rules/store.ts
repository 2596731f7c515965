import { sha256Hex } from "../bytes";
import { compileRules, type CompiledRules } from "./compile";
import { defaultRules } from "./default";
import { RuleSetSchema, type RuleSet } from "./schema";

/**
 * Rules in KV. Key layout:
 *   rules:active          the active rule set: {version, etag, activatedAt, rules} — one key, so a
 *                         reader sees the old set or the new one, never a half, in one read
 *   rules:v:<00000001>    every rule set ever activated, immutable: {version, createdAt, author, summary, rules}
 *   audit:<00000001>      one audit entry per change: {version, at, author, action, summary, previous}
 * No key is ever written per mail. Version 0 is the embedded default (rules/ in the bundle).
 * A change (admin API) costs three writes: rules:v:N, then rules:active, then audit:N.
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

/**
 * Forget the isolate's copy, as a fresh isolate starts. A test seam only, nothing in the worker calls
 * it: tests/worker/setup.ts gives each test file a fresh isolate's state with it, and admin.test.ts
 * and console.test.ts simulate another isolate.
 */
export function resetRulesCache(): void {
  cached = null;
}

/** Installs a freshly activated rule set in this isolate, so the next mail here uses it at once. */
export function installActive(record: ActiveRecord, now = Date.now(), compiled?: CompiledRules): CompiledRules {
  const c = compiled ? { ...compiled, version: record.version } : compileRules(record.rules, record.version);
  cached = { compiled: c, etag: record.etag, checkedAt: now };
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

/**
 * The active record as stored (admin API): the embedded default when KV holds none. Its ETag
 * hashes the bundled rules, so an ETag read before a redeploy with new rule packs is stale after it.
 */
export async function readActive(kv: KVNamespace): Promise<ActiveRecord> {
  const record = await kv.get<ActiveRecord>(ACTIVE_KEY, { type: "json" });
  if (record) return record;
  const rules = defaultRules();
  return { version: 0, etag: await etagFor(0, rules), activatedAt: "", rules };
}

/** What changed the rules: the admin API's three ways to activate a set. */
export type ChangeAction = "put" | "patch" | "rollback";
/** Who, when, what, resulting version: the audit entry, also kept as KV metadata so listings need no read per key. */
export type ChangeMeta = { version: number; at: string; author: string; action: ChangeAction; summary: string; previous: number };
/** rules:v:N — immutable once written. */
export type VersionRecord = { version: number; createdAt: string; author: string; action: ChangeAction; summary: string; rules: RuleSet };

/** Thrown when rules:v:N already exists: the active pointer is behind (KV's eventual consistency, or a concurrent change). */
export class VersionTaken extends Error {
  constructor(readonly version: number) {
    super(`version ${version} already exists`);
  }
}

/** A strong ETag for a version: its number and a hash of its rules. */
export async function etagFor(version: number, rules: RuleSet): Promise<string> {
  return `"v${version}-${await sha256Hex(JSON.stringify(rules), 6)}"`;
}

/** Cuts a string to at most `bytes` UTF-8 bytes (KV metadata is limited to 1024 bytes). */
function clipBytes(s: string, bytes: number): string {
  const enc = new TextEncoder();
  if (enc.encode(s).byteLength <= bytes) return s;
  let out = "";
  let used = 0;
  for (const ch of s) {
    const n = enc.encode(ch).byteLength;
    if (used + n > bytes - 3) break;
    out += ch;
    used += n;
  }
  return `${out}…`;
}

/**
 * Activates `rules` as version previous+1: writes rules:v:N, then the one-key pointer rules:active
 * (so a reader sees the old set or the new one, never a half), then audit:N; installs the set in this
 * isolate so the next mail here uses it (`compiled`: the same rules already compiled, to skip a rebuild).
 * Three KV writes; never overwrites an existing version.
 */
export async function activate(
  kv: KVNamespace,
  rules: RuleSet,
  change: { author: string; action: ChangeAction; summary: string; previous: number },
  now = new Date(),
  compiled?: CompiledRules,
): Promise<{ record: ActiveRecord; meta: ChangeMeta }> {
  const version = change.previous + 1;
  if ((await kv.get(versionKey(version))) !== null) throw new VersionTaken(version);
  const at = now.toISOString();
  const meta: ChangeMeta = { version, at, author: change.author, action: change.action, summary: clipBytes(change.summary, 700), previous: change.previous };
  const stored: VersionRecord = { version, createdAt: at, author: change.author, action: change.action, summary: change.summary, rules };
  await kv.put(versionKey(version), JSON.stringify(stored), { metadata: meta });
  const record: ActiveRecord = { version, etag: await etagFor(version, rules), activatedAt: at, rules };
  await kv.put(ACTIVE_KEY, JSON.stringify(record));
  installActive(record, now.getTime(), compiled);
  try {
    await kv.put(auditKey(version), JSON.stringify({ ...meta, summary: change.summary }), { metadata: meta });
  } catch (e) {
    // The change is active and rules:v:N records who/what/when; a lost audit key must not turn it into an error.
    console.error(JSON.stringify({ event: "audit_write_failed", version, error: e instanceof Error ? e.message.slice(0, 200) : "unknown" }));
  }
  return { record, meta };
}

/** A stored version (rules:v:N), or null. Version 0 is the embedded default and is not stored. */
export async function readVersion(kv: KVNamespace, version: number): Promise<VersionRecord | null> {
  return kv.get<VersionRecord>(versionKey(version), { type: "json" });
}

/** The metadata of every rules:v:* or audit:* key, newest first (one KV list per 1000 keys, no reads). */
export async function listChanges(kv: KVNamespace, kind: "versions" | "audit", maxPages = 20): Promise<ChangeMeta[]> {
  const prefix = kind === "versions" ? "rules:v:" : "audit:";
  const out: ChangeMeta[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const res: KVNamespaceListResult<ChangeMeta> = await kv.list<ChangeMeta>({ prefix, cursor });
    for (const k of res.keys) {
      const version = Number(k.name.slice(prefix.length));
      out.push(k.metadata ?? { version, at: "", author: "", action: "put", summary: "", previous: version - 1 });
    }
    if (res.list_complete) break;
    cursor = res.cursor;
  }
  return out.sort((a, b) => b.version - a.version);
}
