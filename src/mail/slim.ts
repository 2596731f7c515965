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
 *
 * This file walks the MIME tree and edits; mime-scan.ts finds lines, header blocks and boundary
 * delimiters in the bytes; zip.ts lists a zip from its base64 tail; omitted.ts writes and reads the markers.
 */

import { CR, delimiters, headerBlock, LF } from "./mime-scan";
import { estimateSize, markerBody, type OmittedPart, slimNonce } from "./omitted";
import { base64Tail, ZIP_TAIL_BYTES, zipNames } from "./zip";

export { omittedPart, type OmittedPart, slimNonce } from "./omitted";
export { zipNames } from "./zip";

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
const MAX_DEPTH = 24;
export const CLIP_HEADER = "x-phishcheck-clipped";

export type Slimmed = {
  bytes: Uint8Array;
  /** Inline text of the top-level message was cut. */
  clipped: boolean;
  /** How many attachment bodies were replaced by a marker. */
  omitted: number;
};

const latin1 = new TextDecoder("latin1");
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

function looksZip(h: Head): boolean {
  return /zip/.test(h.type) || /\.zip\b/i.test(h.names);
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
