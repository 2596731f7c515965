import { describe, expect, it } from "vitest";
import { defangAddress, defangDomain, defangText, defangUrl } from "../../src/reply/defang";

describe("defanging", () => {
  it("URLs lose their scheme and dots", () => {
    expect(defangUrl("https://amazon-jp.example.ml/login?u=a@b.jp")).toBe("hxxps://amazon-jp[.]example[.]ml/login?u=a[@]b[.]jp");
    expect(defangUrl("HTTP://x.tk")).toBe("hxxp://x[.]tk");
    expect(defangUrl("javascript:alert(1)")).toBe("javascript[:]alert(1)");
  });
  it("long URLs are shortened", () => {
    const out = defangUrl(`https://x.ml/${"a".repeat(300)}`);
    expect([...out].length).toBeLessThan(120); // 90 characters of URL, then the defanging brackets
    expect(out.endsWith("…")).toBe(true);
  });
  it("domains and addresses", () => {
    expect(defangDomain("emailamazoncojp.cf")).toBe("emailamazoncojp[.]cf");
    expect(defangAddress("amazonjp@emailamazoncojp.cf")).toBe("amazonjp[@]emailamazoncojp[.]cf");
  });
  it("free text: every URL, address and domain, on one line", () => {
    const out = defangText("Visit https://evil.ml/x\nor www.evil.tk, mail a@b.cf; see amazon.co.jp");
    expect(out).toBe("Visit hxxps://evil[.]ml/x or www[.]evil[.]tk, mail a[@]b[.]cf; see amazon[.]co[.]jp");
    expect(out).not.toMatch(/https?:|\w\.\w/);
  });
  it("quotes lose the same invisible characters the matcher ignores (Hangul filler, variation selectors, tag characters too)", () => {
    const hidden = "Pay\u3164Pal \u200bacc\ufe0fount\u{e0041} a\u2060@b.cf https://x\u034f.ml/";
    expect(defangText(hidden)).toBe("PayPal account a[@]b[.]cf hxxps://x[.]ml/");
    expect(defangAddress("ev\u3164il@b\u{e0020}.cf")).toBe("evil[@]b[.]cf");
    expect(defangUrl("https://x\ufe0f.ml/\u3164")).toBe("hxxps://x[.]ml/");
  });
});
