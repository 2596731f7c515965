/**
 * redirectTarget (src/facts/link-hosts.ts) parses a link's query into parameters only when some value may
 * decode to "http…": the same targets as reading all fourteen parameters of every query, on hand-written
 * and random queries (plain, %-escaped, "+" for spaces, "=" inside values, pairs without "=").
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseUrl, redirectTarget } from "../../src/facts/link-hosts";
import { runs } from "../runs";

const PARAMS = ["q", "url", "u", "target", "dest", "destination", "redirect", "redirect_uri", "redirect_url", "next", "goto", "link", "to", "r"];

/** Every query searched, as before the pre-test. */
function reference(url: URL): URL | null {
  for (const p of PARAMS) {
    const v = url.searchParams.get(p);
    if (v && /^https?:\/\//i.test(v)) {
      const t = parseUrl(v);
      if (t?.hostname && t.hostname !== url.hostname) return t;
    }
  }
  return null;
}

const target = (href: string) => redirectTarget(new URL(href))?.href ?? null;

describe("redirectTarget reads the parameters only when a value may be an address", () => {
  it("finds plain and escaped targets, and none in ordinary queries", () => {
    expect(target("https://click.example.net/t?u=https%3A%2F%2Fevil.example%2Fx")).toBe("https://evil.example/x");
    expect(target("https://click.example.net/t?id=1&url=%68ttps://evil.example/")).toBe("https://evil.example/");
    expect(target("https://click.example.net/t?a=b=c&q=HTTP://Evil.example/")).toBe("http://evil.example/");
    expect(target("https://shop.example/item?id=42&utm_source=mail%20list")).toBeNull();
    expect(target("https://shop.example/item?next=/account&ref=http")).toBeNull();
  });

  it("random queries: the same target as reading every parameter", () => {
    const piece = fc.constantFrom("url", "q", "u", "next", "x", "=", "&", "h", "H", "%68", "%48", "ttp", "ttps", "://", "%3A%2F%2F", "evil.example", "/p", "+", "%20", "http", "%", "a=b");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const url = parseUrl(`https://click.example.net/t?${parts.join("")}`);
        if (!url) return;
        expect(redirectTarget(url)?.href ?? null).toBe(reference(url)?.href ?? null);
      }),
      { seed: 20261201, numRuns: runs(1500) },
    );
  });
});
