import { reason } from "../reasons/catalogue";
import type { Signal, SignalContext } from "./types";

/**
 * A PDF named like a button — a command and a number, nothing else ("Open 8368.pdf", "View 3368.pdf",
 * "Download_20417.pdf"): the file is a page with one big link on it, sent as an attachment so that the
 * link escapes the filters that read the mail. Documents people send are named for what they are
 * (an invoice, a contract, a scan: "Scan_0001.pdf" is a scanner's name and not a command); a file
 * whose whole name tells you to open it is the lure's carrier.
 */
const BUTTON_NAME = /^(?:open|view|download|access|click|abrir|visualizar|baixar|[öo]ffnen|ansehen|ouvrir|voir|t[ée]l[ée]charger)[ _-]?(\d{3,8})\.pdf$/i;

/**
 * A year or a date is what people and devices put after a word: a course handout on "Access 2019",
 * a copier's "View_20261124.pdf" (the scan's date). The lure's number is a random ticket.
 */
const YEAR_OR_DATE = /^(?:19|20)\d\d(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))?$/;

const buttonName = (name: string) => {
  const m = BUTTON_NAME.exec(name);
  return !!m && !YEAR_OR_DATE.test(m[1]!);
};

export function attachmentNameSignals({ original }: SignalContext): Signal[] {
  const a = original.attachments.find((x) => buttonName(x.filename.trim()));
  return a ? [reason("attachment_button_name", { file: a.filename.trim() })] : [];
}
