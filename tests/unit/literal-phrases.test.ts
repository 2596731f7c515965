/**
 * Admin-supplied patterns are literals: phrases are matched by an Aho–Corasick automaton, brand
 * names and tokens likewise, and no regular expression is ever built from rule data (so a rule
 * can neither change what matches nor make matching slow).
 */
import { describe, expect, it } from "vitest";
import { compileRules } from "../../src/rules/compile";
import { RuleSetSchema } from "../../src/rules/schema";
import { findPhrases } from "../../src/facts/phrases";
import { phraseSignals } from "../../src/signals/phrases";
import type { Original } from "../../src/original/types";

const sources = import.meta.glob<string>("../../src/**/*.ts", { query: "?raw", import: "default", eager: true });

const METACHARACTER_PHRASES = ["(a+)+$", "[a-z]+@.*", ".*", "\\d{3}-\\d{4}", "^(x|y)?$", "a{1,99999}"];

function original(text: string): Original {
  return { via: "direct", from: null, replyTo: [], subject: "", date: null, text, links: [], imageAlts: [], attachments: [], headers: null, recipients: [], truncated: false };
}

const rules = compileRules(
  RuleSetSchema.parse({
    brands: [],
    abusedTlds: [],
    phrases: METACHARACTER_PHRASES.map((text) => ({ text, lang: "en", kind: "threat", weight: 1 })),
  }),
);

const quoted = (text: string) => {
  const o = original(text);
  return phraseSignals({ original: o, rules, claims: [], phraseHits: findPhrases(rules, o), sender: null }).flatMap((s) => (s.params.phrases ?? "").split("\u0000").filter(Boolean));
};

describe("phrases full of regex metacharacters match only literally", () => {
  it("text that the patterns would match as regexes, but does not contain them, matches nothing — at once", () => {
    const bait = `${"a".repeat(50_000)}! user@example.com 123-4567 x ${"a".repeat(200_000)}`;
    const t = performance.now();
    expect(quoted(bait)).toEqual([]);
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it("the literal text matches, and is the phrase quoted", () => {
    expect(quoted("please see (a+)+$ here")).toEqual(["(a+)+$"]);
    // (".*" is found too, but inside "[a-z]+@.*": the same words are quoted once.)
    expect(quoted("x [a-z]+@.* y \\d{3}-\\d{4}").sort()).toEqual(["[a-z]+@.*", "\\d{3}-\\d{4}"].sort());
    expect(quoted("x .* y")).toEqual([".*"]);
    expect(quoted("ab")).toEqual([]);
  });
});

describe("no regular expression is built from data", () => {
  const files = Object.entries(sources).map(([path, text]) => ({ path: path.replace("../../", ""), text }));

  it("the sources are all there to check", () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.map((f) => f.path)).toContain("src/rules/matcher.ts");
  });

  it("RegExp is never constructed at run time (facts/auth.ts's property patterns are constants too)", () => {
    const hits = files.flatMap((f) => f.text.split("\n").flatMap((line, i) => (/\bRegExp\s*\(/.test(line) ? [`${f.path}:${i + 1}`] : [])));
    expect(hits).toEqual([]);
  });

  it("String match/matchAll/search (which turn a string argument into a RegExp) only get regex literals or constants", () => {
    const bad = files.flatMap((f) =>
      f.text.split("\n").flatMap((line, i) => {
        const out: string[] = [];
        for (const m of line.matchAll(/\.(?:match|matchAll|search)\(\s*([^)\s,]*)/g)) {
          const arg = m[1]!;
          if (!arg.startsWith("/") && !/^[A-Z][A-Z0-9_]*$/.test(arg)) out.push(`${f.path}:${i + 1}: ${line.trim()}`);
        }
        return out;
      }),
    );
    expect(bad).toEqual([]);
  });
});
