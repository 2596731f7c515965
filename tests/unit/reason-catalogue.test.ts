import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { CATALOGUE, PARTS, REASON_CODES, isReasonCode, reason, topic, type ReasonCode } from "../../src/reasons/catalogue";
import { explain } from "../../src/reply/reasons";
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

const HAS_JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const CODE_LIKE = /\b[a-z]+(?:_[a-z]+)+\b/;

/** Each code's sentences for the given evidence, checked the way a reader would see them. */
function expectWorded(code: ReasonCode, params: Record<string, string>, label: string) {
  const m = explain({ code, params });
  for (const lang of ["ja", "en"] as const) {
    const at = `${code} ${lang} (${label})`;
    expect(m[lang].trim().length, at).toBeGreaterThan(10);
    // No raw code, no "undefined"/"null"/"NaN" from a missing parameter, no unfilled template.
    expect(m[lang], at).not.toMatch(CODE_LIKE);
    expect(m[lang], at).not.toMatch(/undefined|null|NaN|\$\{|\[object/);
  }
  expect(m.ja, `${code} ja (${label})`).toMatch(HAS_JAPANESE);
  expect(m.en, `${code} en (${label})`).toMatch(/^[^\u3040-\u30ff]*[A-Za-z]{3}/);
}

describe("reason catalogue", () => {
  it("has wording for every code, in Japanese and in English", () => {
    expect(REASON_CODES.length).toBeGreaterThan(50);
    for (const code of REASON_CODES) expectWorded(code, PARAMS, "full evidence");
  });

  it("still says something readable when a code's evidence is missing", () => {
    for (const code of REASON_CODES) expectWorded(code, { brand: "PayPal" }, "brand only");
  });

  it("quotes the evidence it is given, defanged", () => {
    // Each sentence that takes the sender's address shows it defanged, never as written.
    for (const code of REASON_CODES) {
      const m = explain({ code, params: PARAMS });
      expect(m.en, code).not.toContain("paypa1-resolution.com");
      expect(m.ja, code).not.toContain("paypa1-resolution.com");
    }
    expect(explain({ code: "sender_blocked", params: PARAMS }).en).toContain("support[@]paypa1-resolution[.]com");
  });

  it("declares each code once, with severities for exactly the levels its points name", () => {
    expect(PARTS.reduce((n, part) => n + Object.keys(part).length, 0)).toBe(REASON_CODES.length);
    for (const code of REASON_CODES) {
      const { severity, points } = CATALOGUE[code];
      if (typeof severity === "object" && typeof points === "object") expect(Object.keys(severity).sort(), code).toEqual(Object.keys(points).sort());
      // Levels of severity alone only for phrase reasons, whose points are the phrases' weights.
      else if (typeof severity === "object") expect(points, code).toBe("phrases");
    }
  });

  it("makes every signal from the catalogue: severity and points by the level the emitter chose", () => {
    expect(reason("link_ip", { url: "http://192.0.2.1/" })).toEqual({ code: "link_ip", severity: "medium", points: 4, params: { url: "http://192.0.2.1/" } });
    expect(reason("auth_fail", {}, "dmarc")).toMatchObject({ severity: "medium", points: 3.5 });
    expect(reason("auth_fail", {}, "spf")).toMatchObject({ severity: "low", points: 2 });
    expect(reason("link_brand_in_domain", {}, "presented")).toMatchObject({ severity: "high", points: 4 });
    expect(reason("link_brand_in_domain", {}, "mentioned")).toMatchObject({ severity: "medium", points: 3 });
    expect(reason("pressure", {}, "light", 1.5)).toMatchObject({ severity: "low", points: 1.5 });
    // A level the entry does not name is a programming error, not a silent zero.
    expect(() => reason("auth_fail", {}, "dkim" as "spf")).toThrow(/auth_fail/);
  });

  it("keeps what an entry supersedes in the same topic file, so the pair reads together", () => {
    let pairs = 0;
    for (const part of PARTS)
      for (const entry of Object.values(part))
        for (const loser of entry.supersedes?.losers ?? []) {
          expect(Object.keys(part)).toContain(loser);
          pairs++;
        }
    expect(pairs).toBeGreaterThan(10);
  });

  it("names each code in at most two source files: its catalogue entry and its emitter", () => {
    const sources = import.meta.glob<string>(["../../src/**/*.ts", "../../src/**/*.tsx"], { query: "?raw", import: "default", eager: true });
    // Code only: a comment may talk about a reason; what counts is where the program spells it.
    const code = Object.entries(sources).map(([path, text]) => [path, text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1")] as const);
    expect(code.length).toBeGreaterThan(50);
    const spread: Record<string, string[]> = {};
    for (const c of REASON_CODES) {
      const word = new RegExp(`(?<![\\w])${c}(?![\\w])`);
      const files = code.filter(([, text]) => word.test(text)).map(([path]) => path.replace("../../", ""));
      expect(files.some((f) => f.startsWith("src/reasons/")), c).toBe(true);
      if (files.length > 2) spread[c] = files;
    }
    expect(spread).toEqual({});
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
