import { addressParser } from "postal-mime";
import type { MailAddress } from "./types";

/**
 * Finds an inline-forwarded message in the text of a forward: the separator line the mailer writes
 * (Gmail, Outlook, Apple Mail, Thunderbird, Japanese phone mailers; English and Japanese UIs), then
 * the header block it copies (From/差出人/送信者, Subject/件名, Date/Sent/日付/送信日時, To/宛先),
 * then the original body.
 */

export type InlineForward = {
  from: MailAddress | null;
  replyTo: MailAddress[];
  to: string[];
  subject: string;
  date: string | null;
  body: string;
  /** The separator line as found; used to find the same place in the HTML part. */
  marker: string;
};

// Separator lines, matched on one trimmed line.
const SEPARATORS: RegExp[] = [
  // Gmail "---------- Forwarded message ---------", Thunderbird "-------- Forwarded Message --------",
  // Outlook "-----Original Message-----", and their Japanese forms.
  /^-{2,}\s*(?:forwarded message|original message|forward message|転送されたメッセージ|転送メッセージ|元のメッセージ|オリジナルメッセージ|転送メール|原文)\s*-{2,}$/i,
  // Apple Mail "Begin forwarded message:", "転送されたメッセージ:"; some phones "転送メッセージ："
  /^(?:begin forwarded message|転送されたメッセージ|転送メッセージ|以下転送)\s*[:：]?$/i,
  // Outlook (new): a line of underscores, then the header block.
  /^_{8,}$/,
];

type Field = "from" | "to" | "cc" | "subject" | "date" | "replyTo";

const KEYS: Record<string, Field> = {
  from: "from", "差出人": "from", "送信者": "from", "送信元": "from", "発信者": "from",
  to: "to", "宛先": "to", "宛て先": "to", "送信先": "to",
  cc: "cc",
  subject: "subject", "件名": "subject", "題名": "subject", "タイトル": "subject",
  date: "date", sent: "date", "日付": "date", "送信日時": "date", "送信日": "date", "日時": "date", "受信日時": "date",
  "reply-to": "replyTo", "返信先": "replyTo",
};

const HEADER_LINE = /^[>\s]*\*?([A-Za-z-]{2,10}|[\u3040-\u30ff\u4e00-\u9fff]{2,5})\*?\s*[:：]\s?(.*)$/;

function headerField(line: string): [Field, string] | null {
  const m = HEADER_LINE.exec(line);
  if (!m) return null;
  const field = KEYS[m[1]!.toLowerCase()];
  return field ? [field, m[2]!.trim()] : null;
}

function stripQuote(line: string): string {
  return line.replace(/^(?:>\s?)+/, "");
}

/** Parses "Name <a@b>", "\"Name\" <a@b>", "Name [mailto:a@b]", "a@b (Name)" or a bare address. */
export function parseAddress(value: string): MailAddress | null {
  const cleaned = value
    .replace(/\[mailto:([^\]\s[]{1,320})\]/i, "<$1>")
    .replace(/<mailto:([^>\s<]{1,320})>/i, "<$1>")
    .replace(/＜/g, "<")
    .replace(/＞/g, ">")
    .trim();
  if (!cleaned) return null;
  try {
    const list = addressParser(cleaned, { flatten: true });
    const first = list.find((a) => a.address && a.address.includes("@"));
    if (first?.address) return { name: (first.name ?? "").trim(), address: first.address.trim().toLowerCase() };
  } catch {
    // fall through to the loose match below
  }
  // Bounded on both sides of the @: an unbounded run took quadratic time on a long line without one.
  const m = cleaned.includes("@") ? /([^\s<>"'()\[\]@]{1,64}@[^\s<>"'()\[\]@]{1,253}\.[a-z0-9-]{1,63})/i.exec(cleaned) : null;
  if (!m) return { name: cleaned.replace(/["<>]/g, "").trim(), address: "" };
  const name = cleaned.slice(0, m.index).replace(/["<>(\[]/g, "").trim();
  return { name, address: m[1]!.toLowerCase() };
}

function isSeparator(line: string): boolean {
  const t = stripQuote(line).trim();
  return t.length < 80 && SEPARATORS.some((re) => re.test(t));
}

/** Reads the header block starting at line `start` (not past `end`); returns the fields and the line after the block. */
function readHeaderBlock(lines: string[], start: number, end: number) {
  const fields: Partial<Record<Field, string>> = {};
  let i = start;
  // Apple Mail leaves a blank line between the separator and the block.
  while (i < end && i < start + 3 && !stripQuote(lines[i]!).trim()) i++;
  let last: Field | null = null;
  let count = 0;
  for (; i < end && count < 12; i++) {
    const line = stripQuote(lines[i]!);
    if (!line.trim()) break;
    const f = headerField(line);
    if (f) {
      if (fields[f[0]] === undefined) fields[f[0]] = f[1];
      last = f[0];
      count++;
    } else if (last && /^\s/.test(lines[i]!) && count > 0) {
      fields[last] = `${fields[last] ?? ""} ${line.trim()}`;
    } else break;
  }
  return { fields, next: i, count };
}

type Block = { at: number; fields: Partial<Record<Field, string>>; next: number };

/** The first forwarded block (separator or bare header block) in lines [start, end). */
function findBlock(lines: string[], start: number, end: number): Block | null {
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    let block: ReturnType<typeof readHeaderBlock> | null = null;
    if (isSeparator(line)) {
      block = readHeaderBlock(lines, i + 1, end);
    } else if (headerField(line)?.[0] === "from") {
      // Outlook on phones and some Japanese mailers write the block with no separator line.
      const b = readHeaderBlock(lines, i, end);
      if (b.fields.subject !== undefined && (b.fields.date !== undefined || b.fields.to !== undefined)) block = b;
    }
    if (block && block.fields.from !== undefined && block.count >= 2) return { at: i, fields: block.fields, next: block.next };
  }
  return null;
}

/** Lines searched for a forwarded block, from where the search starts. */
const SEARCH_LINES = 4000;
/** How many lines into a forwarded body a further forwarded block must start to count as nested. */
const NESTED_WITHIN = 8;

/**
 * Finds the forwarded block; returns null when the text holds none. A forward of a forward (a
 * body that starts with another block) is followed to the innermost one, iteratively and on one
 * array of lines, so a mail of ten thousand nested forwards costs one linear pass.
 */
export function findInlineForward(text: string): InlineForward | null {
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
  return {
    from: parseAddress(fields.from!),
    replyTo: fields.replyTo ? [parseAddress(fields.replyTo)].filter((a): a is MailAddress => !!a?.address) : [],
    to: (fields.to ?? "").match(/[^\s<>"'(),;\[\]:@]{1,64}@[^\s<>"'(),;\[\]@]{1,255}/g)?.map((a) => a.toLowerCase()) ?? [],
    subject: fields.subject ?? "",
    date: fields.date ?? null,
    body: body.slice(found.next).join("\n").replace(/^\s+/, ""),
    marker: stripQuote(markerLine).trim(),
  };
}
