import { describe, expect, it } from "vitest";
import { hostsNamed, parseUrl, redirectTarget } from "../../src/facts/link-hosts";
import { check, link } from "../signal-helpers";

describe("the hosts a link names", () => {
  it("its own host, then every host carried inside it, plain or percent-encoded", () => {
    expect(hostsNamed("https://www.ebay.com/rover?DomainUrl=http://evil.example/x")).toEqual(["www.ebay.com", "evil.example"]);
    expect(hostsNamed("https://click.example.com/?u=https%3A%2F%2FPhish.Example.ml%2Flogin")).toEqual(["click.example.com", "phish.example.ml"]);
    expect(hostsNamed("https://accounts.google.com/signin")).toEqual(["accounts.google.com"]);
  });
  it("no http(s) address: none", () => {
    expect(hostsNamed("mailto:a@b.example")).toBeNull();
    expect(hostsNamed("javascript:alert(1)")).toBeNull();
  });
  it("Google's AMP viewer carries the destination in its path, on google.com and its country domains", () => {
    expect(redirectTarget(parseUrl("https://www.google.com/amp/s/paypal-verify.top/login?id=1")!)?.href).toBe("https://paypal-verify.top/login?id=1");
    expect(redirectTarget(parseUrl("https://www.google.co.uk/amp/paket-verify.top/gls")!)?.href).toBe("http://paket-verify.top/gls");
    expect(redirectTarget(parseUrl("https://google.com.br/amp/s/www.bbc.co.uk/news/123.amp")!)?.hostname).toBe("www.bbc.co.uk");
    // Not on another site's /amp/ path, nor an AMP path naming no host.
    expect(redirectTarget(parseUrl("https://news.example.com/amp/s/evil.example/x")!)).toBeNull();
    expect(redirectTarget(parseUrl("https://www.google.com/amp/")!)).toBeNull();
    expect(redirectTarget(parseUrl("https://www.google.com/amp/s/localhost/x")!)).toBeNull();
  });
  it("a redirect parameter's destination on another host is where the link goes; the same host or no address is none", () => {
    expect(redirectTarget(parseUrl("https://www.google.com/url?q=https://evil.example/a")!)?.hostname).toBe("evil.example");
    expect(redirectTarget(parseUrl("https://shop.example/?next=https://shop.example/cart")!)).toBeNull();
    expect(redirectTarget(parseUrl("https://shop.example/?next=/cart")!)).toBeNull();
    expect(redirectTarget(parseUrl("https://shop.example/?ref=https://evil.example/")!)).toBeNull();
  });
});

describe("a link through Google's AMP viewer is judged where it goes", () => {
  it("a PayPal notice whose sign-in link opens a stranger's page through google.com/amp: dangerous", () => {
    const r = check({ from: "PayPal <service@pp-account-notice.com>", subject: "Your account is limited", text: "We noticed unusual activity. Sign in to restore access.", links: [link("https://www.google.com/amp/s/pp-account-notice.com/signin", "Sign in")] });
    expect(r.codes).toContain("link_redirect");
    expect(r.verdict).toBe("dangerous");
  });

  it("a news digest linking stories through google.com/amp: no signs", () => {
    const r = check({ from: "Morning Brief <digest@morningbrief.example>", subject: "Today's stories", text: "Three stories worth your time.", links: [link("https://www.google.com/amp/s/www.bbc.co.uk/news/world-123.amp", "Read at the BBC"), link("https://morningbrief.example/unsubscribe", "Unsubscribe")] });
    expect(r.verdict).toBe("no_signs");
  });
});
