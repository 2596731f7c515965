import { parseAddress } from "./address";
import type { MailAddress } from "./types";
import { KEYS, maySenderLine, type Field } from "./labels";

/**
 * Finds an inline-forwarded message in the text of a forward by its shape, not by a list of
 * mailers: a run of header-like lines — a sender (From/差出人/Von/De/Da/Van/发件人/寄件者/보낸 사람 …)
 * and a subject, date or recipient in any of the languages the big clients ship (ja, en, de, fr,
 * es, pt, it, nl, zh, ko) — after a separator line of any wording (dashes, underscores, "Begin
 * forwarded message:", "----- Forwarded message from Name <addr> -----"), or on its own when it
 * holds a sender, a subject and a date or recipient. Plain or `> `-quoted. A block of raw
 * RFC 5322 headers (Received:, Authentication-Results: …, as mutt writes) is kept as raw text so
 * the caller can read it as headers.
 */

export type InlineForward = {
  from: MailAddress | null;
  replyTo: MailAddress[];
  to: string[];
  subject: string;
  date: string | null;
  body: string;
  /** The separator line (or first header line) as found; used to find the same place in the HTML part. */
  marker: string;
  /** The header fields as the client wrote them (lower-case RFC 5322 names), read as the original's headers. */
  headers: { key: string; originalKey: string; value: string }[];
  /** The header block as written, unfolded lines kept, when it is a block of raw RFC 5322 headers. */
  rawHeaders?: string;
};

// A label (letters of any script, a few words at most), an optional bold mark, and a colon.
const HEADER_LINE = /^[>\s]*\*?([\p{L}][\p{L}\p{M}\- ]{0,18}?)\*?[ \t\u00a0]*[:：][ \t\u00a0]*(.*)$/u;
// A raw RFC 5322 header line, for blocks copied whole.
const RAW_LINE = /^([A-Za-z][A-Za-z0-9-]{0,60}):[ \t]*(.*)$/;
// Headers only a message as transported has: their presence makes a block "raw headers".
const TRANSPORT = /^(?:received|return-path|authentication-results|arc-[a-z-]+|dkim-signature|message-id|mime-version|delivered-to|x-[a-z0-9-]+|content-type|content-transfer-encoding|list-[a-z-]+|feedback-id|precedence|in-reply-to|references)$/i;

function headerField(line: string): [Field, string] | null {
  // Most lines of a body have no colon: they are not run through the pattern.
  if (!line.includes(":") && !line.includes("：")) return null;
  const m = HEADER_LINE.exec(line);
  if (!m) return null;
  const field = KEYS[m[1]!.toLowerCase().replace(/\s+/g, " ").trim()];
  return field ? [field, m[2]!.trim()] : null;
}

function stripQuote(line: string): string {
  return line.replace(/^(?:[ \t]?>)+ ?/, "");
}

// A separator line of any wording: dashes or underscores around a title ("---------- Forwarded
// message ---------", "-----Ursprüngliche Nachricht-----", "----- Forwarded message from Name <a@b> -----"),
// a rule of underscores, or a short line ending in a colon ("Begin forwarded message:",
// "Début du message réexpédié :", "転送されたメッセージ:").
const DASHED = /^[-_=~*–—]{2,}.{0,150}[-_=~*–—]{2,}$|^[-_=–—]{5,}$/;
const INTRO = /^[^:：]{3,60}[:：]$/;

function isSeparator(line: string): boolean {
  const t = stripQuote(line).trim();
  return t.length < 160 && (DASHED.test(t) || INTRO.test(t));
}

/** A raw header line (any RFC 5322 field name: X-Mailer, Thread-Topic, Importance, a lower-case "sender"); `transport` for the ones only a message as sent has. */
function rawHeader(line: string): { transport: boolean } | null {
  if (!line.includes(":")) return null;
  const m = RAW_LINE.exec(line);
  return m ? { transport: TRANSPORT.test(m[1]!) } : null;
}

const isContinuation = (line: string) => /^[ \t]+\S/.test(line);

type LineFacts = {
  /** The line with quote marks removed, and what it is as a header line. */
  line: string;
  field: [Field, string] | null;
  raw: { transport: boolean } | null;
  continuation: boolean;
  headerish: boolean;
};

