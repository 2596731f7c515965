/**
 * Truist with its former names (SunTrust and BB&T merged into it; suntrust.com still serves its customers).
 * Hand-written: a lure in SunTrust's name from a stranger's domain, and Truist's own sign-in alert.
 */
import { describe, expect, it } from "vitest";
import { defaultRules } from "../../src/rules/default";
import { ruleSetProblems } from "../../src/rules/schema";
import { check, link } from "../signal-helpers";

describe("Truist / SunTrust", () => {
  it("'SunTrust' in the display name at a stranger's domain with a sign-in link elsewhere: dangerous", () => {
    const r = check({ from: "SunTrust Online <alerts@secure-banking-notice.com>", subject: "SunTrust: verify your account", text: "Dear SunTrust customer, please sign in to verify your account.", links: [link("https://secure-banking-notice.com/login", "Sign in")] });
    expect(r.codes).toContain("sender_name_brand_mismatch");
    expect(r.verdict).toBe("dangerous");
  });

  it("Truist's own sign-in alert from truist.com, authenticated, 'this wasn't me' to its own site: no signs", () => {
    const r = check({
      from: "Truist <alerts@truist.com>",
      subject: "New sign-in to Truist Online Banking",
      text: "We noticed a new sign-in to your account from Chrome on Windows. If this wasn't you, review your security settings.",
      links: [link("https://www.truist.com/security", "This wasn't me"), link("https://www.truist.com/privacy", "Privacy")],
      headers: { "Authentication-Results": "mx.example.jp; dkim=pass header.d=truist.com; spf=pass smtp.mailfrom=truist.com; dmarc=pass header.from=truist.com" },
    });
    expect(r.verdict).toBe("no_signs");
  });
});

describe("the bundled packs", () => {
  it("have no cross-field problems (one entry per brand id), so the admin API accepts them back", () => {
    expect(ruleSetProblems(defaultRules())).toEqual([]);
  });
});
