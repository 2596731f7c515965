import type { Context } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import { timingSafeEqual } from "hono/utils/buffer";
import { randomHex, sha256Hex } from "../../bytes";

/**
 * Console sessions: after a sign-in with an admin token, a cookie signed by the worker (HMAC-SHA256,
 * hono/cookie) holds `<label>.<expires ms>.<nonce>`. The signing key is derived from the whole
 * ADMIN_TOKEN secret, so changing the secret ends every session. The expiry inside the signed value
 * is checked on every request (the cookie's own Max-Age is only a hint to the browser).
 * Each form carries a CSRF token derived from the session (and Origin is checked by hono/csrf).
 */

export const SESSION_COOKIE = "pc_session";
export const SESSION_MS = 8 * 3600 * 1000;
export const COOKIE_PATH = "/admin";

export type Session = { who: string; expires: number; nonce: string; csrf: string };

/** The cookie-signing secret for an ADMIN_TOKEN value (exported so tests can build an expired session). */
export function sessionSecret(adminToken: string): Promise<string> {
  return sha256Hex(`phishcheck-console-session\n${adminToken}`);
}

const csrfFor = async (secret: string, value: string) => (await sha256Hex(`csrf\n${secret}\n${value}`)).slice(0, 32);

export async function startSession(c: Context, adminToken: string, who: string, now = Date.now()): Promise<void> {
  const nonce = randomHex(12);
  const value = `${who}.${now + SESSION_MS}.${nonce}`;
  await setSignedCookie(c, SESSION_COOKIE, value, await sessionSecret(adminToken), {
    path: COOKIE_PATH,
    httpOnly: true,
    secure: true,
    sameSite: "Strict",
    maxAge: SESSION_MS / 1000,
  });
}

export function endSession(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: COOKIE_PATH, secure: true, httpOnly: true, sameSite: "Strict" });
}

/** The valid, unexpired session of this request, or null (no cookie, bad signature, expired, malformed). */
export async function readSession(c: Context, adminToken: string, now = Date.now()): Promise<Session | null> {
  const secret = await sessionSecret(adminToken);
  const value = await getSignedCookie(c, secret, SESSION_COOKIE);
  if (!value) return null;
  const m = /^([A-Za-z0-9_.-]{1,32})\.(\d{13})\.([0-9a-f]{24})$/.exec(value);
  if (!m) return null;
  const expires = Number(m[2]);
  if (!(expires > now)) return null;
  return { who: m[1]!, expires, nonce: m[3]!, csrf: await csrfFor(secret, value) };
}

/** The form's CSRF token equals the session's (constant time). */
export async function csrfMatches(session: Session, presented: unknown): Promise<boolean> {
  return typeof presented === "string" && presented.length === session.csrf.length && (await timingSafeEqual(session.csrf, presented));
}
