import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { CATALOGUE, REASON_CODES, isReasonCode, topic } from "../../src/reasons/catalogue";
import { explain, KNOWN_CODES } from "../../src/verdict/messages";
import { fixture, fixturePaths } from "../fixtures";
import { rules } from "../signal-helpers";

/** Evidence of every kind a sentence may quote, so each code's sentence has something to say. */
const PARAMS: Record<string, string> = {
  address: "support@paypa1-resolution.com",
  domain: "paypa1-resolution.com",
  brand: "PayPal",
  brandJa: "ペイパル",
  real: "paypal.com",
  name: "PayPal Support",
  quote: "PayPal",
  place: "display_name",
  url: "https://paypa1-resolution.com/login",
  shown: "www.paypal.com",
  shownOfficial: "1",
  text: "Your account is on hold",
  where: "subject",
  file: "invoice.exe",
  phone: "0120-000-000",
  phrases: "今すぐ\u0000パスワード",
  kinds: "urgency\u0000credential",
  count: "2",
  by: "Gmail",
  tld: "top",
  platform: "firebaseapp.com",
  port: "8080",
  target: "https://evil.example/x",
  targetDomain: "evil.example",
  sender: "example.co.jp",
  replyDomain: "mail.ru",
  replyAddress: "x@mail.ru",
  raw: "PayPal",
  number: "12345",
  code: "XJ7Q-92KD",
  chars: "200000",
};

describe("reason catalogue", () => {
  it("has wording for every code, in Japanese and in English", () => {
    expect(new Set(KNOWN_CODES)).toEqual(new Set(REASON_CODES));
    for (const code of REASON_CODES) {
      const m = explain({ code, severity: CATALOGUE[code].severity, points: 1, params: PARAMS });
      // explain() falls back to the bare code when a sentence is missing.
      expect(m.ja, code).not.toBe(code);
      expect(m.en, code).not.toBe(code);
      expect(m.ja, `${code} ja`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(m.en, `${code} en`).toMatch(/^[^\u3040-\u30ff]*[A-Za-z]{3}/);
    }
  });

  it("files every code under a topic, and knows no code it does not declare", () => {
    for (const code of REASON_CODES) expect(topic(code), code).toMatch(/^(sender|link|tracking|attachment|content|genuine|provider)$/);
    expect(isReasonCode("link_lookalike")).toBe(true);
    expect(isReasonCode("link_lookalkie")).toBe(false);
    expect(isReasonCode("toString")).toBe(false);
  });

  it("declares every code the fixtures' mails are given", async () => {
    const emitted = new Set<string>();
    const paths = fixturePaths().filter((p) => p.endsWith(".eml"));
    expect(paths.length).toBeGreaterThan(20);
    for (const p of paths) for (const r of (await checkMail(fixture(p), rules)).reasons) emitted.add(r.code);
    expect(emitted.size).toBeGreaterThan(10);
    expect([...emitted].filter((c) => !isReasonCode(c))).toEqual([]);
  });
});
