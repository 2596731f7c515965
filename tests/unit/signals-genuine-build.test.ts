/**
 * How genuine mail is built, signal by signal, next to the phishing that looks nearest: icons and
 * badges are not brand claims; mail-service trackers and the sender's own tracking hosts are not
 * "links elsewhere"; a brand's plausible country domain weighs little; a relayed "X (via Y)" name
 * and a sharing service's Reply-To are part of genuine mail.
 */
import { describe, expect, it } from "vitest";
import { check, link } from "../signal-helpers";
import { mastheadAlts, relayedName } from "../../src/facts/brand-claims";
import { rules } from "../signal-helpers";
import { senderFacts } from "../../src/facts/domain-facts";

const SHOP = "Hinoki Tea <hello@hinokitea.com>";
const signed = (domain: string) => ({ "Authentication-Results": `mx.example.jp; dkim=pass header.d=${domain}; spf=pass smtp.mailfrom=b@${domain}; dmarc=pass header.from=${domain}` });

describe("logo claims: only the masthead presents the mail as a brand", () => {
  it("a social row, app-store and payment badges, a mail-service credit claim nothing", () => {
    const alts = ["Hinoki Tea", "Spring sencha", "Facebook", "Instagram", "Download on the App Store", "Visa", "Mastercard", "PayPal", "Intuit Mailchimp"];
    expect(mastheadAlts(rules, alts)).toEqual(["Hinoki Tea", "Spring sencha"]);
    const r = check({ from: SHOP, imageAlts: alts, links: [link("https://ctrk.klclick3.com/l/01JD", "Facebook")] });
    expect(r.codes).toEqual([]);
  });

  it("a social icon right after the logo, or a row of brands at the top, is not the masthead", () => {
    expect(mastheadAlts(rules, ["Notion", "LinkedIn", "YouTube"])).toEqual(["Notion"]);
    expect(mastheadAlts(rules, ["Facebook", "Instagram", "LinkedIn"])).toEqual([]);
    expect(mastheadAlts(rules, ["Hinoki Tea", "Twitter"])).toEqual(["Hinoki Tea"]);
  });

  it("a text newsletter whose only images are its footer's social icons: the first icon is no masthead unless the name or subject names the network", () => {
    expect(mastheadAlts(rules, ["Instagram", "LINE"], "手づくり雑貨 こもれび\n【こもれび】冬の新作のお知らせ")).not.toContain("Instagram");
    expect(mastheadAlts(rules, ["Instagram"], "Instagram\nNew login to your account")).toEqual(["Instagram"]);
    const r = check({
      from: "手づくり雑貨 こもれび <info@komorebi-zakka.example>",
      subject: "【こもれび】冬の新作と年末セールのお知らせ",
      text: "冬の新作が入荷しました。Amazon・楽天市場の店舗でもお買い求めいただけます。 Instagram LINE 配信停止",
      imageAlts: ["Instagram", "LINE"],
      links: [link("https://komorebi-zakka.example/new", "新作を見る"), link("https://www.instagram.com/komorebi", "Instagram"), link("https://line.me/R/ti/p/@komorebi", "LINE")],
    });
    expect(r.verdict).toBe("no_signs");
  });

  it("an Instagram phishing mail that says Instagram in its name keeps its logo claim", () => {
    const r = check({ from: "Instagram <security@insta-help-center.example.net>", subject: "Your account will be disabled", imageAlts: ["Instagram"], links: [link("https://insta-help-center.example.net/verify", "Verify")] });
    expect(r.verdict).toBe("dangerous");
  });

  it("but a brand's logo at the top of a stranger's mail is still a claim: dangerous with a foreign login link", () => {
    const r = check({ from: "Service <info@mktg-mailer.net>", imageAlts: ["PayPal"], subject: "Account limited", links: [link("https://secure-check.example-host.net/login", "Log in")] });
    expect(r.codes).toContain("claimed_brand_unofficial_sender");
    expect(r.codes).toContain("brand_links_elsewhere");
    expect(r.verdict).toBe("dangerous");
  });
});

