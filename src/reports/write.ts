import type { ReportRecord } from "./row";
import { reporterHash } from "./reporter";

/** What the email flow records: one report per checked mail, feedback on a verdict reply. */
export type ReportStore = {
  /** The reporter column for an address (keyed hash). */
  reporter(address: string): Promise<string>;
  record(r: ReportRecord): Promise<void>;
  /** Records a reader's note on the report whose verdict reply has one of `replyIds`; the report id, or null when none matches. */
  feedback(replyIds: string[], note: string, at: number): Promise<string | null>;
};

export const NOTE_MAX = 500;

export function d1Reports(db: D1Database, key: string): ReportStore {
  return {
    reporter: (address) => reporterHash(key, address),
    async record(r) {
      await db
        .prepare(
          `INSERT INTO reports (id, received_at, verdict, score, codes, brand, via, language, ms, reporter, reply_message_id, sender_domain, link_domains, subject, campaign)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)`,
        )
        .bind(
          r.id,
          r.receivedAt,
          r.verdict,
          r.score,
          JSON.stringify(r.codes),
          r.brand,
          r.via,
          r.language,
          Math.max(0, Math.round(r.ms)),
          r.reporter,
          r.replyMessageId,
          r.senderDomain,
          r.campaign === null ? null : JSON.stringify(r.linkDomains),
          r.subject,
          r.campaign,
        )
        .run();
    },
    async feedback(replyIds, note, at) {
      const ids = [...new Set(replyIds)].slice(0, 20);
      if (ids.length === 0) return null;
      const found = await db
        .prepare(`SELECT id FROM reports WHERE reply_message_id IN (${ids.map((_, i) => `?${i + 1}`).join(",")}) ORDER BY received_at DESC LIMIT 1`)
        .bind(...ids)
        .first<{ id: string }>();
      if (!found) return null;
      await db
        .prepare("INSERT INTO feedback (id, report_id, at, note) VALUES (?1, ?2, ?3, ?4)")
        .bind(crypto.randomUUID(), found.id, at, note.slice(0, NOTE_MAX))
        .run();
      return found.id;
    },
  };
}

/** Rows deleted per statement by the retention job (keeps each statement short). */
const DELETE_BATCH = 5000;

/**
 * Deletes reports received before `cutoff` (unix ms) and their feedback, in batches. Returns the
 * number of reports deleted.
 */
export async function deleteOlderThan(db: D1Database, cutoff: number, maxBatches = 100): Promise<number> {
  let total = 0;
  for (let i = 0; i < maxBatches; i++) {
    const ids = (await db.prepare("SELECT id FROM reports WHERE received_at < ?1 LIMIT ?2").bind(cutoff, DELETE_BATCH).all<{ id: string }>()).results.map((r) => r.id);
    if (ids.length === 0) break;
    // json_each takes the batch as one bound value (D1 allows only 100 bound parameters).
    const list = JSON.stringify(ids);
    await db.batch([
      db.prepare("DELETE FROM feedback WHERE report_id IN (SELECT value FROM json_each(?1))").bind(list),
      db.prepare("DELETE FROM reports WHERE id IN (SELECT value FROM json_each(?1))").bind(list),
    ]);
    total += ids.length;
    if (ids.length < DELETE_BATCH) break;
  }
  return total;
}
