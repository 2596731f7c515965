import { stripInvisible } from "../text/normalize";
import { latinLookalikes, plainSmallCaps } from "../text/confusables";

/**
 * Text dressed up so a filter does not read it while a person still does: marks stacked on Latin
 * letters ("Apܿplܿe ID"), letters from other scripts inside Latin words ("Yоur аccоunt" with
 * Cyrillic о/а), styled letters (𝐝𝐞𝐥𝐞𝐭𝐞𝐝, ᴘᴀʏᴍᴇɴᴛ, Ⓟⓐⓨ), and I for l ("Trust WaIIet", "lRS").
 */

const NON_ASCII = /[^\x00-\x7f]/;

/** A combining mark right after a Latin letter, digit or dot that does not compose into an accented letter. */
const STUFFED_MARK = /(?<=[A-Za-z0-9.@])\p{M}+/gu;
const HAS_STUFFED_MARK = /[A-Za-z0-9.@]\p{M}/u;
/** Mathematical alphanumerics (𝐀–𝟿), enclosed letters (Ⓐ–ⓩ) and small capitals. */
const STYLED = /[\u{1d400}-\u{1d7ff}\u24b6-\u24e9\u1d00-\u1d2b\ua730-\ua7ff]/u;

/** The text as a reader sees it: marks dropped, styled and foreign-script look-alike letters made plain. */
export function unmask(text: string): string {
  // Every disguise undone here is a character beyond ASCII: plain ASCII is already as a reader sees it.
  if (!NON_ASCII.test(text)) return text;
  let s = stripInvisible(text).normalize("NFC").replace(STUFFED_MARK, "");
  s = plainSmallCaps(s.normalize("NFKC"));
  return latinLookalikes(s);
}

export type Disguise = "marks" | "mixed_script" | "styled";

