/**
 * attachment_button_name: a PDF whose whole name is a command and a number ("Open 8368.pdf", "View
 * 3368.pdf"), the carrier of a lure's link. Genuine counterparts: a scanner's "Scan_0001.pdf", an
 * invoice, a flyer whose name starts with "Open" but says what it is.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { fixture } from "../fixtures";
import { check, rules } from "../signal-helpers";

const pdf = (filename: string) => ({ filename, mimeType: "application/pdf", size: 48213 });

describe("a PDF named like a button", () => {
  it("nonsense text from hotmail with 'View 4821.pdf': suspicious", async () => {
    const r = await checkMail(fixture("phishing/recall-pdf-button.eml"), rules);
    expect(r.reasons.find((x) => x.code === "attachment_button_name")?.params.file).toBe("View 4821.pdf");
    expect(r.verdict).not.toBe("no_signs");
  });

  it("'Open 6316.pdf' on a document-share notice: attachment_button_name", () => {
    const r = check({ subject: "Coin exchange completed", text: "Attached: Open 6316.pdf", attachments: [pdf("Open 6316.pdf")] });
    expect(r.codes).toContain("attachment_button_name");
  });
});

describe("PDFs people really send", () => {
  for (const name of ["Scan_20251120_0001.pdf", "Invoice 10482.pdf", "Open house 2026.pdf", "20251120.pdf", "view-guide-2026.pdf"]) {
    it(`"${name}": no attachment_button_name, no signs`, () => {
      const r = check({ subject: "The file", text: "Hanako, here is the file we talked about. Taro", attachments: [pdf(name)] });
      expect(r.codes).not.toContain("attachment_button_name");
      expect(r.verdict).toBe("no_signs");
    });
  }
});
