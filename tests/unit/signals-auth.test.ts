/**
 * Authentication of an original we have as a message: the topmost Authentication-Results, read
 * for the From's domain. A pass for a brand's official domain counts for the mail; a failure (or
 * no DMARC at all) for a brand's domain counts against it; a list's broken signature says nothing.
 */
import { describe, expect, it } from "vitest";
import { rules, check } from "../signal-helpers";
import { checkMail } from "../../src/check";
import { fixture } from "../fixtures";

const AMAZON = "Amazon.co.jp <shipment-tracking@amazon.co.jp>";
const results = (value: string) => ({ "Authentication-Results": `mx.example.jp; ${value}` });

describe("auth_pass_official", () => {
  it("dkim=pass header.d=amazon.co.jp and dmarc=pass for a From at amazon.co.jp: negative points", () => {
    const r = check({ via: "attachment", from: AMAZON, headers: results("dkim=pass header.d=amazon.co.jp header.s=s1; dmarc=pass (p=QUARANTINE) header.from=amazon.co.jp") });
    expect(r.signal("auth_pass_official")).toMatchObject({ severity: "info", points: -6 });
    expect(r.score).toBe(-6);
    expect(r.verdict).toBe("no_signs");
  });

  it("not for an ordinary domain that passes (a pass proves who sent it, not that they are a brand)", () => {
    const r = check({ from: "Taro <taro@yamada-kogyo.co.jp>", headers: results("dkim=pass header.d=yamada-kogyo.co.jp; dmarc=pass header.from=yamada-kogyo.co.jp") });
    expect(r.codes).toEqual([]);
  });

  it("not for a brand's free mailbox (gmail.com passes for anyone who has an address there)", () => {
    const r = check({ from: "Taro <taro.yamada@gmail.com>", headers: results("dkim=pass header.d=gmail.com; dmarc=pass header.from=gmail.com") });
    expect(r.codes).toEqual([]);
  });
});

describe("auth_fail_brand", () => {
  it("dmarc=fail for a From at amazon.co.jp", () => {
    const r = check({ via: "attachment", from: AMAZON, headers: results("dkim=none; spf=softfail smtp.mailfrom=x@bulk-sender.example.net; dmarc=fail (p=QUARANTINE) header.from=amazon.co.jp") });
    expect(r.signal("auth_fail_brand")).toMatchObject({ severity: "high", points: 6 });
    expect(r.verdict).toBe("dangerous");
  });

  it("dmarc=fail still counts when a DKIM signature of the domain happens to pass", () => {
    expect(check({ from: AMAZON, headers: results("dkim=pass header.d=amazon.co.jp; dmarc=fail header.from=amazon.co.jp") }).codes).toEqual(["auth_fail_brand"]);
  });

  it("a comment that says pass does not hide the fail", () => {
    expect(check({ from: AMAZON, headers: results("dmarc=fail (would be dmarc=pass if aligned) header.from=amazon.co.jp") }).codes).toEqual(["auth_fail_brand"]);
  });

  it("nothing to go on — an inline forward, or a message without Authentication-Results — is neither pass nor fail: only a 0-point note that it could not be confirmed", () => {
    for (const r of [check({ via: "inline", from: AMAZON }), check({ via: "attachment", from: AMAZON, headers: { From: AMAZON } })]) {
      expect(r.codes).toEqual(["auth_unknown_official"]);
      expect(r.signal("auth_unknown_official")).toMatchObject({ severity: "info", points: 0 });
      expect(r.verdict).toBe("no_signs");
    }
  });

  it("no such note for an ordinary sender's inline forward", () => {
    expect(check({ via: "inline", from: "Ken <ken@yamada-kogyo.co.jp>" }).codes).toEqual([]);
  });
});

describe("auth_fail", () => {
  it("dmarc=fail for an ordinary domain (medium); an SPF softfail alone (low)", () => {
    expect(check({ from: "Ken <ken@yamada-kogyo.co.jp>", headers: results("dkim=fail header.d=yamada-kogyo.co.jp; dmarc=fail header.from=yamada-kogyo.co.jp") }).signal("auth_fail")?.points).toBe(3.5);
    expect(check({ from: "Ken <ken@yamada-kogyo.co.jp>", headers: results("spf=softfail smtp.mailfrom=ken@yamada-kogyo.co.jp") }).signal("auth_fail")?.points).toBe(2);
  });

  it("a list mail (List-Id) with dmarc=fail: no auth_fail", () => {
    const r = check({
      from: "Ken <ken@yamada-kogyo.co.jp>",
      headers: { ...results("dkim=fail header.d=yamada-kogyo.co.jp; dmarc=fail header.from=yamada-kogyo.co.jp"), "List-Id": "<talk.lists.example.org>" },
    });
    expect(r.codes).toEqual([]);
  });
});

