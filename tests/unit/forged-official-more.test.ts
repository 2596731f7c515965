/**
 * Forged official senders (From the brand's real domain, nothing to vouch for it) that went unflagged:
 * a redirect on the brand's own site carrying the attacker's address, a sign-in link on an odd port
 * with no asking words, a customer's home machine on an access provider's network taken for the
 * provider's site; and the catalogue's defunct US banks, whose names old-style lures still use.
 * Each with its genuine counterpart (hand-written, built the way such mail is).
 */
import { describe, expect, it } from "vitest";
import { domainFacts } from "../../src/facts/domain-facts";
import { check, link, rules } from "../signal-helpers";

describe("a redirect on the brand's own site carrying another address", () => {
  const text = "Dear eBay member, we need to verify your account information. Please update your billing details within 24 hours or your account will be suspended.";
  it("carrying an IP address (percent-encoded): forged official sender, dangerous", () => {
    const r = check({
      from: "eBay <aw-confirm@ebay.com>",
      subject: "Account Verification",
      text,
      links: [link("http://cgi4.ebay.com/ws/eBayISAPI.dll?MfcISAPICommand=RedirectToDomain&DomainUrl=http%3A%2F%2F%32%31%31%2E%31%37%32%2E%39%36%2E%37%2FUpdate%2F", "Update now")],
      headers: { Subject: "Account Verification" },
    });
    expect(r.codes).toContain("forged_official");
    expect(r.verdict).toBe("dangerous");
  });

  it("genuine: eBay's own notice forwarded without its headers, its redirect carrying an ebay.com page: no forged sender", () => {
    const r = check({
      from: "eBay <ebay@ebay.com>",
      subject: "Your item has sold",
      text: "Congratulations, your item sold. Please ship it and upload tracking within 3 business days.",
      links: [link("https://rover.ebay.com/rover/0/e12000.m1822.l1123/7?euid=1a2b&loc=https%3A%2F%2Fwww.ebay.com%2Fsh%2Ford%2F", "Ship now"), link("https://www.ebay.com/help/policies")],
      headers: { Subject: "Your item has sold" },
    });
    expect(r.codes).not.toContain("forged_official");
    expect(r.verdict).not.toBe("dangerous");
  });
});

describe("a sign-in link on a host no bank serves customers from, without asking words", () => {
  it("From the bank's domain, no authentication, the only link on an odd port to /logon/: dangerous", () => {
    const r = check({
      from: "Washington Mutual <support@wamu.com>",
      subject: "Washington Mutual Checking Card Alert",
      text: "We recently noticed one or more attempts to access your online account from a foreign IP address. Please follow the link below to restore your access immediately.",
      links: [link("http://oniline.us2k.example.net:6180/logon/index.php", "https://online.wamu.com/logon")],
      headers: { Subject: "Washington Mutual Checking Card Alert" },
    });
    expect(r.codes).toContain("forged_official");
    expect(r.verdict).toBe("dangerous");
  });

  it("genuine: a bank's stripped notice whose sign-in goes to its online-banking provider's host: no forged sender", () => {
    const r = check({
      from: "Fifth Third Bank <alerts@53.com>",
      subject: "Your statement is ready",
      text: "Your monthly statement is now available. Sign in to view it.",
      links: [link("https://secure.onlinebanking-provider.example.com/login?fi=53", "Sign in")],
      headers: { Subject: "Your statement is ready" },
    });
    expect(r.codes).not.toContain("forged_official");
    expect(r.verdict).not.toBe("dangerous");
  });
});

