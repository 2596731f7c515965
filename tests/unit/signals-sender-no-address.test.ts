/**
 * A From with a name and no address ("Facebook" <>, "saison" <saison>): no mail system writes one,
 * except a bounce's null sender. Hand-written; counterparts are a real bounce and an inline forward
 * whose quoted header shows only the sender's name.
 */
import { describe, expect, it } from "vitest";
import { check, link } from "../signal-helpers";

describe("a sender with no address", () => {
  it('"Facebook" <> in the mail\'s own headers: sender_malformed', () => {
    const r = check({ from: '"Facebook" <>', headers: { From: '"Facebook" <>' }, subject: "Your account will be disabled", text: "Confirm your account within 24 hours.", links: [link("https://fb-confirm.example-host.net/login", "Confirm")] });
    expect(r.codes).toContain("sender_malformed");
  });

  it('"saison" <saison> (a bare word where the address belongs): sender_malformed', () => {
    const r = check({ from: '"saison" <saison>', headers: { From: '"saison" <saison>' }, subject: "ご利用確認のお願い" });
    expect(r.codes).toContain("sender_malformed");
  });
});

describe("genuine counterparts", () => {
  it("a bounce from MAILER-DAEMON <> (the null sender): not malformed", () => {
    for (const from of ["MAILER-DAEMON <>", "Mail Delivery Subsystem <MAILER-DAEMON>"]) {
      const r = check({ from, headers: { From: from }, subject: "Returned mail: see transcript for details", text: "The original message was received but could not be delivered." });
      expect(r.codes).not.toContain("sender_malformed");
      expect(r.verdict).toBe("no_signs");
    }
  });

  it("an inline forward whose quoted header shows only the sender's name: not malformed", () => {
    const r = check({ via: "inline", from: "\"Same Guy\" <>", headers: { From: "Same Guy", Subject: "Re: Electric cars" }, subject: "Re: Electric cars", text: "Here's the article I mentioned." });
    expect(r.codes).not.toContain("sender_malformed");
    expect(r.verdict).toBe("no_signs");
  });
});