const lineFactsMemo = new WeakMap<string[], (LineFacts | undefined)[]>();
const ownFieldMemo = new WeakMap<string[], ([Field, string] | null | undefined)[]>();

/** headerField of each line as written (quote marks included), once per array of lines. */
function ownFields(lines: string[]): (i: number) => [Field, string] | null {
  let memo = ownFieldMemo.get(lines);
  if (!memo) {
    memo = [];
    ownFieldMemo.set(lines, memo);
  }
  const m = memo;
  return (i) => {
    let f = m[i];
    if (f === undefined) f = m[i] = headerField(lines[i]!);
    return f;
  };
}

/**
 * What each line is, worked out once per array of lines: findBlock walks back over up to
 * BLOCK_LINES header-like lines from every candidate sender line and reads forward as far, so
 * a text of thousands of "From:" lines would otherwise run the header patterns on the same line
 * hundreds of times (seconds of CPU for 250 KB).
 */
function lineFacts(lines: string[]): (i: number) => LineFacts {
  let memo = lineFactsMemo.get(lines);
  if (!memo) {
    memo = [];
    lineFactsMemo.set(lines, memo);
  }
  const m = memo;
  return (i) => {
    let f = m[i];
    if (!f) {
      const line = stripQuote(lines[i]!);
      const field = headerField(line);
      const raw = rawHeader(line);
      const continuation = isContinuation(line);
      f = m[i] = { line, field, raw, continuation, headerish: !!field || !!raw || continuation };
    }
    return f;
  };
}

/** Lines read at most in one header block (a full raw header block has a few dozen). */
const BLOCK_LINES = 400;

const aboveMemo = new WeakMap<string[], (number | undefined)[]>();

/**
 * How many header-like lines stand directly above line i (at most BLOCK_LINES), walking up no
 * further than `start`. Remembered per line, so the walk from the next candidate line stops where
 * this one's began: a run of thousands of header-like lines is walked once, not once per line.
 */
function headerishAbove(lines: string[], i: number, start: number): number {
  let memo = aboveMemo.get(lines);
  if (!memo) {
    memo = [];
    aboveMemo.set(lines, memo);
  }
  const facts = lineFacts(lines);
  let c = 0;
  for (;;) {
    if (c >= BLOCK_LINES) {
      c = BLOCK_LINES;
      break;
    }
    if (i - c <= start) return c; // stopped by `start`: not the line's own count, not remembered
    const known = memo[i - c];
    if (known !== undefined) {
      c = Math.min(BLOCK_LINES, c + known);
      break;
    }
    if (!facts(i - c - 1).headerish) break;
    c++;
  }
  memo[i] = c;
  return c;
}

/** Reads the header block starting at line `start` (not past `end`); returns the fields and the line after the block. */
function readHeaderBlock(lines: string[], start: number, end: number) {
  const fields: Partial<Record<Field, string>> = {};
  let i = start;
  let last: Field | "raw" | null = null;
  let count = 0;
  let raw = false;
  const facts = lineFacts(lines);
  for (; i < end && i < start + BLOCK_LINES; i++) {
    const { line, field: f } = facts(i);
    if (!line.trim()) break;
    if (f) {
      if (fields[f[0]] === undefined) {
        fields[f[0]] = f[1];
        count++;
      }
      last = f[0];
      continue;
    }
    const r = facts(i).raw;
    if (r) {
      raw ||= r.transport;
      last = "raw";
      continue;
    }
    if (last && facts(i).continuation) {
      if (last !== "raw") fields[last] = `${fields[last] ?? ""} ${line.trim()}`;
      continue;
    }
    break;
  }
  return { fields, next: i, count, raw };
}

type Block = { at: number; first: number; fields: Partial<Record<Field, string>>; next: number; raw: boolean };