describe("mail-service trackers and the sender's own tracking hosts", () => {
  it("the sender's own site shown over its ESP tracker or its own click host is no mismatch", () => {
    expect(check({ from: SHOP, links: [link("https://ctrk.klclick3.com/l/01JD4K8Z", "www.hinokitea.com")] }).codes).toEqual([]);
    expect(check({ from: "Slack <no-reply@email.slackhq.com>", links: [link("https://click.email.slackhq.com/?qs=677f9d", "slack.com")] }).codes).toEqual([]);
  });

  it("a stranger's site shown over a plain stranger's link still is", () => {
    expect(check({ from: SHOP, links: [link("https://evil-host.com/x", "www.hinokitea-shop.com")] }).codes).toEqual(["link_text_mismatch"]);
  });

  it("a brand's address over a tracker in mail not presenting itself as that brand is weak (2), not the classic trick (5)", () => {
    expect(check({ from: SHOP, links: [link("https://u2893.ct.sendgrid.net/ls/click?upn=abc", "www.amazon.co.jp")] }).signal("link_text_mismatch")?.points).toBe(2);
    const claimed = check({ from: "Amazon <info@mktg-mailer.net>", links: [link("https://u2893.ct.sendgrid.net/ls/click?upn=abc", "www.amazon.co.jp")] });
    expect(claimed.signal("link_text_mismatch")?.points).toBe(5);
  });

  it("a tracker's visible destination is read: a lookalike behind sendgrid is a lookalike link", () => {
    const r = check({ from: SHOP, links: [link("https://u2893.ct.sendgrid.net/ls/click?upn=a&url=https%3A%2F%2Farnazon.co.jp%2Fsignin", "Sign in")] });
    expect(r.codes).toContain("link_lookalike");
    expect(r.codes).not.toContain("link_redirect");
  });

  it("an open redirector that is no mail service is still a redirect", () => {
    expect(check({ from: SHOP, links: [link("https://www.google.com/url?q=https://evil-host.com/login")] }).codes).toContain("link_redirect");
  });

  it("the brand's own mail routing its links through a mail service: not elsewhere; a stranger claiming the brand through one: still elsewhere", () => {
    const own = check({ from: "SoftBank <info@mail.softbank.jp>", subject: "【SoftBank】ブラックフライデー", headers: signed("mail.softbank.jp"), links: [link("https://softbank.cuenote.jp/c/yJMBvEYeD9rP/yiqg", "詳しくはこちら")] });
    expect(own.codes).toEqual(["auth_pass_official"]);
    const stranger = check({ from: "SoftBank <info@softbank-campaign.example-host.net>", subject: "【SoftBank】ご請求", links: [link("https://softbank.cuenote.jp/c/yJMBvEYeD9rP/yiqg", "ログイン")] });
    expect(stranger.codes).toContain("brand_links_elsewhere");
  });

  it("an ESP's subdomain named after its client is not a brand-named domain; the same name elsewhere is", () => {
    expect(check({ links: [link("https://royalmail.eu.qualtrics.com/jfe/form/SV_3Kx9")] }).codes).toEqual([]);
    expect(check({ links: [link("https://royalmail.parcel-redelivery.example-host.net/")] }).codes).toContain("link_brand_in_domain");
  });
});

describe("a brand's plausible country domain (brand + country name, ordinary ending) weighs little; a lookalike does not", () => {
  it("dhl-usa-like names: unlisted, 1 point, no name mismatch", () => {
    // (A link to that same domain is not said again: the sender's reason already says it.)
    const r = check({ from: "DHL Express <noreply@dhl-canada.com>", links: [link("https://www.dhl-canada.com/track?id=1")] });
    expect(r.codes.sort()).toEqual(["sender_brand_unlisted_domain"]);
    expect(r.verdict).toBe("no_signs");
    // A link to another such domain still is.
    const other = check({ from: "DHL Express <noreply@dhl-canada.com>", links: [link("https://www.dhl-mexico.com/track?id=1")] });
    expect(other.codes).toContain("link_brand_unlisted_domain");
  });

  it("but brand + two-letter code on .com, brand + other words, or an abused ending is the phishing staple", () => {
    expect(check({ from: "DHL <noreply@dhl-de.com>" }).codes).toContain("sender_brand_in_domain");
    expect(check({ from: "DHL <noreply@dhl-delivery-canada.com>" }).codes).toContain("sender_brand_in_domain");
    expect(check({ from: "DHL <noreply@dhl-canada.top>" }).codes).toContain("sender_brand_in_domain");
    expect(check({ from: "DHL <noreply@dhI-delivery-usa.top>" }).verdict).toBe("dangerous");
  });

  it("links named after the brand in mail the brand sent and signed are its own, not foreign", () => {
    const r = check({ from: "Amazon.co.jp <store-news@amazon.co.jp>", headers: signed("amazon.co.jp"), links: [link("https://amazon-campaign-jp.com/sale")] });
    expect(r.codes).toContain("link_brand_unlisted_domain");
    expect(r.codes).not.toContain("link_brand_in_domain");
    const unsigned = check({ from: "Amazon.co.jp <store-news@amazon-mail.example-host.net>", links: [link("https://amazon-campaign-jp.com/sale")] });
    expect(unsigned.codes).toContain("link_brand_in_domain");
  });
});

