/**
 * What the mail says: pressure, requests for secrets and pushes to act, found in the subject and
 * body after width/case/space folding; and the note that the text was cut before scanning.
 */
import { describe, expect, it } from "vitest";
import { check } from "../signal-helpers";

describe("pressure", () => {
  it("a threat and a deadline, in English and in Japanese", () => {
    expect(check({ text: "Your account has been suspended. Respond within 24 hours." }).codes).toEqual(["pressure"]);
    expect(check({ text: "お客様のアカウントが停止されました。24時間以内にご対応ください。" }).codes).toEqual(["pressure"]);
  });

  it("found through full-width digits and stray spaces", () => {
    expect(check({ text: "２４時間 以内にご返信ください" }).signal("pressure")?.params.phrases).toContain("24時間以内");
  });

  it("in the subject too", () => {
    expect(check({ subject: "Final warning: account will be suspended" }).codes).toEqual(["pressure"]);
  });

  it("not ordinary talk about an account or a deadline", () => {
    expect(check({ text: "Thanks for lunch. I'll send the account of the trip by Friday." }).codes).toEqual([]);
    expect(check({ text: "昨日はありがとうございました。また来週お会いしましょう。" }).codes).toEqual([]);
  });
});

describe("asks_secrets", () => {
  it("asks you to verify the account and type your password", () => {
    expect(check({ text: "Please verify your account and enter your password." }).codes).toEqual(["asks_secrets"]);
    expect(check({ text: "ログインしてカード情報の確認をお願いします。" }).codes).toEqual(["asks_secrets"]);
  });

  it("not a mention of a password without asking for it", () => {
    expect(check({ text: "The Wi-Fi password is on the fridge." }).codes).toEqual([]);
  });
});

describe("pushes_action", () => {
  it("pushes you to click", () => {
    expect(check({ text: "Kindly click the link below." }).codes).toEqual(["pushes_action"]);
  });

  it("not a link mentioned in passing", () => {
    expect(check({ text: "The photos from Sunday are on the shared drive." }).codes).toEqual([]);
  });
});

describe("text_truncated", () => {
  it("an info note worth no points when the text was cut to the scan cap", () => {
    expect(check({ truncated: true }).signal("text_truncated")).toMatchObject({ severity: "info", points: 0 });
    expect(check({ truncated: true }).score).toBe(0);
  });

  it("not when the whole text was scanned", () => {
    expect(check({ truncated: false }).codes).toEqual([]);
  });
});
