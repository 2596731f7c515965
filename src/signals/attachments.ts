import { reason } from "../reasons/catalogue";
import type { Signal, SignalContext } from "./types";

/** File types that run code or open a web page the attacker controls when opened. */
const DANGEROUS = /\.(?:html?|shtml|xhtml|svg|exe|scr|com|pif|bat|cmd|js|jse|vbs|vbe|wsf|hta|lnk|msi|jar|ps1|iso|img|vhdx?|one|chm|reg|cpl)$/i;
/** Office files that can carry macros. */
const MACRO = /\.(?:docm|xlsm|pptm|dotm|xltm|xlam|ppam|doc|xls|ppt)$/i;
/** Archives, often used to slip the above past filters. */
const ARCHIVE = /\.(?:zip|rar|7z|gz|tgz|bz2|xz|cab|arj|ace|tar|z)$/i;

const DANGEROUS_TYPES = new Set(["text/html", "image/svg+xml", "application/x-msdownload", "application/javascript", "application/hta", "application/x-iso9660-image"]);

export function attachmentSignals({ original }: SignalContext): Signal[] {
  const out: Signal[] = [];
  for (const a of original.attachments) {
    const name = a.filename.trim();
    const inner = a.inner?.find((n) => DANGEROUS.test(n) || MACRO.test(n));
    if (DANGEROUS.test(name) || (!name && DANGEROUS_TYPES.has(a.mimeType) && a.mimeType !== "text/html"))
      out.push(reason("attachment_dangerous", { file: name || a.mimeType }));
    else if (inner) out.push(reason("attachment_dangerous", { file: `${name} → ${inner}` }));
    else if (MACRO.test(name)) out.push(reason("attachment_macro", { file: name }));
    else if (ARCHIVE.test(name)) out.push(reason("attachment_archive", { file: name }));
  }
  // One reason per kind, the worst first.
  const seen = new Set<string>();
  return out.filter((s) => !seen.has(s.code) && seen.add(s.code));
}
