/** The small pieces of the organisation features: settings validation, the reader's note, report rows, the address guard. */
import { describe, expect, it } from "vitest";
import { readSettings } from "../../src/email/settings";
import { readerNote, verdictReplyIds } from "../../src/email/feedback";
import { noReplyReason } from "../../src/handle-email";
import { campaignKey, linkDomains, normaliseSubject, reportRecord } from "../../src/reports/row";
import type { CheckResult } from "../../src/check";

describe("readSettings", () => {
  it("defaults", () => {
    expect(readSettings({})).toEqual({
      settings: { orgName: "", reportAddresses: [], securityTeam: null, securityTeamSuspicious: false, defaultLanguage: "en", retentionDays: 90 },
      problems: [],
    });
  });
  it("good values are taken", () => {
    const { settings, problems } = readSettings({ ORG_NAME: " ACME ", REPORT_ADDRESSES: "IT@acme.example; soc@acme.example", SECURITY_TEAM_ADDRESS: "soc@acme.example", SECURITY_TEAM_SUSPICIOUS: "true", DEFAULT_LANGUAGE: "ja", RETENTION_DAYS: "30" });
    expect(problems).toEqual([]);
    expect(settings).toEqual({ orgName: "ACME", reportAddresses: ["it@acme.example", "soc@acme.example"], securityTeam: "soc@acme.example", securityTeamSuspicious: true, defaultLanguage: "ja", retentionDays: 30 });
  });
  it("each bad value: named, and its default used", () => {
    const { settings, problems } = readSettings({
      ORG_NAME: "<script>",
      REPORT_ADDRESSES: "it-desk, soc@acme.example",
      SECURITY_TEAM_ADDRESS: "Check@Example.com",
      CHECK_ADDRESS: "check@example.com",
      SECURITY_TEAM_SUSPICIOUS: "maybe",
      DEFAULT_LANGUAGE: "de",
      RETENTION_DAYS: "1.5",
    });
    expect(problems.map((p) => p.variable)).toEqual(["ORG_NAME", "REPORT_ADDRESSES", "SECURITY_TEAM_ADDRESS", "SECURITY_TEAM_SUSPICIOUS", "DEFAULT_LANGUAGE", "RETENTION_DAYS"]);
    expect(settings).toEqual(readSettings({}).settings);
  });
});

describe("the reader's note on a verdict", () => {
  const us = ["check@phishcheck.example"];
  it("Outlook: cut at the header block of our reply", () => {
    expect(readerNote("違います。社内の正規の案内です。\r\n\r\n________________________________\r\n差出人: phishcheck <check@phishcheck.example>\r\n件名: [判定: 危険] x\r\n\r\nこれは詐欺メール", us)).toBe("違います。社内の正規の案内です。");
  });
  it("quoted lines are dropped; a line naming our address ends the note", () => {
    expect(readerNote("> This is a phishing mail\r\nwrong!\r\nphishcheck <check@phishcheck.example> wrote\r\nmore", us)).toBe("wrong!");
  });
  it("at most 500 characters, counted in characters", () => {
    expect([...readerNote("違".repeat(900), us)]).toHaveLength(500);
  });
  it("our verdict ids in In-Reply-To / References", () => {
    const id = `<verdict.${crypto.randomUUID()}@phishcheck.example>`;
    expect(verdictReplyIds(new Headers({ "in-reply-to": id, references: `<a@b> ${id}` }))).toEqual([id]);
    expect(verdictReplyIds(new Headers({ "in-reply-to": "<verdict.1234@phishcheck.example>" }))).toEqual([]);
  });
});

describe("report rows", () => {
  const result = (verdict: CheckResult["verdict"]): CheckResult => ({
    verdict,
    score: 7,
    language: "ja",
    reasons: [{ code: "sender_abused_tld" } as CheckResult["reasons"][number], { code: "sender_abused_tld" } as CheckResult["reasons"][number]],
    original: { via: "attachment", from: { name: "A", address: "x@mail.evil.ml" }, subject: "Re: ご注文 12345 の確認", links: ["https://a.evil.ml/1", "https://b.evil.ml/2", "https://shop.web.app/x", "http://192.0.2.1/y", "mailto:x@y"] },
    brand: { id: "amazon", en: "Amazon", ja: "Amazon", domain: "amazon.co.jp" },
  });
  const meta = { id: "1", receivedAt: 0, ms: 1, reporter: "h", replyMessageId: null };
  it("dangerous: domains, subject, campaign; no link path, no address", () => {
    const r = reportRecord(result("dangerous"), meta);
    expect(r).toMatchObject({ via: "attached", codes: ["sender_abused_tld"], brand: "amazon", senderDomain: "mail.evil.ml", linkDomains: ["evil.ml", "shop.web.app", "192.0.2.1"], subject: "Re: ご注文 12345 の確認" });
    expect(r.campaign).toBe("mail.evil.ml|evil.ml|ご注文 # の確認");
    expect(JSON.stringify(r)).not.toContain("x@mail");
  });
  it("no_signs: no sender, links, subject or campaign", () => {
    expect(reportRecord(result("no_signs"), meta)).toMatchObject({ senderDomain: null, linkDomains: [], subject: null, campaign: null });
  });
  it("at most 5 link domains; the main one is where most links go", () => {
    const many = ["https://a.one.example/", "https://two.example/", "https://three.example/", "https://four.example/", "https://five.example/", "https://six.example/", "https://six.example/2"];
    expect(linkDomains(many)).toEqual({ domains: ["one.example", "two.example", "three.example", "four.example", "five.example"], main: "six.example" });
  });
  it("the campaign key ignores Re:/Fwd:, width, case and numbers", () => {
    expect(normaliseSubject("Fwd: RE: Ａｍａｚｏｎ Order 123")).toBe(normaliseSubject("amazon order 999"));
    expect(campaignKey(null, null, "x")).toBe("-|-|x");
  });
});

describe("the loop guard (postal-mime's address parser)", () => {
  const h = (from: string, extra: Record<string, string> = {}) => ({ from, to: "check@acme.example", headers: new Headers({ from, ...extra }) });
  it("colleagues are people; only our own addresses loop", () => {
    expect(noReplyReason(h("alice@acme.example"), [])).toBeNull();
    expect(noReplyReason(h("Alice <ALICE@acme.example>"), [])).toBeNull();
    expect(noReplyReason(h("check@acme.example"), [])).toBe("loop");
    expect(noReplyReason(h("<Check@Acme.Example>"), [])).toBe("loop");
    expect(noReplyReason(h("phishcheck@acme.example"), ["phishcheck@acme.example"])).toBe("loop");
    expect(noReplyReason({ ...h("alice@acme.example"), headers: new Headers({ from: '"phishcheck" <check@acme.example>' }) }, [])).toBe("loop");
  });
});