describe("relayed senders", () => {
  const allegro = senderFacts(rules, "powiadomienia@allegromail.pl");
  it('"Kurier DPD (via Poczta Allegro)" from allegromail.pl is the marketplace speaking: no DPD name claim', () => {
    expect(relayedName(allegro, "Kurier DPD (via Poczta Allegro)")).toBe("Poczta Allegro");
    expect(check({ from: "Kurier DPD (via Poczta Allegro) <powiadomienia@allegromail.pl>" }).codes).toEqual([]);
  });

  it("but not when the via-name is someone other than the sender", () => {
    expect(relayedName(senderFacts(rules, "x@random-host.example-mail.net"), "PayPal (via Poczta Allegro)")).toBe("PayPal (via Poczta Allegro)");
    expect(check({ from: "DPD (via Service) <x@random-host.net>" }).codes).toContain("sender_name_brand_mismatch");
  });

  it("a sharing service's Reply-To to the person who shared is expected; from a stranger's domain it still counts", () => {
    const drive = { from: "Anna (via Google Drive) <drive-shares-dm-noreply@google.com>", replyTo: [{ name: "Anna", address: "anna@weber-architekten.de" }] };
    expect(check(drive).codes).not.toContain("reply_to_elsewhere");
    expect(check({ ...drive, from: "Anna (via Google Drive) <drive@share-docs.example-host.net>" }).codes).toContain("reply_to_elsewhere");
  });
});

describe("Microsoft's sharing notices", () => {
  it("a SharePoint share from sharepointonline.com, 'X (via SharePoint)', is Microsoft's own sender", () => {
    const r = check({
      from: '"Taro Yamada (via SharePoint)" <no-reply@sharepointonline.com>',
      subject: 'Taro Yamada shared the folder "2026 budget" with you',
      text: "Taro Yamada shared a folder with you. Open. Microsoft respects your privacy.",
      links: [link("https://acme.sharepoint.com/:f:/s/finance/EabC123", "Open"), link("https://go.microsoft.com/fwlink/?LinkId=521839", "Privacy Statement")],
    });
    expect(r.codes).not.toContain("sender_name_brand_mismatch");
    expect(r.verdict).toBe("no_signs");
  });
});

describe("a free-mail provider's own senders", () => {
  const login = { subject: "Yahoo! JAPAN ID ログイン通知", text: "Yahoo! JAPAN IDで新しい端末からログインがありました。心当たりがない場合はパスワードを変更してください。", links: [link("https://login.yahoo.co.jp/config/login")] };

  it("Yahoo! JAPAN from mail.yahoo.co.jp (a subdomain no one can get a mailbox at) is Yahoo itself", () => {
    const r = check({ from: "Yahoo! JAPAN <no-reply@mail.yahoo.co.jp>", ...login });
    expect(r.codes).not.toContain("sender_freemail_brand");
    expect(r.verdict).toBe("no_signs");
  });

  it("'Yahoo! JAPAN' from a free yahoo.co.jp mailbox is still someone using Yahoo's name", () => {
    expect(check({ from: "Yahoo! JAPAN <yahoo.security.center@yahoo.co.jp>", ...login }).codes).toContain("sender_freemail_brand");
  });
});
