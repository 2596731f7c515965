import { readableLabel } from "./host";

/**
 * Letters that read alike: Cyrillic and Greek look-alikes of Latin letters, digits and signs for
 * letters, small capitals, I for l. One table each, for every floor above that folds or compares names.
 */

// Cyrillic and Greek letters that look like Latin ones (lower and upper case).
const SCRIPT_LOOKALIKE: Record<string, string> = {
  "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ո": "n",
  "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X", "І": "I",
  "ν": "v", "ο": "o", "α": "a", "ι": "i", "κ": "k", "ρ": "p", "τ": "t", "ε": "e", "υ": "u",
  "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
  "ɡ": "g", "ı": "i",
};

/** Replaces Cyrillic/Greek look-alike letters with the Latin ones they imitate (РayPal → PayPal). */
export function latinLookalikes(s: string): string {
  if (!/[\u0370-\u04ff\u0250-\u02af\u0131]/.test(s)) return s;
  let out = "";
  for (const ch of s) out += SCRIPT_LOOKALIKE[ch] ?? ch;
  return out;
}

const GREEK_OR_CYRILLIC = /[\u0370-\u03ff\u0400-\u04ff]/;

/** True when one word mixes Latin letters with Cyrillic or Greek ones: a name dressed up to dodge filters. */
export function mixesScripts(s: string): boolean {
  if (!GREEK_OR_CYRILLIC.test(s)) return false;
  return s.split(/[\s@._-]+/).some((w) => /[a-z]/i.test(w) && /[\u0370-\u03ff\u0400-\u04ff]/.test(w));
}

/** Digits that stand in for letters (amaz0n, paypa1, g00gle). */
export const DIGIT_LETTER: Readonly<Record<string, string>> = { "0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g" };

// Letters that read alike in a domain label: digits for letters, l/i/1, and (via latinLookalikes) Cyrillic/Greek.
const CONFUSABLE: Record<string, string> = {
  ...DIGIT_LETTER, "@": "a", "$": "s",
  i: "l", "|": "l", "!": "l", "ł": "l", "ß": "b",
};

/**
 * The "skeleton" of a domain label: what a reader sees, so amaz0n, arnazon, аmazon (Cyrillic а)
 * and xn--mazon-3ve all fold to the same string as amazon. Hyphens are dropped.
 */
export function skeleton(label: string, keepHyphens = false): string {
  const uni = readableLabel(label);
  let s = latinLookalikes(uni.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")).toLowerCase();
  let out = "";
  for (const ch of s) out += CONFUSABLE[ch] ?? ch;
  s = out.replace(/rn/g, "m").replace(/vv/g, "w").replace(/cl/g, "d");
  return keepHyphens ? s : s.replace(/-/g, "");
}

/** The label with each single character deleted (SymSpell neighbourhood, distance 1). */
export function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

// Small capitals and a few other letter-like forms NFKC leaves alone.
const SMALL_CAPS: Record<string, string> = {
  "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m",
  "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
};
const SMALL_CAP_RE = /[ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ]/g;

/** Small capitals written as the plain letters they show (ᴘᴀʏᴍᴇɴᴛ → payment). */
export function plainSmallCaps(s: string): string {
  return s.replace(SMALL_CAP_RE, (c) => SMALL_CAPS[c] ?? c);
}

/** Readings of a name where capital I and small l stand for each other: "Trust WaIIet" → "Trust Wallet", "lRS" → "IRS". */
export function letterSwaps(text: string): string[] {
  const out: string[] = [];
  const iToL = text.replace(/(?<=[a-z])I|I(?=[a-z]{2})/g, "l");
  if (iToL !== text) out.push(iToL);
  const lToI = text.replace(/\bl(?=[A-Z]{2})/g, "I");
  if (lToI !== text) out.push(lToI);
  return out;
}
