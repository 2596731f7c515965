import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/reply/escape";
import { runs } from "../runs";

describe("escapeHtml (the reply's HTML part)", () => {
  it("writes & < > \" ' as numeric references and leaves every other character as it is", () => {
    const unit = fc.constantFrom("a", " ", "&", "<", ">", '"', "'", "判", "😀", "&amp;", "\n", "#", ";");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), (s) => {
        expect(escapeHtml(s)).toBe(s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`));
      }),
      { seed: 20261201, numRuns: runs(300) },
    );
    expect(escapeHtml(`<a href="x">don't & go</a>`)).toBe("&#60;a href=&#34;x&#34;&#62;don&#39;t &#38; go&#60;/a&#62;");
    expect(escapeHtml("判定")).toBe("判定");
  });
});
