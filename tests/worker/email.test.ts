import { describe, expect, it } from "vitest";
import { FakeMessage, deliver, deliverFixture, parseReply, rawMail } from "../helpers";
import { fixture } from "../fixtures";

const PHISHING_JA = "これは詐欺メール（フィッシング）です。リンクや添付ファイルは開かないでください。";

describe("email handler: the Amazon campaign, however it is forwarded", () => {
  for (const [name, path, from] of [
    ["Gmail (Japanese UI), inline", "forwards/gmail-ja.eml", "taro.yamada@gmail.com"],
    ["Outlook (English UI), inline", "forwards/outlook-en.eml", "taro.yamada@outlook.com"],
    ["Apple Mail, inline", "forwards/apple-mail.eml", "taro.yamada@icloud.com"],
    ["as an attachment", "forwards/attached.eml", "taro.yamada@example.jp"],
  ] as const) {
    it(`${name}: one reply whose first line says phishing and whose reasons name the sender domain`, async () => {
      const msg = await deliverFixture(path, from);
      expect(msg.rejected).toEqual([]);
      expect(msg.replies).toHaveLength(1);
      const sent = msg.replies[0]!;
      expect(sent.to).toBe(from);
      expect(sent.from).toBe("check@phishcheck.example");
      const { mail, firstLine, text, html } = await parseReply(sent);
      expect(firstLine).toBe(PHISHING_JA);
      expect(text).toContain("emailamazoncojp[.]cf");
      expect(text).toContain("amazon-jp-owner-check[.]ml");
      // The threat (deletion) and the deadline are quoted.
      expect(text).toContain("自動的に削除");
      expect(text).toMatch(/「(?:24時間|7日)以内」/);
      // Nothing clickable that leads to the attacker, in either part.
      for (const part of [text, html]) {
        expect(part).not.toMatch(/https?:\/\/[^\s]*\.ml/);
        expect(part).not.toContain("emailamazoncojp.cf");
        expect(part).not.toMatch(/<a\s/i);
      }
      expect(mail.subject).toBe("[判定: 危険] とても残念です！Amazonアカウントに異常があります。");
      expect(mail.inReplyTo).toBe(msg.headers.get("message-id"));
      expect(mail.headers.find((h) => h.key === "auto-submitted")?.value).toBe("auto-replied");
      // The English version follows the Japanese one.
      expect(text).toContain("This is a phishing (scam) mail.");
    });
  }

  it("a genuine, authenticated Amazon.co.jp mail forwarded as attachment is not called dangerous", async () => {
    const msg = await deliverFixture("misc/genuine-amazon-attached.eml", "taro.yamada@gmail.com");
    expect(msg.replies).toHaveLength(1);
    const { firstLine, mail, text } = await parseReply(msg.replies[0]!);
    expect(firstLine).toContain("特徴は見つかりませんでした");
    expect(mail.subject).toMatch(/^\[判定: 兆候なし\]/);
    expect(text).toContain("本当にAmazon");
  });

  it("an attached original that the user's Microsoft mailbox put in Junk: the reply says so, and calls it suspicious", async () => {
    const original = [
      "From: Prize Desk <desk@winners-club.example.net>",
      "To: taro.yamada@outlook.com",
      "Subject: Your parcel is waiting",
      "Message-ID: <junk-1@winners-club.example.net>",
      "X-MS-Exchange-Organization-SCL: 9",
      "X-Microsoft-Antispam-Mailbox-Delivery: ucf:0;jmr:0;auth:0;dest:J;OFR:SpamFilterAuthJ;",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Hello, we have a parcel for you.",
    ].join("\r\n");
    const outer = [
      "From: Taro Yamada <taro.yamada@outlook.com>",
      "To: check@phishcheck.example",
      "Subject: FW: Your parcel is waiting",
      "Message-ID: <fw-junk-1@outlook.com>",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Is this real?",
      "--b1",
      "Content-Type: message/rfc822",
      'Content-Disposition: attachment; filename="parcel.eml"',
      "",
      original,
      "--b1--",
      "",
    ].join("\r\n");
    const msg = await deliver(new FakeMessage(new TextEncoder().encode(outer), "taro.yamada@outlook.com"));
    expect(msg.replies).toHaveLength(1);
    const { mail, text } = await parseReply(msg.replies[0]!);
    expect(mail.subject).toMatch(/^\[Verdict: suspicious\]/);
    expect(text).toContain("Your mail service (Microsoft) had already marked this mail as junk.");
  });

  it("garbage bytes get the couldn't-read reply", async () => {
    const msg = await deliver(new FakeMessage(fixture("misc/garbage.bin"), "someone@example.com"));
    expect(msg.replies).toHaveLength(1);
    const { firstLine } = await parseReply(msg.replies[0]!);
    expect(firstLine).toBe("We could not read this mail.");
  });

  it("when the platform refuses a reply, the verdict goes back as a rejection instead", async () => {
    const msg = new FakeMessage(fixture("forwards/apple-mail.eml"), "taro.yamada@icloud.com");
    msg.headers.set("message-id", "<refused-1@icloud.com>");
    msg.refuseReply = true;
    await deliver(msg);
    expect(msg.replies).toEqual([]);
    expect(msg.rejected).toHaveLength(1);
    expect(msg.rejected[0]).toContain("詐欺メール");
  });

  it("a mail over the size limit gets a short reply without being read", async () => {
    const msg = new FakeMessage(rawMail({ From: "a@example.com", To: "check@phishcheck.example", Subject: "big" }), "a@example.com", undefined, 26 * 1024 * 1024);
    await deliver(msg);
    expect(msg.replies).toHaveLength(1);
    const { firstLine } = await parseReply(msg.replies[0]!);
    expect(firstLine).toContain("too large");
  });
});

describe("email handler: no reply where a reply would loop or bother no one", () => {
  const cases: [string, () => FakeMessage][] = [
    ["an empty return path (bounce)", () => new FakeMessage(rawMail({ From: "x@example.com", Subject: "s" }), "")],
    ["mailer-daemon", () => new FakeMessage(rawMail({ From: "MAILER-DAEMON@example.com", Subject: "Undelivered" }), "MAILER-DAEMON@example.com")],
    ["postmaster", () => new FakeMessage(rawMail({ From: "postmaster@example.com", Subject: "s" }), "postmaster@example.com")],
    ["Auto-Submitted: auto-replied", () => new FakeMessage(rawMail({ From: "a@example.com", Subject: "Out of office", "Auto-Submitted": "auto-replied" }), "a@example.com")],
    ["our own address (a loop)", () => new FakeMessage(rawMail({ From: "check@phishcheck.example", Subject: "[判定: 危険] x" }), "check@phishcheck.example")],
    ["Precedence: bulk", () => new FakeMessage(rawMail({ From: "news@example.com", Subject: "x", Precedence: "bulk" }), "news@example.com")],
    ["list mail", () => new FakeMessage(rawMail({ From: "list@example.com", Subject: "x", "List-Id": "<dev.example.com>" }), "list@example.com")],
  ];
  for (const [name, make] of cases) {
    it(name, async () => {
      const msg = await deliver(make());
      expect(msg.replies).toEqual([]);
      expect(msg.rejected).toEqual([]);
    });
  }

  it("Auto-Submitted: no is a person and gets an answer", async () => {
    const msg = await deliver(new FakeMessage(rawMail({ From: "a@example.com", Subject: "hi", "Auto-Submitted": "no" }), "a@example.com"));
    expect(msg.replies).toHaveLength(1);
  });
});
