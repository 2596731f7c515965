/**
 * The reply a reader gets, one per kind of verdict, as text files a reviewer reads in the diff
 * (tests/snapshots/*.txt): dangerous in Japanese and English, suspicious, "no signs" with and
 * without weak signs, a genuine sign-in alert, unreadable. Fixtures: tests/fixtures/replies/README.md.
 * Official domains carry an invisible word joiner (U+2060) before each dot, so no mail program links them.
 * When wording changes on purpose: `npx vitest run tests/node/replies.test.ts -u`, then read the diff.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { composeReply } from "../../src/reply/compose";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";

const rules = compileRules(defaultRules(), 0);

async function reply(file: string) {
  const result = await checkMail(readFileSync(file), rules);
  const c = composeReply({ kind: "verdict", result });
  return { result, text: `Subject: ${c.subject}\n\n${c.text}\n`, html: c.html };
}

const CASES: [name: string, file: string, verdict: string][] = [
  ["dangerous-en-paypal-lookalike", "tests/fixtures/replies/dangerous-en-paypal-lookalike.eml", "dangerous"],
  ["dangerous-ja-nexco-punycode", "tests/fixtures/replies/dangerous-ja-nexco-punycode.eml", "dangerous"],
  ["dangerous-ja-yamato-parcel", "tests/fixtures/replies/dangerous-ja-yamato-parcel.eml", "dangerous"],
  ["suspicious-en-mailbox", "tests/fixtures/replies/suspicious-en-mailbox.eml", "suspicious"],
  ["no-signs-ja-yamato", "tests/fixtures/replies/no-signs-ja-yamato.eml", "no_signs"],
  ["no-signs-en-newsletter-weak", "tests/fixtures/replies/no-signs-en-newsletter-weak.eml", "no_signs"],
  ["no-signs-en-google-signin", "tests/fixtures/replies/no-signs-en-google-signin.eml", "no_signs"],
  ["unreadable", "tests/fixtures/misc/garbage.bin", "unreadable"],
];

describe("reply snapshots", () => {
  for (const [name, file, verdict] of CASES)
    it(name, async () => {
      const { result, text } = await reply(file);
      expect(result.verdict).toBe(verdict);
      await expect(text).toMatchFileSnapshot(`../snapshots/${name}.txt`);
    });
});

describe("the reply's wording", () => {
  it("a lookalike's dangerous reply names the trick (digit 1 for letter l, the added word) once, after the clearest evidence", async () => {
    const { result, text } = await reply("tests/fixtures/replies/dangerous-en-paypal-lookalike.eml");
    const en = text.split("────")[0]!;
    expect(result.reasons.find((r) => !r.repeats)?.code).toBe("link_text_mismatch");
    expect(en).toMatch(/A link shows www\u2060\.paypal\u2060\.com, but it really goes to paypa1-resolution\[\.\]com/);
    expect(en).toContain('the digit "1" where the real one has the letter "l"');
    expect(en).toContain('adds the word "resolution"');
    expect(en.match(/Look closely/g)).toHaveLength(1);
    // One reason per idea: the lookalike reason carries the name the sender gave itself, so "the name says
    // PayPal, the address is not PayPal's" is not said again.
    expect(en.match(/calls itself "PayPal"/g)).toHaveLength(1);
    expect(en).not.toContain("is not one of PayPal's");
    expect(result.reasons.find((r) => r.code === "sender_name_brand_mismatch")?.repeats).toBe("sender_lookalike");
  });

  it("Japanese replies name brands in Japanese, quote with 「」; English ones quote with \"\"", async () => {
    const { text } = await reply("tests/fixtures/replies/dangerous-ja-yamato-parcel.eml");
    const [ja, en] = text.split("──── English below ────");
    expect(ja).toContain("ヤマト運輸のアドレスではありません");
    expect(ja).not.toContain("Yamato Transport");
    expect(ja).toContain("「住所不備」");
    expect(en).toContain("Yamato Transport");
    expect(en).toMatch(/"住所不備"/);
    const enReasons = en!.split("Why:")[1]!.split("What to do now:")[0]!;
    expect(enReasons).not.toMatch(/[「」]/);
  });

  it("the pressure explanation fits the quote: a parcel on hold is not called a deadline", async () => {
    const { text } = await reply("tests/fixtures/replies/dangerous-ja-yamato-parcel.eml");
    expect(text).toContain("偽の不在通知");
    expect(text).not.toContain("期限を切って");
  });

  it("punycode is shown decoded, and a domain inside an attacker's host is named as the domain it is", async () => {
    const { text } = await reply("tests/fixtures/replies/dangerous-ja-nexco-punycode.eml");
    expect(text).not.toContain("xn--");
    expect(text).toContain("のように見せかけています");
    expect(text).toMatch(/本物のアドレス（etc-meisai\u2060\.jp）で始まっていますが、実際の行き先は最後の部分の verify-login\[\.\]cn です/);
  });

  it("official domains are plain but never clickable; attacker domains stay defanged", async () => {
    const { text, html } = await reply("tests/fixtures/replies/no-signs-ja-yamato.eml");
    expect(text).not.toContain("[.]");
    for (const part of [text, html]) expect(part).not.toMatch(/kuronekoyamato\.co\.jp|https?:\/\//);
    expect(html).not.toMatch(/<a[\s>]/i);
  });

  it("no-signs replies have no 'What to do now' heading; a genuine sign-in alert gets advice about the alert", async () => {
    for (const f of ["no-signs-ja-yamato", "no-signs-en-newsletter-weak", "no-signs-en-google-signin"]) {
      const { text } = await reply(`tests/fixtures/replies/${f}.eml`);
      expect(text).not.toMatch(/What to do now|今すぐすること/);
    }
    const { text } = await reply("tests/fixtures/replies/no-signs-en-google-signin.eml");
    expect(text).toContain("If you don't recognise this sign-in");
    expect(text).toContain("このログインに心当たりがないときは");
  });
});
