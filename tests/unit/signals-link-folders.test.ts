/**
 * Where on a stranger's site a link points: the sender's own site dressed up as the first folder
 * (evil.example/onlinebanking.smallbank.com/…), and pages inside a site's WordPress system folders,
 * where phishing kits are dropped on hacked sites. Hand-written; each with its genuine counterpart.
 */
import { describe, expect, it } from "vitest";
import { check, link } from "../signal-helpers";

const bankAsk = "Dear Farmers Valley Bank customer,\nWe have temporarily limited your access. Please log in and verify your identity to restore your online banking.";

describe("the sender's own site as a folder of a stranger's", () => {
  it("an unauthenticated bank sender linking to stranger.example/onlinebanking.<its domain>/…: link_brand_in_path, dangerous with the ask", () => {
    const r = check({
      from: "Farmers Valley Bank <security@farmersvalleybank.com>",
      subject: "Warning: unauthorized ATM transaction",
      text: bankAsk,
      links: [link("http://vds-1234.cheap-vps.net/onlinebanking.farmersvalleybank.com/OnlineBanking/index.php", "click here to log in")],
    });
    expect(r.codes).toContain("link_brand_in_path");
    expect(r.signal("link_brand_in_path")!.params.shown).toBe("onlinebanking.farmersvalleybank.com");
  });

  it("the bank's own authenticated mail linking to a lookup site that files it under its domain: not flagged", () => {
    const r = check({
      from: "Farmers Valley Bank <news@farmersvalleybank.com>",
      subject: "Our new website",
      text: "Hello Hanako, our website has moved. See the announcement.",
      links: [link("https://status.uptime-monitor.net/farmersvalleybank.com/", "status page")],
      headers: { "Authentication-Results": "mx.example.jp; dkim=pass header.d=farmersvalleybank.com; spf=pass smtp.mailfrom=farmersvalleybank.com; dmarc=pass header.from=farmersvalleybank.com" },
    });
    expect(r.codes).not.toContain("link_brand_in_path");
  });

  it("a shop's review request (headers stripped) linking to a review site's /review/<shop domain>: not flagged", () => {
    const r = check({
      from: "Kettle & Co <hello@kettleandco.com>",
      subject: "How did we do?",
      text: "Thanks for your order! Would you leave us a review? It takes a minute.",
      links: [link("https://www.trustpilot.com/review/kettleandco.com", "Review us"), link("https://uk.trustpilot.com/evaluate/www.kettleandco.com", "Write a review"), link("https://www.kettleandco.com/", "Shop")],
    });
    expect(r.codes).not.toContain("link_brand_in_path");
    expect(r.verdict).toBe("no_signs");
  });
});

describe("pages in a site's WordPress system folders", () => {
  it("'Take action' to a stranger's /wp-admin/…/index.php: link_cms_system_folder", () => {
    const r = check({
      from: "Mail Policy <postmaster@mg.some-sender.com>",
      subject: "A quick reminder before your access changes",
      text: "Dear user, your mailbox requires immediate attention. Take action",
      links: [link("https://garage-doors-example.com/wp-admin/plugin/index.php?register=35F2", "Take action")],
    });
    expect(r.codes).toContain("link_cms_system_folder");
    expect(r.verdict).not.toBe("no_signs");
  });

  it("a newsletter's brochure in /wp-content/uploads/ and a site's own notice linking to its own /wp-admin/: not flagged", () => {
    const news = check({
      from: "Garden Club <news@gardenclub.org>",
      subject: "Spring programme",
      text: "Our spring programme is out. Download the brochure.",
      links: [link("https://www.partner-nursery.com/wp-content/uploads/2026/03/spring.pdf", "brochure")],
      headers: { "List-Unsubscribe": "<https://gardenclub.org/unsubscribe>" },
    });
    expect(news.codes).not.toContain("link_cms_system_folder");
    const own = check({
      from: "WordPress <wordpress@gardenclub.org>",
      subject: "[Garden Club] New user registration",
      text: "New user registration on your site Garden Club. Review it in your dashboard.",
      links: [link("https://gardenclub.org/wp-admin/users.php", "dashboard")],
    });
    expect(own.codes).not.toContain("link_cms_system_folder");
    expect(own.verdict).toBe("no_signs");
  });
});

/** The sender's own name with a word hyphenated on, as a separate domain (smallbank.com → smallbank-online.com). */
describe("a link to the sender's name with a word added", () => {
  it("an unauthenticated bank notice whose only link goes to <its name>-online.com: link_sender_lookalike", () => {
    const r = check({ from: "<online-banking@farmersvalleybank.com>", subject: "ATM cards attention", text: "Dear member, please visit our verify site.", links: [link("https://www.farmersvalleybank-online.com/", "https://www.farmersvalleybank-online.com/")] });
    expect(r.codes).toContain("link_sender_lookalike");
  });

  it("the same bank's authenticated newsletter linking to its events site: not flagged", () => {
    const r = check({
      from: "Farmers Valley Bank <news@farmersvalleybank.com>",
      subject: "Join our spring seminar",
      text: "Register for our free seminar on saving for retirement.",
      links: [link("https://www.farmersvalleybank-events.com/spring", "Register"), link("https://www.farmersvalleybank.com/", "Home")],
      headers: { "Authentication-Results": "mx.example.jp; dkim=pass header.d=farmersvalleybank.com; spf=pass smtp.mailfrom=farmersvalleybank.com; dmarc=pass header.from=farmersvalleybank.com" },
    });
    expect(r.codes).not.toContain("link_sender_lookalike");
    expect(r.verdict).toBe("no_signs");
  });
});
