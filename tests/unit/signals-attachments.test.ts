/** Attachments: files that run code or open a page, archives that hide them, macro documents. */
import { describe, expect, it } from "vitest";
import { check } from "../signal-helpers";
import type { AttachmentInfo } from "../../src/original/types";

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
