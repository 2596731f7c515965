import { toHex } from "../bytes";

/**
 * The reporter column: hex HMAC-SHA256(REPORTER_KEY, lower-cased address). The admin can count
 * distinct reporters and see that two reports came from one person, never who.
 */
const keys = new Map<string, Promise<CryptoKey>>();

function keyFor(secret: string): Promise<CryptoKey> {
  let k = keys.get(secret);
  if (!k) {
    k = crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    keys.set(secret, k);
  }
  return k;
}

export async function reporterHash(secret: string, address: string): Promise<string> {
  const mac = await crypto.subtle.sign("HMAC", await keyFor(secret), new TextEncoder().encode(address.trim().toLowerCase()));
  return toHex(mac);
}

let warned = false;

/**
 * The HMAC key: the REPORTER_KEY secret, or — when it is not set (local development) — a key
 * derived from the check address, so counts still work; that is logged once per isolate, because
 * anyone who knows the check address could then test a guessed address against the hashes.
 */
export function reporterKey(secret: string | undefined, checkAddress: string, log: (e: Record<string, unknown>) => void): string {
  if (secret && secret.length >= 16) return secret;
  if (!warned) {
    warned = true;
    log({
      event: "config_error",
      variable: "REPORTER_KEY",
      message: `${secret ? "shorter than 16 characters" : "not set"}: reporter hashes use a fallback key derived from the check address; set it with: npx wrangler secret put REPORTER_KEY`,
    });
  }
  return `phishcheck-fallback-reporter-key:${checkAddress.toLowerCase()}`;
}
