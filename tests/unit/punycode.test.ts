/**
 * Punycode labels (after "xn--") are decoded by the `punycode` package and checked the way IDNA
 * checks them. The hand-written decoder this replaces read any character as a digit: "mazon-3v!"
 * became "m৅azon" instead of being refused.
 */
import { describe, expect, it } from "vitest";
import { skeleton } from "../../src/text/confusables";
import { decodePunycodeLabel } from "../../src/text/punycode";
import { check } from "../signal-helpers";

describe("decodePunycodeLabel", () => {
  it("decodes real IDN labels: Cyrillic а in amazon, German, Japanese", () => {
    expect(decodePunycodeLabel("mazon-3ve")).toBe("\u0430mazon");
    expect(decodePunycodeLabel("mnchen-3ya")).toBe("münchen");
    expect(decodePunycodeLabel("wgv71a119e")).toBe("日本語");
    // Punycode digits are case-insensitive.
    expect(decodePunycodeLabel("MAZON-3VE")).toBe("\u0430MAZON");
  });

  it.each([
    ["mazon-3v!", "a character that is no base-36 digit (was decoded as m৅azon)"],
    ["mazon-3v", "a number cut short"],
    ["zz", "a number cut short, no basic part"],
    ["-", "nothing after the delimiter"],
    ["abc-", "decodes to ASCII only"],
    ["", "empty"],
    ["99999999999a", "overflow"],
    ["ma\u00e9zon-3ve", "a non-ASCII basic part"],
  ])("refuses %j (%s)", (label) => {
    expect(decodePunycodeLabel(label)).toBeNull();
  });

  it("a refused label is compared as written: xn--mazon-3v! is not folded into amazon", () => {
    expect(skeleton("xn--mazon-3ve")).toBe(skeleton("amazon"));
    expect(skeleton("xn--mazon-3v!")).not.toBe(skeleton("amazon"));
  });

  it("genuine counterpart: a real Japanese IDN sender imitates no brand", () => {
    // 日本語.jp and お名前.com-style registrations are ordinary for Japanese businesses.
    const r = check({ from: "Yamada Shoten <info@xn--wgv71a119e.jp>" });
    expect(r.codes).not.toContain("sender_lookalike");
    expect(r.verdict).toBe("no_signs");
  });
});
