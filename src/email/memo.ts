import { sha256Hex } from "../bytes";
import type { EmailDeps, Memo } from "./types";

/** A short, fixed-size key for the Cache API memo (Message-IDs are attacker-controlled and can be any length). */
export async function memoKey(kind: string, ...parts: string[]): Promise<string> {
  return `${kind}:${await sha256Hex(parts.join("\u0000"), 16)}`;
}

/** The memo, failing open: when the Cache API errors, the mail is treated as new. */
export async function firstTime(memo: Memo, key: string, ttl: number): Promise<boolean> {
  try {
    return await memo.firstTime(key, ttl);
  } catch {
    return true;
  }
}

/** The per-sender limit, failing open: a limiter outage must not silence every answer. */
export async function allowed(limiter: NonNullable<EmailDeps["limiter"]>, sender: string): Promise<boolean> {
  try {
    return (await limiter.limit({ key: sender })).success;
  } catch {
    return true;
  }
}
