import { describe, expect, it } from "vitest";
import { findInlineForward, parseAddress } from "../../src/original/inline";

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
  ])("%s", (input, name, address) => {
    expect(parseAddress(input)).toEqual({ name, address });
  });
});
