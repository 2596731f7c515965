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

/** Words joined by hyphens, dots or underscores, run together in camel case, or spelled letter by letter, as plain words. */
export function spelledApart(text: string): string {
  return text
    .replace(/(?<=\p{L})[-_.]+(?=\p{L})/gu, " ")
    .replace(/(?<=\p{Ll})(?=\p{Lu}\p{Ll})|(?<=\p{Lu})(?=\p{Lu}\p{Ll}{2})/gu, " ")
    .replace(/\b(?:\p{Lu} ){1,}\p{Lu}\b/gu, (m) => m.replace(/ /g, ""));
}
