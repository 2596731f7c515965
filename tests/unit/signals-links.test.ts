/**
 * Where the links go: each link signal on one link, next to the nearest genuine link that must not
 * set it off.
 */
import { describe, expect, it } from "vitest";
import { rulesBlocking, YOU, check, link } from "../signal-helpers";

const links = (...ls: ReturnType<typeof link>[]) => check({ links: ls });

describe("link_script", () => {
  it("javascript: and data: links", () => {
    expect(links(link("javascript:alert(document.cookie)")).codes).toEqual(["link_script"]);
    expect(links(link("data:text/html;base64,PHNjcmlwdD4=")).codes).toEqual(["link_script"]);
  });

  it("not mailto: or an ordinary https link", () => {
    expect(links(link("mailto:support@yamada-kogyo.co.jp"), link("https://www.yamada-kogyo.co.jp/")).codes).toEqual([]);
  });
});

describe("link_at_trick", () => {
  it("a site name before the @ of a link that goes elsewhere", () => {
    expect(links(link("https://www.paypal.com@evil-host.com/login")).signal("link_at_trick")?.params.domain).toBe("evil-host.com");
  });

  it("not a plain user name before the @", () => {
    expect(links(link("https://user@www.yamada-kogyo.co.jp/share")).codes).toEqual([]);
  });
});

describe("link_blocked", () => {
  const blocking = rulesBlocking("evil-corp.example.net");

  it("a link to (a host under) a blocked domain", () => {
    expect(check({ links: [link("https://login.evil-corp.example.net/a")] }, blocking).signal("link_blocked")?.points).toBe(10);
  });

  it("not its neighbour under another ending", () => {
    expect(check({ links: [link("https://evil-corp.example.org/a")] }, blocking).codes).toEqual([]);
  });
});

describe("link_ip", () => {
  it("a bare IPv4 or IPv6 address", () => {
    expect(links(link("http://192.0.2.44/login")).codes).toEqual(["link_ip"]);
    expect(links(link("http://[2001:db8::1]/login")).codes).toEqual(["link_ip"]);
  });

  it("not a host name that starts with digits", () => {
    expect(links(link("https://1234.yamada-kogyo.co.jp/")).codes).toEqual([]);
  });
});

describe("link_lookalike", () => {
  it("arnazon.co.jp and the punycode of Cyrillic аmazon", () => {
    expect(links(link("https://arnazon.co.jp/signin")).signal("link_lookalike")?.params.brand).toBe("Amazon");
    // new URL() turns the Unicode host into punycode, as a browser would.
    expect(links(link("https://\u0430mazon.com/signin")).signal("link_lookalike")?.params.brand).toBe("Amazon");
  });

  // Brand tokens are also searched in the label with its disguise undone (0→o, 1→l, rn→m …).
  it("amaz0n-co-jp.com (and paypa1-secure.com) imitates the brand", () => {
    const r = links(link("https://amaz0n-co-jp.com/signin"));
    expect(r.codes.some((c) => c === "link_lookalike" || c === "link_brand_in_domain")).toBe(true);
  });

  it("not amazon.co.jp nor amazon.de", () => {
    expect(links(link("https://www.amazon.co.jp/gp/css/order-history"), link("https://www.amazon.de/")).codes).toEqual([]);
  });
});

describe("link_brand_in_domain", () => {
  it("the brand's name in the link's registrable domain; stronger when the mail mentions the brand, strongest when it presents itself as it", () => {
    // Not named anywhere else: a newsletter's advertiser (outlooksecure.com) as much as a trap.
    expect(links(link("https://amazon-secure-login.com/signin")).signal("link_brand_in_domain")?.points).toBe(2);
    expect(check({ text: "Your Amazon order is on hold.", links: [link("https://amazon-secure-login.com/signin")] }).signal("link_brand_in_domain")?.points).toBe(3);
    expect(check({ from: "Amazon <info@mail-notice.com>", links: [link("https://amazon-secure-login.com/signin")] }).signal("link_brand_in_domain")?.points).toBe(4);
  });

  it("the official domain spelled out in subdomains of an abused ending", () => {
    const r = links(link("https://amazon.co.jp.example-login.ml/"));
    expect(r.codes).toEqual(expect.arrayContaining(["link_brand_in_domain", "link_abused_tld"]));
  });

  it("not the brand's own domain, nor a short token that is a department's name", () => {
    expect(links(link("https://www.amazon.co.jp/"), link("https://citi.umich.edu/")).codes).toEqual([]);
  });
});