describe("authentication, read from real message files by checkMail", () => {
  const codes = (r: Awaited<ReturnType<typeof checkMail>>) => r.reasons.map((x) => x.code);

  it("a genuine amazon.co.jp shipping notice, DKIM/SPF/DMARC pass, links to amazon.co.jp: no signs, and counted genuine", async () => {
    const r = await checkMail(fixture("signals/amazon-jp-shipping.eml"), rules);
    expect(r.verdict).toBe("no_signs");
    expect(codes(r)).toEqual(["auth_pass_official"]);
  });

  it("the same notice with dmarc=fail is dangerous", async () => {
    const r = await checkMail(fixture("signals/amazon-jp-dmarc-fail.eml"), rules);
    expect(codes(r)).toContain("auth_fail_brand");
    expect(r.verdict).toBe("dangerous");
  });

  it('a list reply "Re: [talk] Google? Not in China" whose DKIM the list broke: no signs', async () => {
    const r = await checkMail(fixture("signals/list-dmarc-fail.eml"), rules);
    expect(codes(r)).toEqual([]);
    expect(r.verdict).toBe("no_signs");
  });
});

describe("auth_unverified", () => {
  it("results that tie nothing to the From domain: the envelope of another domain, no signature of its own", () => {
    const r = check({ via: "attachment", from: "Fressnapf <service@stayfriends.example>", headers: results("spf=pass smtp.mailfrom=crossword.example; dkim=none (message not signed) header.d=none; dmarc=none action=none header.from=stayfriends.example") });
    expect(r.signal("auth_unverified")).toMatchObject({ severity: "low", points: 1 });
  });

  it("a signature of the sender's own domain, or an aligned envelope, verifies it", () => {
    expect(check({ from: "Taro <taro@yamada-kogyo.co.jp>", headers: results("spf=pass smtp.mailfrom=bounce.esp.example; dkim=pass header.d=yamada-kogyo.co.jp") }).codes).toEqual([]);
    expect(check({ from: "Taro <taro@yamada-kogyo.co.jp>", headers: results("spf=pass smtp.mailfrom=mail.yamada-kogyo.co.jp; dkim=none") }).codes).toEqual([]);
  });

  it("no results at all, or a list's broken signature, say nothing", () => {
    expect(check({ from: "Taro <taro@yamada-kogyo.co.jp>", headers: { From: "Taro <taro@yamada-kogyo.co.jp>" } }).codes).toEqual([]);
    expect(check({ from: "Taro <taro@yamada-kogyo.co.jp>", headers: { ...results("spf=pass smtp.mailfrom=lists.example.org; dkim=fail header.d=yamada-kogyo.co.jp"), "List-Id": "<dev.lists.example.org>" } }).codes).toEqual([]);
  });
});

describe("auth_pass_relay", () => {
  const pass = results("dkim=pass header.d=google.com; spf=pass smtp.mailfrom=google.com; dmarc=pass header.from=google.com");
  it("a sharing notice from the brand's own servers carries another person's words: the pass does not count", () => {
    for (const [from, subject] of [
      ["Benoy Dealy (via Google Slides) <drive-shares-dm-noreply@google.com>", "Presentation shared with you"],
      ["Google Notifications <notify-noreply@google.com>", 'dubill invited you to view a collection: "we hope"'],
    ]) {
      const r = check({ via: "attachment", from, subject, headers: pass });
      expect(r.signal("auth_pass_relay"), from).toMatchObject({ points: 0, severity: "info" });
      expect(r.codes, from).not.toContain("auth_pass_official");
    }
  });

  it("the brand's own notice still counts for the mail", () => {
    const r = check({ via: "attachment", from: "Google <no-reply@accounts.google.com>", subject: "Your Google Account", headers: pass });
    expect(r.codes).toEqual(["auth_pass_official"]);
  });
});
