/**
 * A brand's own notice whose authentication did not survive (an inline forward, a stripping client):
 * From the brand's official domain, every link to the brand's own site. Its sign-in wording and a link
 * that carries your address to the brand's own site are how such notices are written, not a sign of
 * phishing. Each case has its phishing counterpart: the same From with a link elsewhere, or a
 * redirect through the brand's site to somewhere else.
 */
import { describe, expect, it } from "vitest";
import { YOU, check, link } from "../signal-helpers";

const ALERT = "New sign-in to your account.\nWe noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account. Check activity now.";

describe("a brand's own notice, authentication stripped", () => {
  it("a Google sign-in alert linking only to google.com (your address in the account chooser): no signs", () => {
    const r = check({
      from: "Google <no-reply@accounts.google.com>",
      subject: "Security alert",
      text: ALERT,
      links: [link(`https://accounts.google.com/AccountChooser?Email=${YOU}&continue=https://myaccount.google.com/alert`, "Check activity"), link("https://myaccount.google.com/notifications")],
    });
    expect(r.codes).not.toContain("link_has_your_address");
    expect(r.verdict).toBe("no_signs");
  });

  it("your address in a link to a stranger's host still counts", () => {
    const r = check({ text: "See the offer", links: [link(`https://track.offers-daily.example.net/c?u=${YOU}`, "offer")] });
    expect(r.codes).toContain("link_has_your_address");
  });

  it("a card-usage notice asking to sign in, links to the brand's own site only: not suspicious", () => {
    const r = check({
      from: "三井住友カード <statement@vpass.ne.jp>",
      subject: "【三井住友カード】カードご利用確認のお願い",
      text: "山田 太郎 様\n不正利用の可能性があるお取引を検知しました。Vpassにログインして、ご利用内容とカード情報をご確認ください。",
      links: [link("https://www.smbc-card.com/mem/index.jsp", "Vpassにログイン")],
    });
    expect(r.verdict).toBe("no_signs");
  });
});

describe("phishing counterparts", () => {
  it("the same official From with the sign-in link elsewhere: dangerous", () => {
    const r = check({
      from: "三井住友カード <statement@vpass.ne.jp>",
      subject: "【三井住友カード】カードご利用確認のお願い",
      text: "山田 太郎 様\n不正利用の可能性があるお取引を検知しました。24時間以内にログインして、ご利用内容とカード情報をご確認ください。",
      links: [link("https://bit.ly/3smbcX", "ログイン")],
    });
    expect(r.verdict).toBe("dangerous");
  });

  it("a redirect through the brand's own site to somewhere else is not the brand's own link: the words keep their full weight", () => {
    const init = {
      from: "eBay <aw-confirm@ebay.com>",
      subject: "Verify your eBay account",
      text: "We regret to inform you that your eBay account has been suspended. To restore your account, sign in and confirm your identity and credit card information within 24 hours.",
    };
    const own = check({ ...init, links: [link("https://signin.ebay.com/ws/eBayISAPI.dll?SignIn", "Sign in")] });
    const carried = check({ ...init, links: [link("http://cgi4.ebay.com/ws/eBayISAPI.dll?MfcISAPICommand=RedirectToDomain&DomainUrl=http%3A%2F%2F%32%31%31%2E%31%37%32%2E%39%36%2E%37%2Flogin", "Sign in")] });
    const words = (r: typeof own) => r.signals.filter((s) => s.code === "pressure" || s.code === "asks_secrets").reduce((n, s) => n + s.points, 0);
    expect(words(own)).toBeLessThanOrEqual(2);
    expect(words(carried)).toBeGreaterThan(2);
  });
});
