/**
 * Trimming a set of characters off the ends of a string with a loop. The regular-expression way,
 * /[…]+$/, rescans a long run for every start position: quadratic on hostile input.
 */
export function trimChars(s: string, chars: string, { start = true, end = true } = {}): string {
  let a = 0;
  let b = s.length;
  while (start && a < b && chars.includes(s[a]!)) a++;
  while (end && b > a && chars.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/** decodeURIComponent that gives the text back as it was when it is not valid percent-encoding. */
export function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const JOINED = /(?<=\p{L})[-_.]+(?=\p{L})/gu;
const CAMEL = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})|(?<=\p{Lu})(?=\p{Lu}\p{Ll}{2})/gu;
/** What every place CAMEL matches is followed by: a capital and a small letter. */
const CAPITAL_SMALL = /\p{Lu}\p{Ll}/u;
const LETTER_BY_LETTER = /\b(?:\p{Lu} ){1,}\p{Lu}\b/gu;
/** What every match of LETTER_BY_LETTER starts with: a capital and a space. */
const CAPITAL_SPACE = /\p{Lu} /u;

/**
 * Words joined by hyphens, dots or underscores, run together in camel case, or spelled letter by
 * letter, as plain words. (Each step is taken only where a simple test finds what its match must
 * contain: most names and subjects have no joined or spelled-out words, and the look-arounds cost.)
 */
export function spelledApart(text: string): string {
  let s = text;
  if (s.includes("-") || s.includes("_") || s.includes(".")) s = s.replace(JOINED, " ");
  if (CAPITAL_SMALL.test(s)) s = s.replace(CAMEL, " ");
  if (CAPITAL_SPACE.test(s)) s = s.replace(LETTER_BY_LETTER, (m) => m.replace(/ /g, ""));
  return s;
}

/** An address written in text: a local part, "@", a domain of two to seven labels. */
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}/g;

/**
 * The first `max` matches of EMAIL in `text`, as [...text.matchAll(EMAIL)].slice(0, max) gives them
 * (values and indices). Each search starts at most 64 characters before the next "@": a match's local
 * part is at most 64 characters right before its own "@", so none starts earlier. (The expression
 * alone tries every position of the text, each reading up to 64 word characters before giving up.)
 */
export function emailsIn(text: string, max: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let from = 0; out.length < max; ) {
    const at = text.indexOf("@", from);
    if (at < 0) break;
    EMAIL.lastIndex = Math.max(from, at - 64);
    const m = EMAIL.exec(text);
    if (!m) break;
    out.push(m);
    from = EMAIL.lastIndex;
  }
  return out;
}
