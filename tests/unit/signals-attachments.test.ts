/** Attachments: files that run code or open a page, archives that hide them, macro documents. */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/check";
import type { AttachmentInfo, Original } from "../../src/original/types";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";

// A small factory, the same in each signals-*.test.ts: an ordinary person at an ordinary company
// writing to Hanako, which each test overrides with just the thing it is about.
const rules = compileRules(defaultRules());
const YOU = "hanako@example.jp";
type Init = Partial<Omit<Original, "from" | "headers">> & { from?: string | null; headers?: Record<string, string> | null };
function original({ from = "Taro Yamada <taro.yamada@yamada-kogyo.co.jp>", headers = null, ...rest }: Init = {}): Original {
  const m = from === null ? null : /^\s*"?(.*?)"?\s*<([^>]*)>\s*$/.exec(from);
  return {
    via: "direct",
    from: from === null ? null : m ? { name: m[1]!, address: m[2]!.toLowerCase() } : { name: "", address: from.toLowerCase() },
    replyTo: [],
    subject: "Lunch next week",
    date: null,
    text: "Hanako, are we still on for lunch on Tuesday? Taro",
    links: [],
    imageAlts: [],
    attachments: [],
    headers: headers && Object.entries(headers).map(([k, value]) => ({ key: k.toLowerCase(), originalKey: k, value })),
    recipients: [YOU],
    truncated: false,
    ...rest,
  };
}
function run(o: Original, r = rules) {
  const res = analyse(o, r);
  return { ...res, codes: res.signals.map((s) => s.code), signal: (code: string) => res.signals.find((s) => s.code === code) };
}
const check = (init: Init = {}, r = rules) => run(original(init), r);

const file = (filename: string, mimeType = "application/octet-stream", inner?: string[]): AttachmentInfo => ({ filename, mimeType, size: 1024, ...(inner ? { inner } : {}) });
const attached = (...attachments: AttachmentInfo[]) => check({ attachments });

describe("attachment_dangerous", () => {
  it.each(["invoice.pdf.exe", "Payment_Advice.html", "scan.svg", "document.iso", "notes.one"])("%s", (name) => {
    expect(attached(file(name)).codes).toEqual(["attachment_dangerous"]);
  });

  it("an unnamed SVG part", () => {
    expect(attached(file("", "image/svg+xml")).codes).toEqual(["attachment_dangerous"]);
  });

  it("an archive whose listing holds an .exe or an .html", () => {
    expect(attached(file("docs.zip", "application/zip", ["readme.txt", "invoice.pdf.exe"])).signal("attachment_dangerous")?.params.file).toBe("docs.zip → invoice.pdf.exe");
    expect(attached(file("docs.zip", "application/zip", ["login.html"])).codes).toEqual(["attachment_dangerous"]);
  });

  it("one reason for several dangerous files", () => {
    expect(attached(file("a.exe"), file("b.scr")).signals).toHaveLength(1);
  });

  it("not a PDF or a macro-free Office file, nor an unnamed HTML part (the mail's own body)", () => {
    expect(attached(file("invoice.pdf", "application/pdf"), file("report.docx"), file("", "text/html")).codes).toEqual([]);
  });
});

describe("attachment_macro", () => {
  it("macro-enabled and legacy Office files", () => {
    expect(attached(file("invoice.docm")).codes).toEqual(["attachment_macro"]);
    expect(attached(file("invoice.xls")).codes).toEqual(["attachment_macro"]);
  });

  it("not their macro-free forms", () => {
    expect(attached(file("invoice.docx"), file("invoice.xlsx")).codes).toEqual([]);
  });
});

describe("attachment_archive", () => {
  it("an archive we cannot see into, or one holding only documents, is a low note", () => {
    expect(attached(file("docs.zip", "application/zip")).signal("attachment_archive")).toMatchObject({ severity: "low", points: 1 });
    expect(attached(file("docs.zip", "application/zip", ["a.pdf", "b.txt"])).codes).toEqual(["attachment_archive"]);
  });

  it("not a file merely named like an archive inside", () => {
    expect(attached(file("zip-codes.csv", "text/csv")).codes).toEqual([]);
  });
});
