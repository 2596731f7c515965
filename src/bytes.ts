/** Byte helpers shared by the layers: hex digests and random ids, base64 to bytes. */

/** Lower-case hex of the bytes, two digits each. */
export function toHex(bytes: Uint8Array | ArrayBuffer): string {
  return Array.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** `n` random bytes in hex: nonces and ids. Call it inside a handler (workerd allows no random values at global scope). */
export function randomHex(n: number): string {
  return toHex(crypto.getRandomValues(new Uint8Array(n)));
}

/** The first `n` bytes of the SHA-256 of a text, in hex. */
export async function sha256Hex(text: string, n = 32): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return toHex(new Uint8Array(digest).subarray(0, n));
}

/** The bytes of a base64 text without whitespace (padding optional at the end); throws when it isn't base64. */
export function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
