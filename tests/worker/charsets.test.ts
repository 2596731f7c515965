/**
 * Japanese mail as mailers really send it (tests/fixtures/charsets/, see the README there):
 * ISO-2022-JP, Shift_JIS with CP932 extensions, a "CP932" label, EUC-JP, encoded words split
 * across lines and inside characters, mixed charsets in one mail, half-width kana. Each is a
 * phishing-like mail: the verdict must say so, and the evidence quoted in the reply must be the
 * right text — exact subject, defanged domain — with no mojibake and no U+FFFD.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { activeRules } from "../../src/rules/store";
import { WORDS } from "../../src/reply/wording";
import { fixture } from "../fixtures";
import { FakeMessage, deliver, parseReply } from "../helpers";

type Case = {
  file: string;
  /** The original's subject, exactly. */
  subject: string;
  /** The sender's domain, as the reply must quote it (defanged). */
  domain: string;
  via: "inline" | "attachment" | "direct";
  /** More text the reply must quote exactly (a display name, a phrase). */
  quotes?: string[];
};

const CASES: Case[] = [
  { file: "iso-2022-jp.eml", subject: "【重要】Amazonアカウントの確認が必要です", domain: "amazon-co-jp-security[.]xyz", via: "inline" },
  { file: "shift_jis-cp932.eml", subject: "【三井住友カード】①ご利用確認のお願い", domain: "smbc-card-vpass[.]ml", via: "direct", quotes: ["三井住友カード㈱"] },
  { file: "cp932-label.eml", subject: "【三井住友カード】ご利用確認のお願い㈱", domain: "smbc-card-vpass[.]ml", via: "direct" },
  { file: "euc-jp.eml", subject: "Amazonプライム会員情報の更新が必要です", domain: "amazon-co-jp-security[.]xyz", via: "direct" },
  {
    file: "split-encoded-words.eml",
    subject: "Amazon: お支払い方法を更新してください",
    domain: "amazon-co-jp-security[.]xyz",
    via: "direct",
    quotes: ["Amazon[.]co[.]jp カスタマーサービス"],
  },
  { file: "mixed-charsets.eml", subject: "【三井住友カード】ご利用確認のお願い", domain: "smbc-card-vpass[.]ml", via: "attachment" },
  { file: "halfwidth-kana.eml", subject: "ｱﾏｿﾞﾝ ｱｶｳﾝﾄ一時停止のお知らせ", domain: "amazon-co-jp-security[.]xyz", via: "direct", quotes: ["ｱﾏｿﾞﾝ ｶｽﾀﾏｰｻｰﾋﾞｽ"] },
];

/** Mojibake: Latin-1 letters (UTF-8 read as Latin-1), half-width katakana where full-width was sent, escapes, U+FFFD. */
function mojibake(s: string, allowHalfWidth: boolean): string | null {
  const m = /[\u0080-\u00ff\ufffd\u001b]/.exec(s) ?? (allowHalfWidth ? null : /[\uff61-\uff9f]/.exec(s));
  return m ? JSON.stringify(s.slice(Math.max(0, m.index - 20), m.index + 20)) : null;
}

const HEADLINES = [WORDS.ja.headline.dangerous, WORDS.ja.headline.suspicious];

describe("Japanese charsets: verdict and correctly quoted evidence", () => {
  let seq = 0;
  for (const c of CASES) {
    it(`${c.file}: phishing verdict; the reply quotes "${c.subject}" and ${c.domain}`, async () => {
      const from = `charset${seq++}.${Date.now()}@example.jp`;
      const msg = await deliver(new FakeMessage(fixture(`charsets/${c.file}`), from));
      expect(msg.rejected).toEqual([]);
      expect(msg.replies).toHaveLength(1);
      const { mail, text, html, firstLine } = await parseReply(msg.replies[0]!);

      expect(HEADLINES).toContain(firstLine);
      expect(mail.subject).toMatch(/^\[判定: (?:危険|要注意)\] /);
      expect(mail.subject).toBe(`${mail.subject!.slice(0, mail.subject!.indexOf("]") + 1)} ${c.subject}`);
      expect(text).toContain(`調べたメール：「${c.subject}」`);
      expect(text).toContain(`Mail checked: "${c.subject}"`);
      expect(text).toContain(c.domain);
      expect(html).toContain(c.domain);
      for (const q of c.quotes ?? []) expect(text).toContain(q);
      const halfWidth = c.file === "halfwidth-kana.eml";
      for (const [part, s] of [["subject", mail.subject ?? ""], ["text", text], ["html", html]] as const) expect(mojibake(s, halfWidth), part).toBeNull();
    });
  }

  it("the CLI pipeline (checkMail) reads the same originals", async () => {
    const rules = await activeRules(undefined);
    for (const c of CASES) {
      const r = await checkMail(fixture(`charsets/${c.file}`), rules, { forwarder: "taro.yamada@example.jp" });
      expect([c.file, r.verdict]).toEqual([c.file, expect.stringMatching(/^(?:dangerous|suspicious)$/)]);
      expect(r.original).toMatchObject({ via: c.via, subject: c.subject });
      expect(r.language).toBe("ja");
    }
  });

  it("ISO-2022-JP Subject split over two encoded words is decoded for the notices too (size reply)", async () => {
    const msg = new FakeMessage(fixture("charsets/iso-2022-jp.eml"), `size.${Date.now()}@example.jp`, undefined, 26 * 1024 * 1024);
    await deliver(msg);
    const { mail, firstLine } = await parseReply(msg.replies[0]!);
    expect(firstLine).toBe(WORDS.ja.tooBig(25));
    expect(mail.subject).toBe("[判定: 読み取れず] Fwd: 【重要】Amazonアカウントの確認が必要です");
  });
});
