/**
 * The mail people really forward, genuine and built the way such mail is built today (hand-written
 * fixtures in tests/fixtures/genuine/, see its README): newsletters with social footers, app-store and
 * payment badges and mail-service click trackers; courier notices from regional domains; a bank's
 * sign-in alert; a payment-method reminder; a 楽天市場 メルマガ; a Drive share; a DocuSign envelope;
 * a FedEx notice whose headers were stripped. None may be called phishing — also with their
 * authentication results removed, as an inline forward leaves them. Next to them, the phishing that
 * abuses the same machinery (a mail service's tracker leading to a lookalike) stays dangerous.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";
import { composeReply } from "../../src/reply/compose";
import { fixture, fixtureText } from "../fixtures";

const rules = compileRules(defaultRules());
const GENUINE = [
  "klaviyo-newsletter-social",
  "mailchimp-newsletter-social",
  "dhl-paket-notice",
  "dpd-pl-notice",
  "royalmail-delivered",
  "barclays-signin-alert",
  "netflix-payment-update",
  "rakuten-ichiba-merumaga",
  "google-drive-share",
  "docusign-envelope",
  "fedex-stripped-headers",
];
const codes = (r: Awaited<ReturnType<typeof checkMail>>) => r.reasons.map((x) => x.code);
/** The same mail with its Authentication-Results gone (an inline forward, a stripping client). */
const withoutAuth = (name: string) => fixtureText(`genuine/${name}.eml`).replace(/^Authentication-Results:.*\n(?:[ \t].*\n)*/m, "");

describe("genuine mail as it is really built", () => {
  for (const name of GENUINE)
    it(`${name}: no signs, no brand claimed from its icons, badges or trackers`, async () => {
      const r = await checkMail(fixture(`genuine/${name}.eml`), rules);
      expect(r.verdict).toBe("no_signs");
      expect(codes(r)).not.toContain("claimed_brand_unofficial_sender");
      expect(codes(r)).not.toContain("brand_links_elsewhere");
      expect(codes(r)).not.toContain("link_text_mismatch");
    });

  for (const name of GENUINE)
    it(`${name} without its authentication results: not dangerous, and never "not the brand's address"`, async () => {
      const r = await checkMail(withoutAuth(name), rules);
      expect(r.verdict).not.toBe("dangerous");
      expect(codes(r)).not.toContain("claimed_brand_unofficial_sender");
      expect(codes(r)).not.toContain("sender_name_brand_mismatch");
    });

  it("a brand's own address with no authentication left is only noted as unconfirmed (0 points)", async () => {
    const r = await checkMail(fixture("genuine/fedex-stripped-headers.eml"), rules);
    expect(r.reasons.find((x) => x.code === "auth_unknown_official")).toMatchObject({ points: 0, severity: "info" });
    expect(r.score).toBe(0);
  });
});

describe("phishing through the same machinery", () => {
  it("a mail-service tracker whose visible destination is a lookalike is read for that destination: dangerous", async () => {
    const r = await checkMail(fixture("phishing/esp-tracker-to-lookalike.eml"), rules);
    expect(r.verdict).toBe("dangerous");
    expect(codes(r)).toContain("link_lookalike");
  });

  it("the seed's Amazon campaign stays dangerous", async () => {
    expect((await checkMail(fixture("originals/amazon-campaign.eml"), rules)).verdict).toBe("dangerous");
  });
});

describe("honest wording on weak evidence", () => {
  const raw = (from: string) =>
    `From: Taro <${from}>\r\nTo: hanako@example.jp\r\nSubject: Lunch next week\r\nDate: Tue, 18 Nov 2025 10:00:00 +0900\r\nMessage-ID: <a1@x>\r\n\r\nHanako, are we still on for lunch on Tuesday? Taro\r\n`;

  it("a no_signs reply that saw a weak sign (a .top sender, 2.5 points) names it, in both languages", async () => {
    const r = await checkMail(raw("taro@yamada-kogyo.top"), rules);
    expect(r.verdict).toBe("no_signs");
    const { text } = composeReply({ kind: "verdict", result: r });
    expect(text).toContain("Weak signs we saw");
    expect(text).toContain("気になった点");
    expect(text).toContain(".top");
  });

  it("without any sign it says nothing of weak signs", async () => {
    const r = await checkMail(raw("taro@yamada-kogyo.co.jp"), rules);
    expect(r.verdict).toBe("no_signs");
    expect(composeReply({ kind: "verdict", result: r }).text).not.toContain("Weak signs");
  });
});