/** The first forwarded block in lines [start, end): found at its sender line, read from the top of its run of header lines. */
function findBlock(lines: string[], start: number, end: number): Block | null {
  const facts = lineFacts(lines);
  const ownField = ownFields(lines);
  for (let i = start; i < end; i++) {
    if (ownField(i)?.[0] !== "from") continue;
    // The top of the run of header lines (Thunderbird puts Subject and Date above From; raw blocks start with Received).
    let k = Math.max(start, i - headerishAbove(lines, i, start));
    while (k < i && facts(k).continuation) k++;
    const block = readHeaderBlock(lines, k, end);
    // A separator line just above (up to two blank lines between: Apple Mail leaves one).
    let s = k - 1;
    while (s >= start && s >= k - 3 && !stripQuote(lines[s]!).trim()) s--;
    const separated = s >= start && isSeparator(lines[s]!);
    const f = block.fields;
    const ok =
      f.from !== undefined &&
      (separated ? block.count >= 2 || block.raw : f.subject !== undefined && (f.date !== undefined || f.to !== undefined || block.raw));
    if (ok) return { at: separated ? s : k, first: k, fields: f, next: block.next, raw: block.raw };
    i = Math.max(i, block.next - 1);
  }
  return null;
}

/**
 * The block's fields as headers. Addresses are written out again as "name <address>": a client
 * shows them its own way ("x@a.example [mailto:x@a.example]On Behalf Of Y"), which says nothing
 * about how the original's header was written.
 */
function asHeaders(fields: Partial<Record<Field, string>>): InlineForward["headers"] {
  return (Object.entries(fields) as [Field, string][]).map(([k, raw]) => {
    const key = k === "replyTo" ? "reply-to" : k;
    const a = k === "from" || k === "replyTo" ? parseAddress(raw) : null;
    // (A name holding an address is the sender's name signal's business, not a malformed header's.)
    const name = a?.name && !a.name.includes("@") ? `"${a.name.replace(/["\\]/g, "")}" ` : "";
    const value = a?.address ? `${name}<${a.address}>` : raw;
    return { key, originalKey: key, value };
  });
}

/** Lines searched for a forwarded block, from where the search starts. */
const SEARCH_LINES = 4000;
/** How many lines into a forwarded body a further forwarded block must start to count as nested. */
const NESTED_WITHIN = 8;
/** The line mutt writes after the forwarded message; what follows is the forwarder's again. */
const END_MARKER = /^-{2,}\s*End (?:of )?forwarded message\s*-{2,}\s*$/im;

/**
 * Finds the forwarded block; returns null when the text holds none. A forward of a forward (a
 * body that starts with another block) is followed to the innermost one, iteratively and on one
 * array of lines, so a mail of ten thousand nested forwards costs one linear pass.
 */
export function findInlineForward(text: string): InlineForward | null {
  return maySenderLine(text) ? readInlineForward(text) : null;
}

/** findInlineForward without the first test of the whole text (exported for the test that holds the two to the same answers). */
export function readInlineForward(text: string): InlineForward | null {
  const lines = text.split(/\r?\n/);
  let found = findBlock(lines, 0, Math.min(lines.length, SEARCH_LINES));
  if (!found) return null;
  // Bodies are read with quote marks removed; nested blocks are searched for in those lines.
  const body = lines.map(stripQuote);
  let markerLine = lines[found.at]!;
  for (;;) {
    let k = found.next;
    while (k < body.length && !body[k]!.trim()) k++;
    if (!findBlock(body, k, Math.min(body.length, k + NESTED_WITHIN))) break;
    const inner = findBlock(body, k, Math.min(body.length, k + SEARCH_LINES));
    if (!inner) break;
    found = inner;
    markerLine = body[inner.at]!;
  }
  const { fields } = found;
  let rest = body.slice(found.next).join("\n").replace(/^\s+/, "");
  const endAt = rest.search(END_MARKER);
  if (endAt >= 0) rest = rest.slice(0, endAt);
  return {
    from: parseAddress(fields.from!),
    replyTo: fields.replyTo ? [parseAddress(fields.replyTo)].filter((a): a is MailAddress => !!a?.address) : [],
    to: (fields.to ?? "").match(/[^\s<>"'(),;[\]:@]{1,64}@[^\s<>"'(),;[\]@]{1,255}/g)?.map((a) => a.toLowerCase()) ?? [],
    subject: fields.subject ?? "",
    date: fields.date ?? null,
    body: rest,
    marker: stripQuote(markerLine).trim(),
    headers: asHeaders(fields),
    ...(found.raw ? { rawHeaders: body.slice(found.first, found.next).join("\n") } : {}),
  };
}