describe("the brand's own address as a folder of a stranger's site", () => {
  it("From the bank's domain, no authentication, the only link at ns.example.kr/comfedbank.com/: dangerous", () => {
    const r = check({
      from: "securiyc@comfedbank.com",
      subject: "Comfed Bank Online Update",
      text: "Dear customer, please click the link below to update your online banking profile.",
      links: [link("http://ns.jasin.example.kr/comfedbank.com/index.htm", "Click here")],
      headers: { Subject: "Comfed Bank Online Update" },
    });
    expect(r.codes).toContain("forged_official");
    expect(r.verdict).toBe("dangerous");
  });

  it("genuine: eBay's stripped notice with its own links and a social page named after it: no forged sender", () => {
    const r = check({
      from: "eBay <ebay@ebay.com>",
      subject: "Your watched item ends soon",
      text: "An item you are watching ends in 2 hours. Place your bid now.",
      links: [link("https://www.ebay.com/itm/1234567890", "Bid now"), link("https://www.instagram.com/ebay.com/", "Instagram")],
      headers: { Subject: "Your watched item ends soon" },
    });
    expect(r.codes).not.toContain("forged_official");
    expect(r.verdict).toBe("no_signs");
  });
});

it("genuine: a brand's stripped marketing mail through an ad tracker carrying the brand's own address: no forged sender", () => {
  const r = check({
    from: "eBay <eBay@reply3.ebay.com>",
    subject: "Summer Dollar Days are here on eBay!",
    text: "Find great deals on eBay this week. Sign in to see your recommendations.",
    links: [link("http://ebay.doubleclick.net/clk;18222382;11566753;f%3fhttp%3a%2f%2fsearch.ebay.com/summer", "Shop now"), link("http://pages.ebay.com/help/", "Help")],
    headers: { Subject: "Summer Dollar Days are here on eBay!" },
  });
  expect(r.codes).not.toContain("forged_official");
  expect(r.verdict).not.toBe("dangerous");
});

describe("a customer's machine on an access provider's network", () => {
  for (const host of ["pcp0010757238pcs.howard01.md.comcast.net", "c-73-12-34-56.hsd1.ca.comcast.net"])
    it(`${host} is not the provider's own site`, () => expect(domainFacts(rules, host).official).toBeUndefined());

  it("the provider's own hosts still are", () => {
    expect(domainFacts(rules, "alerts.comcast.net").official).toBeDefined();
    expect(domainFacts(rules, "cgi4.ebay.com").official).toBeDefined();
  });

  it("genuine: an Xfinity bill notice from comcast.net linking to its own sites: no signs", () => {
    const r = check({
      from: "Xfinity <online.communications@alerts.comcast.net>",
      subject: "Your Xfinity bill is ready",
      text: "Your bill for December is ready. View and pay your bill online.",
      links: [link("https://customer.xfinity.com/#/billing", "View bill"), link("https://www.xfinity.com/privacy")],
      headers: { "Authentication-Results": "mx.example.com; dkim=pass header.d=comcast.net; spf=pass smtp.mailfrom=alerts.comcast.net; dmarc=pass header.from=comcast.net" },
    });
    expect(r.verdict).toBe("no_signs");
  });
});

describe("defunct US banks are still brands to lures", () => {
  it("Washington Mutual at a stranger's domain asking to sign in: dangerous", () => {
    const r = check({ from: "Washington Mutual <alert@wm-online-secure.example.com>", subject: "Account update required", text: "Dear Washington Mutual customer, please sign in to confirm your account.", links: [link("https://wm-online-secure.example.com/signin", "Sign in")] });
    expect(r.codes).toContain("sender_name_brand_mismatch");
    expect(r.verdict).toBe("dangerous");
  });

  it("genuine: a newspaper's history newsletter naming Washington Mutual and Wachovia: no signs", () => {
    const r = check({
      from: "The Daily Ledger <newsletter@dailyledger.example.com>",
      subject: "This week in finance history",
      text: "In 2008 Washington Mutual failed and Wachovia was sold to Wells Fargo. Read the full story on our site.",
      links: [link("https://www.dailyledger.example.com/history/2008", "Read more"), link("https://www.dailyledger.example.com/unsubscribe", "Unsubscribe")],
      headers: { "List-Unsubscribe": "<https://www.dailyledger.example.com/unsubscribe>" },
    });
    expect(r.verdict).toBe("no_signs");
  });
});
