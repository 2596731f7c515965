/**
 * "This verdict was wrong": every verdict reply carries a Message-ID of ours
 * (<verdict.UUID@check-domain>, kept in reports.reply_message_id); a mail whose In-Reply-To or
 * References names one is a reader's note on that verdict, not a mail to check.
 */
const VERDICT_ID = /<verdict\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@[!-;=?-~]{1,253}>/gi;

/** A new Message-ID for a verdict reply, on the check address's domain. */
export function newVerdictId(checkAddress: string): string {
  const domain = checkAddress.slice(checkAddress.lastIndexOf("@") + 1).replace(/[^A-Za-z0-9.-]/g, "") || "phishcheck.invalid";
  return `<verdict.${crypto.randomUUID()}@${domain}>`;
}

/** Our verdict Message-IDs named in In-Reply-To and References (lower-cased hex as we wrote it). */
export function verdictReplyIds(headers: Headers): string[] {
  const value = `${headers.get("in-reply-to") ?? ""} ${(headers.get("references") ?? "").slice(-20_000)}`;
  return [...new Set(value.match(VERDICT_ID) ?? [])];
}

/** Lines that start the quoted verdict in a reply: "On … wrote:", Gmail's Japanese date line, Outlook's separators and header block. */
const QUOTE_HEAD = [
  /^\s*On\b.{0,300}\bwrote:\s*$/i,
  /^\s*\d{4}年\d{1,2}月\d{1,2}日.{0,300}[:：]\s*$/,
  /^\s*-{2,}\s*(?:Original Message|Forwarded message|元のメッセージ|転送されたメッセージ)\s*-{2,}/i,
  /^\s*_{8,}\s*$/,
  /^\s*(?:From|差出人|送信者|Sent|送信日時|Date|日付)\s*[:：]/i,
];

/**
 * The reader's own words in a reply to our verdict: everything above the quoted verdict (lines
 * starting with ">", a reply header line, a line naming our address), trimmed, at most `max`
 * characters.
 */
export function readerNote(body: string, ourAddresses: string[], max = 500): string {
  const lines = body.slice(0, 50_000).split(/\r?\n/);
  const ours = ourAddresses.map((a) => a.toLowerCase()).filter(Boolean);
  const kept: string[] = [];
  for (const line of lines) {
    const lower = line.toLowerCase();
    if (QUOTE_HEAD.some((re) => re.test(line)) || ours.some((a) => lower.includes(a))) {
      // Gmail wraps "On Tue, … phishcheck <check@…> wrote:" over two lines: drop the dangling start.
      if (kept.length && /^\s*On\b/i.test(kept[kept.length - 1]!)) kept.pop();
      break;
    }
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  const note = kept.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  return [...note].slice(0, max).join("");
}
