import { settingsFrom, type SettingsVars } from "../src/email/settings";
import { deleteOlderThan } from "../src/reports/write";

const DAY_MS = 24 * 3600 * 1000;

/** The daily retention job: reports older than RETENTION_DAYS (default 90) go, with their feedback. Logs counts only. */
export async function runRetention(env: SettingsVars & { DB?: D1Database }, now: number, log: (e: Record<string, unknown>) => void): Promise<number> {
  if (!env.DB) {
    log({ event: "retention", ok: false, error: "no DB binding" });
    return 0;
  }
  const { retentionDays } = settingsFrom(env);
  try {
    const deleted = await deleteOlderThan(env.DB, now - retentionDays * DAY_MS);
    log({ event: "retention", ok: true, retentionDays, deleted });
    return deleted;
  } catch (e) {
    log({ event: "retention", ok: false, error: e instanceof Error ? e.message.slice(0, 160) : "error" });
    return 0;
  }
}
