import { describe, expect, it } from "vitest";
import { hostsNamed, parseUrl, redirectTarget } from "../../src/facts/link-hosts";

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
  it("a redirect parameter's destination on another host is where the link goes; the same host or no address is none", () => {
    expect(redirectTarget(parseUrl("https://www.google.com/url?q=https://evil.example/a")!)?.hostname).toBe("evil.example");
    expect(redirectTarget(parseUrl("https://shop.example/?next=https://shop.example/cart")!)).toBeNull();
    expect(redirectTarget(parseUrl("https://shop.example/?next=/cart")!)).toBeNull();
    expect(redirectTarget(parseUrl("https://shop.example/?ref=https://evil.example/")!)).toBeNull();
  });
});
