/**
 * Text normalisation shared by rule compilation and matching, so a phrase and the mail are
 * folded the same way: NFKC (full/half width, compatibility forms), lower case, and either all
 * whitespace removed (phrases) or collapsed to one space (names, matched on word boundaries).
 */

const SPACES = /[\s\u200b-\u200d\u2060\ufeff\u00ad]+/g;

export function foldCompact(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(SPACES, "");
}

export function foldSpaced(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(SPACES, " ");
}

export function isAsciiWordChar(code: number | undefined): boolean {
  return code !== undefined && ((code >= 97 && code <= 122) || (code >= 48 && code <= 57));
}