describe("link_abused_tld", () => {
  it("a link under an abused ending", () => {
    expect(links(link("https://news-update.xyz/a")).codes).toEqual(["link_abused_tld"]);
  });

  it("not the same name under .co.jp", () => {
    expect(links(link("https://news-update.co.jp/a")).codes).toEqual([]);
  });
});

describe("link_free_hosting", () => {
  it("a page on a free hosting platform", () => {
    expect(links(link("https://my-login-page.web.app/")).signal("link_free_hosting")?.params.platform).toBe("web.app");
  });

  it("not the same name on its own domain", () => {
    expect(links(link("https://my-login-page.co.jp/")).codes).toEqual([]);
  });
});

describe("link_shortener", () => {
  it("a public URL shortener", () => {
    expect(links(link("https://bit.ly/3xYzAbc")).codes).toEqual(["link_shortener"]);
  });

  it("not a brand's own short domain (amzn.to)", () => {
    expect(links(link("https://amzn.to/3xYzAbc")).codes).toEqual([]);
  });
});

describe("link_redirect", () => {
  it("an open redirect to a stranger's site", () => {
    expect(links(link("https://www.google.com/url?q=https://evil-host.com/login")).signal("link_redirect")?.params.targetDomain).toBe("evil-host.com");
  });

  it("not a redirect to an official brand domain, nor to the same host", () => {
    expect(links(link("https://www.google.com/url?q=https://www.amazon.co.jp/")).codes).toEqual([]);
    expect(links(link("https://www.yamada-kogyo.co.jp/go?url=https://www.yamada-kogyo.co.jp/news")).codes).toEqual([]);
  });
});

describe("link_text_mismatch", () => {
  it("the text shows a brand's address, the link goes elsewhere (high); an ordinary address (medium)", () => {
    expect(links(link("https://evil-host.com/login", "https://www.amazon.co.jp/")).signal("link_text_mismatch")).toMatchObject({ severity: "high", points: 5 });
    expect(links(link("https://evil-host.com/login", "www.yamada-kogyo.co.jp")).signal("link_text_mismatch")).toMatchObject({ severity: "medium", points: 2 });
  });

  it("not text and link on the same domain, nor two official domains of the same brand", () => {
    expect(links(link("https://www.amazon.co.jp/orders", "www.amazon.co.jp")).codes).toEqual([]);
    expect(links(link("https://www.amazon.com/orders", "www.amazon.co.jp")).codes).toEqual([]);
  });
});

describe("link_has_your_address", () => {
  it("your address in a link, plain or in base64", () => {
    expect(links(link(`https://track-host.com/x?e=${YOU}`)).codes).toEqual(["link_has_your_address"]);
    expect(links(link(`https://track-host.com/x?e=${btoa(YOU)}`)).codes).toEqual(["link_has_your_address"]);
  });

  it("not in an unsubscribe link", () => {
    expect(links(link(`https://track-host.com/unsubscribe?e=${YOU}`, "Unsubscribe")).codes).toEqual([]);
  });
});

describe("brand_links_elsewhere", () => {
  it("a display-name brand claim whose only link goes to a stranger", () => {
    const r = check({ from: "Amazon <info@mail-notice.com>", links: [link("https://mail-notice.com/account")] });
    expect(r.signal("brand_links_elsewhere")).toMatchObject({ points: 5, params: expect.objectContaining({ brand: "Amazon", domain: "mail-notice.com" }) });
  });

  it("among real brand links, a foreign link that asks you to sign in still counts (less)", () => {
    const r = check({ from: "Amazon <info@mail-notice.com>", links: [link("https://www.amazon.co.jp/"), link("https://mail-notice.com/x", "Sign in")] });
    expect(r.signal("brand_links_elsewhere")?.points).toBe(3);
  });

  it("not a real brand link next to a harmless foreign one", () => {
    const r = check({ from: "Amazon <info@mail-notice.com>", links: [link("https://www.amazon.co.jp/"), link("https://mail-notice.com/x", "News")] });
    expect(r.codes).not.toContain("brand_links_elsewhere");
  });

  it("not the brand's own mail linking to itself", () => {
    expect(check({ from: "Amazon.co.jp <shipment-tracking@amazon.co.jp>", links: [link("https://www.amazon.co.jp/")] }).codes).toEqual([]);
  });
});

