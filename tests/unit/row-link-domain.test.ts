import { getDomain } from "tldts";
import { describe, expect, it } from "vitest";
import { linkDomain, linkDomains } from "../../src/reports/row";

/** The link's domain as read by the URL parser alone (what linkDomain did before its plain-link path). */
function reference(href: string): string | null {
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:/i.test(href) ? href : `http://${href}`).hostname;
  } catch {
    return null;
  }
  host = host.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  if (!host || !host.includes(".") && !host.includes(":")) return null;
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** Links written the ways mails write them, and the ways the URL parser reads differently from the eye. */
const HREFS = [
  "https://www.Example.co.jp/login?x=1", "HTTP://EXAMPLE.COM", "http://example.com.", "http://example.com./x", "https://evil.web.app/#a", "http://a.b.c.example.org\\path",
  "www.example.com/x", "example.com", "localhost", "http://localhost/", "http://a..b.com/", "http://.a.com/", "http://-a-.com/", "http://a_b.example.com/",
  "http://user@evil.com/", "http://good.com@evil.com/", "http://good.com:pass@evil.com/", "http://example.com:80/", "http://example.com:99999/", "http://example.com:/",
  "http://127.0.0.1/", "http://0x7f.1/", "http://1.2.3.4./", "http://2130706433/", "http://example.09/", "http://example.0x/", "http://example.0x1f/", "http://a.1b/",
  "http://xn--80ak6aa92e.com/", "http://XN--80AK6AA92E.com/", "http://xn--a.com/", "http://bücher.de/", "http://[::1]/", "http://[2001:db8::1]:8080/", "http://exa%6Dple.com/",
  "http://exa\nmple.com/", "http://example.com\t/", " http://example.com/", "http://example.com ", "http:example.com/", "http:///example.com/", "https:\\\\example.com\\x",
  "//example.com/x", "mailto:someone@example.com", "tel:+81-3-1234-5678", "javascript:alert(1)", "ftp://files.example.net/", "file:///etc/passwd", "data:text/html,hi",
  "http://example.com?q=http://evil.com", "http://example.com#@evil.com", "www.example.com:8080/x", "a.b:c", "http//x", "https://", "", "http://", "https://a", "http://ｅｘａｍｐｌｅ.com/",
  "https://s3.amazonaws.com/bucket/x", "https://foo.github.io/", "https://x.y.z.blogspot.co.uk/", "http://ab--cd.com/", "HTTPS://Sub.Domain.Example.COM./Path",
];

describe("linkDomain reads plain links without the URL parser, to the same domain", () => {
  it("gives the URL parser's domain for every kind of link", () => {
    for (const href of HREFS) expect(linkDomain(href), JSON.stringify(href)).toBe(reference(href));
  });

  it("counts repeated hosts once each in first-appearance order, and the main domain is the commonest", () => {
    const links = ["https://t.tracker.example/a", "http://shop.example.jp/x", "https://T.Tracker.example/b", "https://evil.web.app/", "mailto:a@b.c", "https://t.tracker.example/c"];
    expect(linkDomains(links)).toEqual({ domains: ["tracker.example", "example.jp", "evil.web.app"], main: "tracker.example" });
    expect(linkDomains(links, 2).domains).toEqual(["tracker.example", "example.jp"]);
  });
});
