/**
 * Text normalisation shared by rule compilation and matching, so a phrase and the mail are
 * folded the same way: NFKC (full/half width, compatibility forms), lower case, and either all
 * whitespace removed (phrases) or collapsed to one space (names, matched on word boundaries).
 */

const SPACES = /[\s\u200b-\u200d\u2060\ufeff\u00ad]+/g;

/**
 * Characters that show nothing: zero-width and format characters, variation selectors and
 * Unicode "tag" characters, which scam mail sprinkles between letters (M​i​c​r​o​s​o​f​t) to
 * dodge filters. They are removed before matching, and their presence is itself a signal.
 */
export const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\uddef]/g;

/** A character INVISIBLE can start with: one test over the text, and most text has none. */
const MAYBE_INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\udb40]/;

export function stripInvisible(s: string): string {
  return MAYBE_INVISIBLE.test(s) ? s.replace(INVISIBLE, "") : s;
}

/**
 * Plain ASCII (most English mail) has no invisible characters, NFKC leaves it unchanged and its only
 * spaces are ASCII ones: folded without those passes, to the same result.
 */
const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_SPACES = /[\t-\r ]+/g;

/**
 * The runs foldSpaced makes one space, less the lone spaces (already one space): most gaps between
 * words are a lone space, and replacing each by itself costs the replace most of its time.
 */
const SPACE_RUNS = /[\s\u200b-\u200d\u2060\ufeff\u00ad]{2,}|(?! )[\s\u200b-\u200d\u2060\ufeff\u00ad]/g;
const ASCII_SPACE_RUNS = /[\t-\r ]{2,}|[\t-\r]/g;

export function foldCompact(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase().replace(ASCII_SPACES, "");
  return stripInvisible(s).normalize("NFKC").toLowerCase().replace(SPACES, "");
}

export function foldSpaced(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase().replace(ASCII_SPACE_RUNS, " ");
  return stripInvisible(s).normalize("NFKC").toLowerCase().replace(SPACE_RUNS, " ");
}

/** NFKC, which leaves plain ASCII as it is: such text is not handed to the normaliser (most names and subjects). */
export function nfkc(s: string): string {
  return NON_ASCII.test(s) ? s.normalize("NFKC") : s;
}

export function isAsciiWordChar(code: number | undefined): boolean {
  return code !== undefined && ((code >= 97 && code <= 122) || (code >= 48 && code <= 57));
}
