/**
 * The promise sentences ("we will never ask for your password") are blanked in the parts of a long text
 * that the phrase search reads and PROMISE_MARGIN characters beyond each (src/facts/phrases.ts), not in the
 * whole text (the worst case's budget): what the search finds must be what blanking the whole text gives,
 * promises straddling either cut included.
 */
import { describe, expect, it } from "vitest";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";
import { findPhrases, PHRASE_HEAD, PHRASE_TAIL, withoutPromises } from "../../src/facts/phrases";
import type { Original } from "../../src/original/types";

const rules = compileRules(defaultRules());

function original(text: string): Original {
  return { via: "direct", from: null, replyTo: [], subject: "お知らせ", date: null, text, links: [], imageAlts: [], attachments: [], headers: null, recipients: [], truncated: false };
}

const ASK = "お客さまの暗証番号、パスワード、カード番号をメールでお尋ねすることは";
const PROMISE = `${ASK}ありません`;
const NOT_A_PROMISE = `${ASK}よくあります`;
/** Filler of no phrase, `n` characters, with a line break now and then. */
const filler = (n: number) => "lorem ipsum dolor sit amet\n".repeat(Math.ceil(n / 27)).slice(0, n);

/** A text longer than the two parts read, with `s` ending just past the head's cut and starting just before the tail's. */
function longText(s: string): string {
  const total = PHRASE_HEAD + PHRASE_TAIL + 50_000;
  const head = `${filler(PHRASE_HEAD - 20)} ${s}。`;
  const tail = `${s}。 ${filler(PHRASE_TAIL - 20)}`;
  return head + filler(total - head.length - tail.length) + tail;
}

describe("promises blanked around the parts the phrase search reads", () => {
  it("finds what blanking the whole text finds, promises straddling the cuts included", () => {
    const text = longText(PROMISE);
    expect(text.length).toBeGreaterThan(PHRASE_HEAD + PHRASE_TAIL);
    expect(findPhrases(rules, original(text))).toEqual(findPhrases(rules, original(withoutPromises(text))));
  });

  it("still reads the same wording when it is no promise (the test can fail)", () => {
    const asked = findPhrases(rules, original(longText(NOT_A_PROMISE)));
    const promised = findPhrases(rules, original(longText(PROMISE)));
    expect(asked.length).toBeGreaterThan(promised.length);
  });
});
