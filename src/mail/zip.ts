/** A zip's file list from the end of the archive (all the pre-pass decodes of a big attachment). */

import { fromBase64 } from "../bytes";

/** How much of a zip's end is decoded to read its file list. */
export const ZIP_TAIL_BYTES = 64 * 1024;
const ZIP_MAX_NAMES = 100;
const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder("utf-8");

/** The last `n` decoded bytes of a base64 body (whitespace ignored), or null when it isn't clean base64. */
export function base64Tail(raw: Uint8Array, start: number, end: number, n: number): Uint8Array | null {
  const from = Math.max(start, end - Math.ceil((n * 4) / 3) - Math.ceil(n / 24) - 8);
  let s = latin1.decode(raw.subarray(from, end)).replace(/\s+/g, "");
  if (/[^A-Za-z0-9+/=]/.test(s)) return null;
  // The encoding is aligned from its start, and the whole of it is a multiple of 4 long:
  // a tail is aligned by dropping what precedes its first whole group counted from the end.
  if (from > start) s = s.slice(s.length % 4);
  else s += "=".repeat((4 - (s.length % 4)) % 4);
  try {
    return fromBase64(s);
  } catch {
    return null;
  }
}

/**
 * Names of the files in a zip, from its central directory; `bytes` may be just the end of the
 * archive. Returns undefined when no complete central directory is in `bytes`.
 */
export function zipNames(bytes: Uint8Array): string[] | undefined {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  for (let e = n - 22; e >= 0 && e >= n - 22 - 65535; e--) {
    if (v.getUint32(e, true) !== 0x06054b50) continue;
    const count = v.getUint16(e + 10, true);
    const size = v.getUint32(e + 12, true);
    let p = e - size;
    if (size === 0xffffffff || p < 0) return undefined;
    const names: string[] = [];
    for (let i = 0; i < count && names.length < ZIP_MAX_NAMES; i++) {
      if (p + 46 > e || v.getUint32(p, true) !== 0x02014b50) break;
      const nameLen = v.getUint16(p + 28, true);
      const extra = v.getUint16(p + 30, true);
      const comment = v.getUint16(p + 32, true);
      if (p + 46 + nameLen > e) break;
      names.push(utf8.decode(bytes.subarray(p + 46, p + 46 + Math.min(nameLen, 255))));
      p += 46 + nameLen + extra + comment;
    }
    return names;
  }
  return undefined;
}
