import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAddress } from "../../src/original/address";
import { findInlineForward, readInlineForward } from "../../src/original/inline";
import { SENDER_LABEL_END, SENDER_LABELS } from "../../src/original/labels";
import { runs } from "../runs";

const BODY = "お客様のアカウントを確認してください。\nhttps://evil.example.ml/login";

describe("inline forwards: the header block each mailer writes", () => {
  const cases: [string, string][] = [
    [
      "Gmail (English UI)",
      `FYI\n\n---------- Forwarded message ---------\nFrom: Amazon.co.jp <amazonjp@emailamazoncojp.cf>\nDate: Tue, Mar 2, 2021 at 9:14 AM\nSubject: 緊急のお知らせ、ご確認ください。\nTo: <taro@example.jp>\n\n\n${BODY}`,
    ],
    [
      "Gmail (Japanese UI)",
      `---------- 転送されたメッセージ ---------\n差出人: Amazon.co.jp <amazonjp@emailamazoncojp.cf>\n日付: 2021年3月2日(火) 9:14\n件名: 緊急のお知らせ、ご確認ください。\n宛先: <taro@example.jp>\n\n${BODY}`,
    ],
    [
      "Outlook classic",
      `-----Original Message-----\nFrom: Amazon.co.jp [mailto:amazonjp@emailamazoncojp.cf]\nSent: Tuesday, March 2, 2021 9:14 AM\nTo: Taro <taro@example.jp>\nSubject: 緊急のお知らせ、ご確認ください。\n\n${BODY}`,
    ],
    [
      "Outlook (Japanese UI)",
      `________________________________\n差出人: Amazon.co.jp <amazonjp@emailamazoncojp.cf>\n送信日時: 2021年3月2日 9:14\n宛先: taro@example.jp\n件名: 緊急のお知らせ、ご確認ください。\n\n${BODY}`,
    ],
    [
      "Apple Mail (Japanese UI)",
      `転送されたメッセージ:\n\n差出人: "Amazon.co.jp" <amazonjp@emailamazoncojp.cf>\n件名: 緊急のお知らせ、ご確認ください。\n日付: 2021年3月2日 9:14:27 JST\n宛先: taro@example.jp\n\n${BODY}`,
    ],
    [
      "Thunderbird (Japanese UI)",
      `-------- 転送メッセージ --------\n件名: \t緊急のお知らせ、ご確認ください。\n日付: \tTue, 2 Mar 2021 09:14:27 +0900\n差出人: \tAmazon.co.jp <amazonjp@emailamazoncojp.cf>\n宛先: \ttaro@example.jp\n\n${BODY}`,
    ],
    [
      "Thunderbird (English UI), quoted with >",
      `-------- Forwarded Message --------\n> Subject: 緊急のお知らせ、ご確認ください。\n> Date: Tue, 2 Mar 2021 09:14:27 +0900\n> From: Amazon.co.jp <amazonjp@emailamazoncojp.cf>\n> To: taro@example.jp\n>\n> ${BODY.replace("\n", "\n> ")}`,
    ],
    [
      "a Japanese phone mailer, no separator line",
      `転送します\n\nFrom: Amazon.co.jp <amazonjp@emailamazoncojp.cf>\nDate: 2021/03/02 9:14\nTo: taro@example.jp\nSubject: 緊急のお知らせ、ご確認ください。\n\n${BODY}`,
    ],
    [
      "Outlook, German UI, no separator line",
      `Bitte prüfen.\n\nVon: Amazon.co.jp <amazonjp@emailamazoncojp.cf>\nGesendet: Dienstag, 2. März 2021 09:14\nAn: taro@example.jp\nBetreff: 緊急のお知らせ、ご確認ください。\n\n${BODY}`,
    ],
    [
      "Outlook, French UI, a space before the colon",
      `________________________________\nDe : Amazon.co.jp <amazonjp@emailamazoncojp.cf>\nEnvoyé : mardi 2 mars 2021 09:14\nÀ : taro@example.jp\nObjet : 緊急のお知らせ、ご確認ください。\n\n${BODY}`,
    ],
    [
      "Apple Mail, Italian UI",
      `Inizio messaggio inoltrato:\n\nDa: Amazon.co.jp <amazonjp@emailamazoncojp.cf>\nOggetto: 緊急のお知らせ、ご確認ください。\nData: 2 marzo 2021 09:14:27 CET\nA: taro@example.jp\n\n${BODY}`,
    ],
    [
      "Gmail, Portuguese UI",
      `---------- Mensagem encaminhada ---------\nDe: Amazon.co.jp <amazonjp@emailamazoncojp.cf>\nData: ter., 2 de mar. de 2021 às 09:14\nAssunto: 緊急のお知らせ、ご確認ください。\nPara: <taro@example.jp>\n\n${BODY}`,
    ],
    [
      "Outlook, Simplified Chinese UI",
      `-----原始邮件-----\n发件人: Amazon.co.jp <amazonjp@emailamazoncojp.cf>\n发送时间: 2021年3月2日 9:14\n收件人: taro@example.jp\n主题: 緊急のお知らせ、ご確認ください。\n\n${BODY}`,
    ],
    [
      "Outlook, Traditional Chinese UI, full-width colons",
      `寄件者： Amazon.co.jp <amazonjp@emailamazoncojp.cf>\n寄件日期： 2021年3月2日 上午 09:14\n收件者： taro@example.jp\n主旨： 緊急のお知らせ、ご確認ください。\n\n${BODY}`,
    ],
    [
      "Android mailer, Korean UI",
      `-------- 원본 메시지 --------\n보낸 사람: Amazon.co.jp <amazonjp@emailamazoncojp.cf>\n날짜: 2021년 3월 2일 09:14\n받는 사람: taro@example.jp\n제목: 緊急のお知らせ、ご確認ください。\n\n${BODY}`,
    ],
    [
      "mutt, raw header block",
      `----- Forwarded message from Amazon.co.jp <amazonjp@emailamazoncojp.cf> -----\n\nReceived: from mx.emailamazoncojp.cf (mx.emailamazoncojp.cf [203.0.113.5])\n\tby mx.example.jp with ESMTP\nAuthentication-Results: mx.example.jp; dmarc=none header.from=emailamazoncojp.cf\nDate: Tue, 2 Mar 2021 09:14:27 +0900\nFrom: Amazon.co.jp <amazonjp@emailamazoncojp.cf>\nTo: taro@example.jp\nSubject: 緊急のお知らせ、ご確認ください。\nMessage-ID: <x@emailamazoncojp.cf>\n\n${BODY}\n\n----- End forwarded message -----\n-- \nsignature https://taro.example.jp/`,
    ],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const f = findInlineForward(text);
      expect(f).not.toBeNull();
      expect(f!.from).toEqual({ name: "Amazon.co.jp", address: "amazonjp@emailamazoncojp.cf" });
      expect(f!.subject).toBe("緊急のお知らせ、ご確認ください。");
      expect(f!.date).toMatch(/2021|Mar/);
      expect(f!.to).toContain("taro@example.jp");
      expect(f!.body).toContain("https://evil.example.ml/login");
      expect(f!.body).not.toMatch(/^>/m);
    });
  }

  it("a forward of a forward: the innermost block is the original", () => {
    const text = `---------- Forwarded message ---------\nFrom: Hanako <hanako@example.jp>\nDate: Wed, Mar 3, 2021\nSubject: Fwd: 緊急\nTo: <taro@example.jp>\n\n\n---------- Forwarded message ---------\nFrom: Amazon <a@phish.example.tk>\nDate: Tue, Mar 2, 2021\nSubject: 緊急\nTo: <hanako@example.jp>\n\nbody`;
    expect(findInlineForward(text)!.from!.address).toBe("a@phish.example.tk");
  });

  it("a raw header block is handed on as headers; the forwarder's note and signature are not part of the original", () => {
    const f = findInlineForward(`Is this real? https://note.example.org/\n\n----- Forwarded message from A <a@phish.example.tk> -----\n\nReceived: from x by y\nAuthentication-Results: mx.example.jp; dmarc=fail header.from=phish.example.tk\nFrom: A <a@phish.example.tk>\nSubject: hello\n\nthe body\n----- End forwarded message -----\nsig https://sig.example.org/`)!;
    expect(f.rawHeaders).toMatch(/^Received:[\s\S]*Authentication-Results: .*dmarc=fail/);
    expect(f.body.trim()).toBe("the body");
  });

  it("a header-like line or two in ordinary text is no forward", () => {
    expect(findInlineForward("Q: who is it from?\nA: the shop\nDe: nada")).toBeNull();
    expect(findInlineForward("Notes\nFrom: the board\nDate: Friday\n\nSee you")).toBeNull();
    expect(findInlineForward("Von: Berlin nach Hamburg\nAn: Montag\n")).toBeNull();
  });

  it("ordinary text with no forwarded block gives null", () => {
    expect(findInlineForward("Hello,\nFrom: the team\nThanks")).toBeNull();
    expect(findInlineForward("")).toBeNull();
  });
});

