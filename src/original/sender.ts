import type { ParsedMail } from "../mail/parse";
import { header } from "../mail/parse";
import type { MailAddress } from "./types";
import { trimChars } from "../text/strings";

// Bounded parts (a local part has no "@"): unbounded runs made a long malformed From quadratic.
const ANGLE_ADDRESS = /<[ \t]{0,3}"?([^<>"\s@]{1,64}@[^<>"\s]{1,255}?)"?[ \t]{0,3}>/g;

/**
 * The From of a parsed message, robust to the malformed headers spammers write on purpose:
 * `Brand team ,_<x@evil.example>` (a comma that splits the name from the address),
 * `"Brand "<"x@evil.example">` (a quoted address). The raw header decides when postal-mime's
 * reading has no usable address.
 */
export function senderOf(mail: Pick<ParsedMail, "from" | "headers">): MailAddress | null {
  const parsed = mail.from;
  const first = parsed ? (parsed.address !== undefined ? parsed : parsed.group[0]) : undefined;
  const clean = (a: string) => trimChars(a.trim(), `"'`).toLowerCase();
  if (first?.address && clean(first.address).includes("@")) return { name: (first.name ?? "").trim(), address: clean(first.address) };
  const raw = header(mail, "from");
  if (!raw) return first ? { name: (first.name ?? "").trim(), address: "" } : null;
  let last: RegExpExecArray | null = null;
  ANGLE_ADDRESS.lastIndex = 0;
  for (let m = ANGLE_ADDRESS.exec(raw); m; m = ANGLE_ADDRESS.exec(raw)) last = m;
  if (!last) return first ? { name: (first.name ?? "").trim(), address: "" } : null;
  const name = (first?.name || raw.slice(0, last.index)).replace(/["'<>]/g, "").replace(/\s/g, " ");
  return { name: trimChars(name, " ,;_", { start: false }).trim(), address: clean(last[1]!) };
}
