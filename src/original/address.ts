import { addressParser } from "postal-mime";
import type { MailAddress } from "./types";

/** A forwarded From line is read no further than this: postal-mime's address parser is not linear on huge input. */
const ADDRESS_READ = 4000;

/** A forwarded header block's address as a client writes it. Parses "Name <a@b>", "\"Name\" <a@b>", "Name [mailto:a@b]", "a@b (Name)" or a bare address. */
export function parseAddress(value: string): MailAddress | null {
  const cleaned = value
    .slice(0, ADDRESS_READ)
    .replace(/\[mailto:([^\]\s[]{1,320})\]/i, "<$1>")
    .replace(/<mailto:([^>\s<]{1,320})>/i, "<$1>")
    .replace(/＜/g, "<")
    .replace(/＞/g, ">")
    .trim();
  if (!cleaned) return null;
  // "Name, Inc. <a@b>" as mailers show it, unquoted: all before the angle brackets is the name.
  const angle = /^([^<>]{0,200}?)\s*<\s*([^<>\s@]{1,64}@[^<>\s@]{1,253})\s*>$/.exec(cleaned);
  if (angle) return { name: angle[1]!.replace(/^["'\s]+|["'\s]+$/g, "").trim(), address: angle[2]!.toLowerCase() };
  try {
    const list = addressParser(cleaned, { flatten: true });
    const first = list.find((a) => a.address?.includes("@"));
    if (first?.address) return { name: (first.name ?? "").trim(), address: first.address.trim().toLowerCase() };
  } catch {
    // fall through to the loose match below
  }
  // Bounded on both sides of the @: an unbounded run took quadratic time on a long line without one.
  const m = cleaned.includes("@") ? /([^\s<>"'()[\]@]{1,64}@[^\s<>"'()[\]@]{1,253}\.[a-z0-9-]{1,63})/i.exec(cleaned) : null;
  if (!m) return { name: cleaned.replace(/["<>]/g, "").trim(), address: "" };
  const name = cleaned.slice(0, m.index).replace(/["<>([]/g, "").trim();
  return { name, address: m[1]!.toLowerCase() };
}
