/**
 * A pre-pass over the raw MIME bytes, before postal-mime sees them, so a 25 MB mail costs about
 * what a 100 KB one does:
 *
 * - the body of a large part that postal-mime would turn into an attachment (not text/plain or
 *   text/html shown inline, not an attached message) is replaced by a short marker that keeps
 *   what the attachment signal needs: its headers (file name, type) stay as they are, and the
 *   marker carries the size we saw and, for a zip, the names of the files inside (read from the
 *   archive's central directory at its end — only the last bytes are decoded);
 * - inline text/plain and text/html parts are cut, at a line break, once a message's text
 *   passes TEXT_RAW_LIMIT bytes; the cut is reported (`clipped`) so the reply says that only
 *   the start of the text was checked;
 * - attached messages (message/rfc822, *.eml) are walked the same way, so forwarding a huge
 *   mail as an attachment is no different; a cut inside one is flagged by a header added to
 *   that message (`x-phishcheck-clipped`), which parseMail reads and removes again.
 *
 * It only rewrites what it understands: a part whose MIME structure is unusual (a boundary
 * with comments, escapes or RFC 2231 continuations, nested parts reusing a boundary, very deep
 * nesting) is passed through untouched for postal-mime to handle as before. Markers and the
 * clip header carry a random per-isolate nonce, so a sender can't forge them.
 */

/** Parts that postal-mime would make attachments are emptied above this many raw bytes. */
export const OMIT_MIN_BYTES = 8 * 1024;
/**
 * Raw bytes of inline text (text/plain + text/html) kept per message, and of any one part. 512 KB
 * of text is 128k–512k characters (base64 Japanese to plain ASCII): about the text scan cap of
 * src/original/find.ts, and half the parse time of 1 MB.
 */
export const TEXT_RAW_LIMIT = 1024 * 1024;
/**
 * MIME parts read at most in one mail. postal-mime's cost grows with the number of parts (100k
 * empty parts: ~0.8 s); no real mail has more than a few dozen. Parts past the cap are dropped,
 * and the mail is reported as cut.
 */
export const MAX_PARTS = 1000;
export const TEXT_PART_RAW_LIMIT = 512 * 1024;
/** How much of a zip's end is decoded to read its file list. */
const ZIP_TAIL_BYTES = 64 * 1024;
const MAX_DEPTH = 24;
const ZIP_MAX_NAMES = 100;
export const CLIP_HEADER = "x-phishcheck-clipped";

export type OmittedPart = { size: number; inner?: string[] };
export type Slimmed = {
  bytes: Uint8Array;
  /** Inline text of the top-level message was cut. */
  clipped: boolean;
  /** How many attachment bodies were replaced by a marker. */
  omitted: number;
};

let nonceValue: string | undefined;
/** Random per isolate; made on first use (workerd allows no random values at global scope). */
export function slimNonce(): string {
  if (!nonceValue) {
    const b = new Uint8Array(12);
    crypto.getRandomValues(b);
    nonceValue = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  }
  return nonceValue;
}

const LF = 0x0a;
const CR = 0x0d;
const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();

type Edit = { start: number; end: number; bytes: Uint8Array };
type Message = { budget: number; clipped: boolean; headerEnd: number };
type Ctx = { raw: Uint8Array; edits: Edit[]; omitted: number; parts: number };
type Head = {
  type: string;
  /** Raw value of the first Content-Type header ("" when none). */
  typeRaw: string;
  boundary: string | null;
  /** false when the Content-Type header is too unusual to be sure we read it as postal-mime does. */
  plain: boolean;
  disposition: string;
  cte: string;
  /** Names given in Content-Type / Content-Disposition, raw. */
  names: string;
};

/** End of the line starting at `pos` (index of its LF, or `end`). */
function lineEnd(raw: Uint8Array, pos: number, end: number): number {
  const i = raw.indexOf(LF, pos);
  return i < 0 || i >= end ? end : i;
}

/** True when bytes [pos, lf) are only CRs: an empty line once postal-mime strips line ends. */
function blankLine(raw: Uint8Array, pos: number, lf: number): boolean {
  for (let i = pos; i < lf; i++) if (raw[i] !== CR) return false;
  return true;
}

/** Finds the blank line ending the header block at `start`; returns [headerEnd, bodyStart] or null. */
function headerBlock(raw: Uint8Array, start: number, end: number): [number, number] | null {
  let pos = start;
  while (pos < end) {
    const lf = lineEnd(raw, pos, end);
    if (blankLine(raw, pos, lf)) return lf >= end ? null : [pos, lf + 1];
    if (lf >= end) return null;
    pos = lf + 1;
  }
  return null;
}