/** How a short text (a name, a subject) is disguised, if it is. */
export function disguiseOf(text: string): Disguise | null {
  // Every disguise below is a character beyond ASCII (a mark, a Cyrillic or Greek letter, a styled one).
  if (!NON_ASCII.test(text)) return null;
  const plain = stripInvisible(text).normalize("NFC");
  // Accents written as separate marks (NFD text) compose under NFC; what is left is deliberate.
  if (HAS_STUFFED_MARK.test(plain)) return "marks";
  // A Latin word with Cyrillic or Greek look-alikes in it ("Yоur" with a Cyrillic о) — not a word in
  // another script, nor the mixed debris of a mis-decoded charset.
  if (plain.split(/[\s@._\-:,;!?'"()[\]]+/).some((w) => /[a-z].*[a-z]/i.test(w) && /[\u0370-\u03ff\u0400-\u04ff]/.test(w) && /^[A-Za-z0-9]+$/.test(latinLookalikes(w))))
    return "mixed_script";
  if (STYLED.test(plain)) return "styled";
  return null;
}

/**
 * Tricks that break words up so filters don't read them, counted in a short text: dots or
 * underscores glued between words ("een.Albert", "u..te", "Bitcoin__Transfer"), words split after
 * their first letter ("L etzte B enachrichtigung"), a leading dash or quote ("-U heeft"), and a
 * random capital code at the end (".NTWQ", "\tDAOKZNK").
 */
export function scrambleTricks(text: string): string[] {
  const t = stripInvisible(text).trim();
  const tricks: string[] = [];
  // (The first three tricks need a dot or an underscore: most names and subjects are passed over at once.)
  const dots = t.includes(".");
  const underscores = t.includes("_");
  if (dots && /\p{L}\.{2,}\p{L}|\p{Ll}{2}\.\p{Lu}\p{Ll}/u.test(t)) tricks.push("glued_dots");
  if (underscores && /\p{L}_{2,}\p{L}|\p{Lu}\p{Ll}+_\p{Lu}|\p{L}_\d+\.\d+_/u.test(t)) tricks.push("underscores");
  // A whole line of words with dots or underscores for spaces ("Get_it_urgently_0.7495_BTC"): a trick twice over.
  if ((dots || underscores) && !/\s/.test(t) && !isHostName(t) && (t.match(/\p{L}{2,}/gu) ?? []).length >= 3 && /^[^_.]*(?:[_.]+[^_.]+){3,}/u.test(t)) tricks.push("no_spaces", "no_spaces");
  if ((t.match(/(?:^|[\s–-])\p{Lu} \p{Ll}{3,}/gu) ?? []).length >= 2) tricks.push("split_words");
  // (A leading mark is one of five characters; a trailing code follows a dot or a tab: the expressions
  // are tried only where those are.)
  if (LEADING_MARK_CHARS.includes(t.charAt(0)) && /^[-'.~_]+\s*\p{L}/u.test(t)) tricks.push("leading_mark");
  if ((dots || t.includes("\t")) && /(?:\.|\t)[ \t]{0,3}[A-Z][A-Z0-9]{3,11}$/.test(t)) tricks.push("trailing_code");
  return tricks;
}

const LEADING_MARK_CHARS = "-'.~_";

function isHostName(t: string): boolean {
  return /^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}\/?$/.test(t);
}

/**
 * One random code stuffed into the middle of words again and again ("AX34QDJLJ89mazon Prime
 * MemX34QDJLJ89bership … vX34QDJLJ89alid"): filler that breaks every word for a filter while a
 * reader skims past it. Returns a word carrying it when the same code sits glued inside words at
 * least three times.
 */
export function stuffedCode(text: string): string | null {
  const counts = new Map<string, number>();
  // Words only: an address or a tracking id in a URL repeats the same code in genuine mail too.
  // Only words holding six capitals or digits in a row: each such run is found in one pass over the
  // text, and the word around it (the stretch between whitespace, as split(/\s+/) cuts it) is read
  // once; words without one are never looked at.
  // (A code is glued to small letters: a word with none, "20261201", "ACCOUNT", is not read further.)
  const t = text.slice(0, 20_000);
  for (let from = 0; ; ) {
    const at = codeRun(t, from);
    if (at < 0) break;
    let start = at;
    while (start > 0 && !isSpace(t.charCodeAt(start - 1))) start--;
    let end = at + 6;
    while (end < t.length && !isSpace(t.charCodeAt(end))) end++;
    from = end;
    if (end - start > 40) continue;
    const w = t.slice(start, end);
    if (/[/:=?&@#%<>[\]]/.test(w) || !SMALL_LETTER.test(w)) continue;
    for (const m of w.matchAll(/(\p{Ll}*)([A-Z0-9]{6,14})(\p{Ll}*)/gu)) {
      const code = m[2]!;
      // (Letters beyond A–F: a hex colour left in broken HTML, FFFF99, is debris, not a code.)
      if (!(m[1] || m[3]) || !/\d/.test(code) || !/[G-Z].*[G-Z]/.test(code)) continue;
      const n = (counts.get(code) ?? 0) + 1;
      counts.set(code, n);
      if (n >= 3) return m[0];
    }
  }
  return null;
}

const isCodeChar = (c: number) => (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Where the first six capitals or digits in a row (/[A-Z0-9]{6}/) start, at or after `from`; -1 when
 * none do. Read by skipping, as Boyer–Moore does: when the sixth character from a possible start is
 * not one, no run covers it and the next possible start is just past it, so in text of small letters
 * one character in six is read (the expression reads every one: four times the time).
 */
function codeRun(t: string, from: number): number {
  const n = t.length;
  let i = from + 5;
  while (i < n) {
    if (!isCodeChar(t.charCodeAt(i))) {
      i += 6;
      continue;
    }
    // The run through i, back to where a start is still possible; then on to six.
    let start = i;
    const low = Math.max(i - 5, from);
    while (start > low && isCodeChar(t.charCodeAt(start - 1))) start--;
    let j = i + 1;
    while (j < start + 6 && j < n && isCodeChar(t.charCodeAt(j))) j++;
    if (j === start + 6) return start;
    i = j + 6;
  }
  return -1;
}
/** What the code must be glued to, on one side or the other. */
const SMALL_LETTER = /\p{Ll}/u;

/** The code units JavaScript's \s matches (so words end where split(/\s+/) ends them). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
