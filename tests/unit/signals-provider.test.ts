/**
 * The user's own mail service's verdict, as stamped on an original forwarded as an attachment.
 * It can only count against a mail: a forged "not spam" stamp changes nothing.
 */
import { describe, expect, it } from "vitest";
import { check } from "../signal-helpers";

const ms = (h: Record<string, string>) => check({ via: "attachment", headers: { From: "Taro <taro.yamada@yamada-kogyo.co.jp>", ...h } });

describe("provider_junk", () => {
  it("Microsoft's spam confidence level 5 or more", () => {
    for (const scl of ["5", "6", "9"]) expect(ms({ "X-MS-Exchange-Organization-SCL": scl }).codes).toEqual(["provider_junk"]);
  });

  it("delivered to the Junk folder, or the filter's spam verdict", () => {
    expect(ms({ "X-Microsoft-Antispam-Mailbox-Delivery": "ucf:0;jmr:0;auth:0;dest:J;OFR:SpamFilterAuthJ;" }).codes).toEqual(["provider_junk"]);
    expect(ms({ "X-Forefront-Antispam-Report": "CIP:192.0.2.1;CTRY:;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:x;CAT:NONE;" }).codes).toEqual(["provider_junk"]);
  });

  it("SpamAssassin and rspamd stamps", () => {
    expect(ms({ "X-Spam-Flag": "YES" }).codes).toEqual(["provider_junk"]);
    expect(ms({ "X-Spam-Status": "Yes, score=7.1 required=5.0 tests=HTML_MESSAGE" }).codes).toEqual(["provider_junk"]);
    expect(ms({ "X-Spam": "Yes" }).codes).toEqual(["provider_junk"]);
  });

  it("a spam tag at the start of the subject, also in an inline forward", () => {
    for (const subject of ["[SPAM] Your parcel", "*****SPAM***** Your parcel", "[*** POSIBLE SPAM***] Update", "Fwd: [meiwaku] ご案内", "【迷惑メール】ご利用確認"])
      expect(check({ via: "inline", subject }).codes, subject).toEqual(["provider_junk"]);
  });

  it("is suspicious on its own, never dangerous: a filter's junk folder holds genuine mail too", () => {
    const r = ms({ "X-MS-Exchange-Organization-SCL": "9" });
    expect(r.score).toBe(3);
    expect(r.verdict).toBe("suspicious");
  });
});

describe("provider_phish", () => {
  it("Microsoft's phishing, spoofing and impersonation categories", () => {
    for (const cat of ["PHSH", "HPHSH", "SPOOF", "UIMP"]) {
      const r = ms({ "X-Forefront-Antispam-Report": `CIP:192.0.2.1;SFV:SPM;CAT:${cat};SFS:(13230031);DIR:INB;` });
      expect(r.codes).toEqual(["provider_phish"]);
      expect(r.verdict).toBe("dangerous");
    }
  });
});

describe("the nearest genuine counterparts say nothing", () => {
  it("low spam levels, not-spam verdicts, the Inbox, bulk mail", () => {
    expect(ms({ "X-MS-Exchange-Organization-SCL": "1" }).codes).toEqual([]);
    expect(ms({ "X-MS-Exchange-Organization-SCL": "-1" }).codes).toEqual([]);
    expect(ms({ "X-Microsoft-Antispam-Mailbox-Delivery": "ucf:0;jmr:0;auth:0;dest:I;ENG:(910001)" }).codes).toEqual([]);
    expect(ms({ "X-Forefront-Antispam-Report": "CIP:192.0.2.1;SFV:NSPM;CAT:BULK;SCL:1;" }).codes).toEqual([]);
    expect(ms({ "X-Spam-Status": "No, score=-2.1 required=5.0" }).codes).toEqual([]);
    expect(ms({ "X-Spam-Flag": "NO" }).codes).toEqual([]);
  });

  it("subjects that talk about spam are not tagged", () => {
    for (const subject of ["[Spambayes] test sets?", "Re: The case for spam", "Spam filter settings", "迷惑メール対策のお知らせ"])
      expect(check({ subject }).codes, subject).toEqual([]);
  });
});