function parseHead(text: string, parentMultipart: string | null): Head {
  const fields = new Map<string, string>();
  let key: string | null = null;
  let value = "";
  const flush = () => {
    if (key !== null && !fields.has(key)) fields.set(key, value);
  };
  for (const line of text.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && key !== null) {
      value += line;
      continue;
    }
    flush();
    const colon = line.indexOf(":");
    key = colon < 0 ? null : line.slice(0, colon).trim().toLowerCase();
    value = colon < 0 ? "" : line.slice(colon + 1).replace(/\r/g, " ");
  }
  flush();
  const ct = fields.get("content-type") ?? "";
  const semi = ct.indexOf(";");
  const defaultType = parentMultipart === "digest" ? "message/rfc822" : "text/plain";
  const type = (semi < 0 ? ct : ct.slice(0, semi)).trim().toLowerCase() || defaultType;
  let boundary: string | null = null;
  let plain = !/[()\\]/.test(ct) && !/boundary\*/i.test(ct) && /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type);
  const m = /;\s*boundary\s*=\s*(?:"([^"]*)"|([^";\s]+))/i.exec(ct);
  if (m) boundary = m[1] ?? m[2] ?? null;
  if (/;\s*boundary\s*=[\s\S]*;\s*boundary\s*=/i.test(ct)) plain = false;
  const cd = fields.get("content-disposition") ?? "";
  const cte = (fields.get("content-transfer-encoding") ?? "").replace(/\([^()]*\)/g, "").toLowerCase().match(/[\w-]+/)?.[0] ?? "";
  return { type, typeRaw: ct, boundary, plain, disposition: cd.split(";")[0]!.trim().toLowerCase(), cte, names: `${ct}\n${cd}` };
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
function delimiters(raw: Uint8Array, start: number, end: number, boundary: Uint8Array): [number, number, boolean][] {
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

/** Decoded size of a body, estimated from its encoding and line length (no decoding). */
function estimateSize(raw: Uint8Array, start: number, end: number, cte: string): number {
  const len = end - start;
  if (cte !== "base64") return len;
  const lf = lineEnd(raw, start, end);
  let l = lf - start;
  let eol = lf < end ? 1 : 0;
  if (l > 0 && raw[lf - 1] === CR) {
    l--;
    eol++;
  }
  if (l <= 0) return 0;
  return Math.floor(((len * l) / (l + eol)) * 0.75);
}

/** The last `n` decoded bytes of a base64 body (whitespace ignored), or null when it isn't clean base64. */
function base64Tail(raw: Uint8Array, start: number, end: number, n: number): Uint8Array | null {
  const from = Math.max(start, end - Math.ceil((n * 4) / 3) - Math.ceil(n / 24) - 8);
  let s = latin1.decode(raw.subarray(from, end)).replace(/\s+/g, "");
  if (/[^A-Za-z0-9+/=]/.test(s)) return null;
  // The encoding is aligned from its start, and the whole of it is a multiple of 4 long:
  // a tail is aligned by dropping what precedes its first whole group counted from the end.
  if (from > start) s = s.slice(s.length % 4);
  else s += "=".repeat((4 - (s.length % 4)) % 4);
  try {
    const bin = atob(s);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
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

function looksZip(h: Head): boolean {
  return /zip/.test(h.type) || /\.zip\b/i.test(h.names);
}

function markerText(part: OmittedPart): string {
  const inner = part.inner ? `:${part.inner.map(encodeURIComponent).join("/")}` : "";
  return `phishcheck-omitted:${slimNonce()}:${part.size}${inner}`;
}

function wrap76(s: string): string {
  return s.replace(/.{1,76}/g, "$&\r\n");
}

/** The marker's body bytes, in the part's own transfer encoding. */
function markerBody(part: OmittedPart, cte: string): Uint8Array {
  const text = markerText(part);
  return encoder.encode(cte === "base64" ? wrap76(btoa(text)) : `${text}\r\n`);
}

/** What an attachment's content says when its body was omitted here, or undefined. */
export function omittedPart(content: ArrayBuffer | Uint8Array | string): OmittedPart | undefined {
  const len = typeof content === "string" ? content.length : content.byteLength;
  if (len > 64 * 1024 || len < 20) return undefined;
  const prefix = `phishcheck-omitted:${slimNonce()}:`;
  // Compare the start first: most attachments are not markers, and need no decoding.
  const head = typeof content === "string" ? content.slice(0, prefix.length) : latin1.decode((content instanceof Uint8Array ? content : new Uint8Array(content)).subarray(0, prefix.length));
  if (head !== prefix) return undefined;
  const text = typeof content === "string" ? content : latin1.decode(content);
  const [size, inner] = text.slice(prefix.length).trim().split(":");
  const part: OmittedPart = { size: Number(size) || 0 };
  if (inner !== undefined)
    part.inner = inner
      .split("/")
      .filter(Boolean)
      .map((n) => {
        try {
          return decodeURIComponent(n);
        } catch {
          return n;
        }
      });
  return part;
}

const PASS_THROUGH = new Set(["", "7bit", "8bit", "binary"]);

/** One MIME entity in [start, end): its headers, then a body that is a multipart, a message or a leaf. */
function entity(ctx: Ctx, start: number, end: number, depth: number, parentMultipart: string | null, msg: Message, boundaries: string[]): void {
  if (depth > MAX_DEPTH) return;
  const hb = headerBlock(ctx.raw, start, end);
  if (!hb) return;
  const [headerEnd, bodyStart] = hb;
  const head = parseHead(latin1.decode(ctx.raw.subarray(start, headerEnd)), parentMultipart);
  const raw = ctx.raw;

  if (head.type.startsWith("multipart/")) {
    if (!head.plain || !head.boundary || boundaries.includes(head.boundary)) return;
    const marks = delimiters(raw, bodyStart, end, encoder.encode(head.boundary));
    const sub = head.type.slice("multipart/".length);
    for (let i = 0; i < marks.length; i++) {
      const [markStart, partStart, close] = marks[i]!;
      if (close) break;
      if (++ctx.parts > MAX_PARTS) {
        // Drop this part and the rest, up to the closing delimiter (kept, so the tree stays whole).
        const closing = marks.find((m, j) => j > i && m[2]);
        ctx.edits.push({ start: markStart, end: closing ? closing[0] : end, bytes: new Uint8Array(0) });
        msg.clipped = true;
        break;
      }
      const partEnd = marks[i + 1]?.[0] ?? end;
      entity(ctx, partStart, partEnd, depth + 1, sub, msg, [...boundaries, head.boundary]);
    }
    return;
  }

  // Anything that may be a message is walked as one (when not encoded) and never emptied.
  if (/message\//i.test(head.typeRaw) || head.type.startsWith("message/") || /\.eml\b/i.test(head.names)) {
    if (!PASS_THROUGH.has(head.cte) || !/rfc822|global|\.eml\b/i.test(`${head.type}\n${head.names}`)) return;
    const innerHead = headerBlock(raw, bodyStart, end);
    if (!innerHead) return;
    const inner: Message = { budget: TEXT_RAW_LIMIT, clipped: false, headerEnd: innerHead[0] };
    entity(ctx, bodyStart, end, depth + 1, null, inner, []);
    if (inner.clipped) {
      const at = inner.headerEnd;
      const eol = at >= 2 && raw[at - 2] === CR ? "\r\n" : "\n";
      ctx.edits.push({ start: at, end: at, bytes: encoder.encode(`${CLIP_HEADER}: ${slimNonce()}${eol}`) });
      ctx.edits.sort((a, b) => a.start - b.start);
    }
    return;
  }

  const len = end - bodyStart;
  const cleanType = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(head.type);
  const textType = !head.typeRaw.trim() || head.type === "text/plain" || head.type === "text/html";
  // What postal-mime makes an attachment (its body is never read) — only when we are sure.
  if (head.disposition === "attachment" || (cleanType && !textType && !/text\/(?:plain|html)/i.test(head.typeRaw))) {
    if (len <= OMIT_MIN_BYTES) return;
    const part: OmittedPart = { size: estimateSize(raw, bodyStart, end, head.cte) };
    if (looksZip(head)) {
      const tail =
        head.cte === "base64" ? base64Tail(raw, bodyStart, end, ZIP_TAIL_BYTES) : PASS_THROUGH.has(head.cte) ? raw.subarray(Math.max(bodyStart, end - ZIP_TAIL_BYTES), end) : null;
      const names = tail ? zipNames(tail) : undefined;
      if (names) part.inner = names;
    }
    ctx.edits.push({ start: bodyStart, end, bytes: markerBody(part, head.cte) });
    ctx.omitted++;
    return;
  }
  // Inline text (a body postal-mime joins into text or html): cut past the budget.
  if (!textType) return;
  const allowed = Math.max(0, Math.min(TEXT_PART_RAW_LIMIT, msg.budget));
  if (len <= allowed) {
    msg.budget -= len;
    return;
  }
  // Cut at a line break near the limit (whole lines keep base64 and quoted-printable decodable).
  let cut = bodyStart + allowed;
  const lf = raw.lastIndexOf(LF, cut - 1);
  if (lf >= bodyStart && lf >= cut - 64 * 1024) cut = lf + 1;
  else if (head.cte === "base64") cut = bodyStart + allowed - (allowed % 4);
  msg.budget -= cut - bodyStart;
  msg.clipped = true;
  ctx.edits.push({ start: cut, end, bytes: encoder.encode(cut > bodyStart && raw[cut - 1] === LF ? "" : "\r\n") });
}

/** Applies the pre-pass; returns the input itself when nothing needed changing. */
export function slimMime(input: Uint8Array): Slimmed {
  if (input.length <= OMIT_MIN_BYTES) return { bytes: input, clipped: false, omitted: 0 };
  const ctx: Ctx = { raw: input, edits: [], omitted: 0, parts: 0 };
  const top: Message = { budget: TEXT_RAW_LIMIT, clipped: false, headerEnd: -1 };
  entity(ctx, 0, input.length, 0, null, top, []);
  if (ctx.edits.length === 0) return { bytes: input, clipped: false, omitted: 0 };
  let size = input.length;
  for (const e of ctx.edits) size += e.bytes.length - (e.end - e.start);
  const out = new Uint8Array(size);
  let from = 0;
  let at = 0;
  for (const e of ctx.edits) {
    out.set(input.subarray(from, e.start), at);
    at += e.start - from;
    out.set(e.bytes, at);
    at += e.bytes.length;
    from = e.end;
  }
  out.set(input.subarray(from), at);
  return { bytes: out, clipped: top.clipped, omitted: ctx.omitted };
}