describe("parseAddress", () => {
  it.each([
    ['"Amazon.co.jp" <a@x.cf>', "Amazon.co.jp", "a@x.cf"],
    ["Amazon <mailto:a@x.cf>", "Amazon", "a@x.cf"],
    ["Amazon [mailto:a@x.cf]", "Amazon", "a@x.cf"],
    ["A@X.CF", "", "a@x.cf"],
    ["Amazon＜a@x.cf＞", "Amazon", "a@x.cf"],
    // Outlook writes an address with no name as the address twice; Gmail quotes an address used as a name.
    ["a@x.cf [mailto:a@x.cf]", "a@x.cf", "a@x.cf"],
    ['"service@paypal.com" <a@x.cf>', "service@paypal.com", "a@x.cf"],
    ["a@x.cf (Amazon)", "Amazon", "a@x.cf"],
    ["Amazon, Inc. <a@x.cf>", "Amazon, Inc.", "a@x.cf"],
  ])("%s", (input, name, address) => {
    expect(parseAddress(input)).toEqual({ name, address });
  });
});

describe("inline forwards: the first test of the whole text (is there a sender line at all?)", () => {
  it("spells out exactly the sender labels (any case, any run of spaces inside)", () => {
    expect(SENDER_LABEL_END.source).toBe(`(?:${SENDER_LABELS.map((l) => l.replace(/ /g, " +")).join("|")})$`);
    for (const l of SENDER_LABELS) expect(SENDER_LABEL_END.test(`> ${l.toUpperCase()}`)).toBe(true);
    expect(SENDER_LABEL_END.test("subject")).toBe(false);
  });

  it("answers as the full line-by-line reading does, for any mix of header-like lines, separators and text", () => {
    const label = fc.constantFrom("From", "FROM", "from", "De", "VON", "差出人", "보낸   사람", "보낸사람", "Expéditeur", "EXPÉDITEUR", "Subject", "件名", "Date", "Sent", "To", "宛先", "Forwarded from", "Code");
    const header = fc
      .tuple(fc.constantFrom("", "> ", " ", ">>"), fc.constantFrom("", "*"), label, fc.constantFrom("", "*", " ", "\u00a0", " *"), fc.constantFrom(":", "：", ""), fc.constantFrom(" a@b.example", " Amazon <x@y.example>", " 2021", "件名", ""))
      .map((t) => t.join(""));
    const line = fc.oneof(header, header, fc.constantFrom("", "-----Original Message-----", "Begin forwarded message:", "text: more", "x", "https://a.example/"));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom("\n", "\r\n"), (lines, eol) => {
        const text = lines.join(eol);
        expect(findInlineForward(text)).toEqual(readInlineForward(text));
      }),
      { seed: 20261201, numRuns: runs(2000) },
    );
  });
});
