/** Byte-level scanning of raw MIME for the pre-pass (slim.ts): lines, header blocks, boundary delimiters. */

export const LF = 0x0a;
export const CR = 0x0d;

/** End of the line starting at `pos` (index of its LF, or `end`). */
export function lineEnd(raw: Uint8Array, pos: number, end: number): number {
  const i = raw.indexOf(LF, pos);
  return i < 0 || i >= end ? end : i;
}

/** True when bytes [pos, lf) are only CRs: an empty line once postal-mime strips line ends. */
function blankLine(raw: Uint8Array, pos: number, lf: number): boolean {
  for (let i = pos; i < lf; i++) if (raw[i] !== CR) return false;
  return true;
}

/** Finds the blank line ending the header block at `start`; returns [headerEnd, bodyStart] or null. */
export function headerBlock(raw: Uint8Array, start: number, end: number): [number, number] | null {
  let pos = start;
  while (pos < end) {
    const lf = lineEnd(raw, pos, end);
    if (blankLine(raw, pos, lf)) return lf >= end ? null : [pos, lf + 1];
    if (lf >= end) return null;
    pos = lf + 1;
  }
  return null;
}

/** Where "--boundary" at `p` is a delimiter line as postal-mime reads it: [next line start, isClose], or null. */
function delimiterAt(raw: Uint8Array, p: number, end: number, blen: number): [number, boolean] | null {
  let q = p + 2 + blen;
  let close = false;
  if (q + 1 < end && raw[q] === 0x2d && raw[q + 1] === 0x2d) {
    close = true;
    q += 2;
  }
  // Only spaces or tabs may follow (then the line end).
  while (q < end && (raw[q] === 0x20 || raw[q] === 0x09)) q++;
  while (q < end && raw[q] === CR) q++;
  if (q < end && raw[q] !== LF) return null;
  return [q < end ? q + 1 : end, close];
}

/**
 * Positions of the delimiter lines of `boundary` in [start, end): [lineStart, nextLineStart, isClose].
 * Searches for "\n--boundary" with Boyer–Moore–Horspool, so a big base64 body is crossed in
 * steps of the boundary's length rather than byte by byte.
 */
export function delimiters(raw: Uint8Array, start: number, end: number, boundary: Uint8Array): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  const blen = boundary.length;
  const pat = new Uint8Array(blen + 3);
  pat[0] = LF;
  pat[1] = pat[2] = 0x2d;
  pat.set(boundary, 3);
  const m = pat.length;
  const skip = new Int32Array(256).fill(m);
  for (let i = 0; i < m - 1; i++) skip[pat[i]!] = m - 1 - i;
  const matches = (p: number) => {
    for (let j = 0; j < blen; j++) if (raw[p + 2 + j] !== boundary[j]) return false;
    return raw[p] === 0x2d && raw[p + 1] === 0x2d;
  };
  // A delimiter on the very first line has no LF before it inside the range.
  let from = start;
  if (start === 0 || raw[start - 1] !== LF) {
    if (start + 2 + blen <= end && matches(start)) {
      const d = delimiterAt(raw, start, end, blen);
      if (d) {
        out.push([start, d[0], d[1]]);
        if (d[1]) return out;
        from = d[0];
      }
    }
  }
  // Search for LF + "--" + boundary; the LF may be the one just before `from`.
  const low = start > 0 ? start - 1 : 0;
  const last = pat[m - 1]!;
  let i = Math.max(from - 1, low) + m - 1;
  while (i < end) {
    const c = raw[i]!;
    if (c === last) {
      let k = m - 1;
      let j = i;
      while (k > 0 && raw[j - 1] === pat[k - 1]) {
        k--;
        j--;
      }
      if (k === 0 && j >= low && j + 1 >= from) {
        const d = delimiterAt(raw, j + 1, end, blen);
        if (d) {
          out.push([j + 1, d[0], d[1]]);
          if (d[1]) return out;
          i = d[0] - 1 + m - 1;
          continue;
        }
      }
    }
    i += skip[c]!;
  }
  return out;
}