describe("brand_links_elsewhere: a brand's own mail through a click tracker", () => {
  it("sent from the brand's official domain, its tracked links are not 'elsewhere' (the same links from a stranger are)", () => {
    const tracked = [link("https://u123.ct.sendgrid.net/ls/click?upn=abc", "View your order"), link("https://u123.ct.sendgrid.net/ls/click?upn=def", "Help")];
    const genuine = check({ from: "PayPal <service@paypal.com>", subject: "Receipt for your payment", links: tracked });
    expect(genuine.codes).not.toContain("brand_links_elsewhere");
    expect(genuine.verdict).toBe("no_signs");
    const stranger = check({ from: "PayPal <service@paypal-notices.example.net>", subject: "Receipt for your payment", links: tracked });
    expect(stranger.codes).toContain("brand_links_elsewhere");
  });
});

describe("link_garbled", () => {
  it("control characters inside the host as written", () => {
    const r = check({ links: [link("http://\u00f0vJ2t\u009fge\u009c653p.rentals.example/r.php?x=1")] });
    expect(r.signal("link_garbled")).toMatchObject({ points: 3 });
  });

  it("an ordinary or internationalised host says nothing", () => {
    expect(check({ links: [link("https://www.yamada-kogyo.co.jp/news"), link("https://例え.jp/")] }).codes).toEqual([]);
  });
});

describe("link_odd_port", () => {
  it("a link to an explicit port other than 80 or 443", () => {
    expect(check({ links: [link("http://oniline.us2k.example:6180/logon/index.php", "Online Banking")] }).signal("link_odd_port")).toMatchObject({ points: 2, params: { port: "6180" } });
  });

  it("the web's own ports, written or not, say nothing", () => {
    expect(check({ links: [link("https://www.yamada-kogyo.co.jp:443/"), link("http://www.yamada-kogyo.co.jp:80/a"), link("https://www.yamada-kogyo.co.jp/b")] }).codes).toEqual([]);
  });
});

describe("action_link_elsewhere", () => {
  it("links to the sender's own site, but the one asking you to act goes elsewhere", () => {
    const r = check({
      from: "Support <support@yamada-bank.co.jp>",
      links: [link("http://keynet-updating.info/updating/", "Click here to prove your identity"), link("https://www.yamada-bank.co.jp/useragreement", "User Agreement")],
    });
    expect(r.signal("action_link_elsewhere")).toMatchObject({ points: 2, params: { domain: "keynet-updating.info" } });
  });

  it("no own links, an unsubscribe link elsewhere, or the action on the sender's own site say nothing", () => {
    const own = link("https://www.yamada-kogyo.co.jp/news", "News");
    expect(check({ links: [link("https://click.esp-mail.net/x", "Click here")] }).codes).not.toContain("action_link_elsewhere");
    expect(check({ links: [own, link("https://esp-mail.net/unsub", "Click here to unsubscribe")] }).codes).not.toContain("action_link_elsewhere");
    expect(check({ links: [own, link("https://www.yamada-kogyo.co.jp/login", "Log in")] }).codes).not.toContain("action_link_elsewhere");
  });
});

describe("link_text_mismatch showing a sign-in address", () => {
  it("weighs more than an ordinary shown address", () => {
    const login = check({ links: [link("http://www.e-mergency.example/.LaSalleBank/index.php", "https://onlinebanking.lasallebank.example/efs/servlet/efs/login2.jsp")] });
    expect(login.signal("link_text_mismatch")).toMatchObject({ points: 4, severity: "high" });
    const plain = check({ links: [link("http://click.news.example/r?id=1", "www.lasallebank.example")] });
    expect(plain.signal("link_text_mismatch")).toMatchObject({ points: 2 });
  });
});

describe("link_brand_in_path", () => {
  it("a brand's official host name as a folder of a stranger's site", () => {
    const r = check({ links: [link("http://dns.pautacreativa.com.mx/signin.ebay.com/saw-cgi/eBayISAPIdllSignIn.php")] });
    expect(r.signal("link_brand_in_path")).toMatchObject({ points: 4, params: { shown: "signin.ebay.com", brand: "eBay" } });
  });

  it("file names, the brand's own site, and a tracker carrying a full address say nothing of it", () => {
    const r = check({
      links: [
        link("https://www.ebay.com/signin.ebay.com/x"),
        link("https://cdn.shop-assets.net/img/paypal.com.png"),
        link("https://click.esp-mail.net/r/https%3A%2F%2Fwww.paypal.com%2F"),
        link("https://click.esp-mail.net/r/https://www.paypal.com/checkout"),
      ],
    });
    expect(r.codes).not.toContain("link_brand_in_path");
  });
});
