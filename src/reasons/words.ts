import type { Bilingual, Kit, Params } from "./types";

/** Pieces of wording several reasons share. Pure composition: the quoting itself is the kit's. */

export const NONE: Bilingual = { ja: "", en: "" };

export const plusBi = (a: Bilingual, b: Bilingual): Bilingual => ({ ja: a.ja + b.ja, en: a.en + b.en });

/** "There is 1 more link like it." after the sentence. */
export function more(p: Params, m: Bilingual): Bilingual {
  const n = Number(p.count ?? "1") - 1;
  if (!(n > 0)) return m;
  return { ja: `${m.ja}同じようなリンクがほかに${n}件あります。`, en: `${m.en} There ${n > 1 ? `are ${n} more links` : "is 1 more link"} like it.` };
}

/** Quotes in the language's own marks: 「…」 in Japanese, "…" in English. */
export const q = (k: Kit, s: string | undefined, lang: keyof Bilingual) => (lang === "ja" ? `「${k.txt(s)}」` : `"${k.txt(s)}"`);

/** The real address in brackets, when the rules know it: "（paypal.com）" / " (paypal.com)". */
export const realIn = (p: Params, k: Kit): Bilingual => (p.real ? { ja: `（${k.official(p.real)}）`, en: ` (${k.official(p.real)})` } : NONE);

/** "Netflix's real address is netflix.com; this one adds "billing-support"." */
export const addedWords = (p: Params, k: Kit): Bilingual =>
  p.real && p.added
    ? {
        ja: `${k.bj(p)}の本物のアドレスは ${k.official(p.real)} で、これに${q(k, p.added, "ja")}という言葉を付け足しています。`,
        en: ` ${k.be(p)}'s real address is ${k.official(p.real)}; this one adds the words ${q(k, p.added, "en")}.`,
      }
    : NONE;

/** For an address written in special characters: it only looks like the real one, and how it differs. */
export function imitation(p: Params, k: Kit, m: Bilingual): Bilingual {
  if (!p.real || !p.trick) return m;
  const t = k.trick(p);
  return {
    ja: `${m.ja}このアドレスは特殊な文字を使って、本物の ${k.official(p.real)} のように見せかけています。${t.ja}`,
    en: `${m.en} It uses special characters to look like the real ${k.official(p.real)}.${t.en}`,
  };
}

/**
 * The end of a sender reason for the brand's name at a domain we don't know as its own (a company's
 * Japanese organisation domain, eplus.co.jp for eplus.jp), with nothing confirming the brand sent it.
 */
export const twinDomain = (p: Params, k: Kit): Bilingual => ({
  ja: `${k.bj(p)}と同じ名前のドメインですが、私たちの知る${k.bj(p)}のアドレスではなく、${k.bj(p)}から届いたことを確かめる情報もありません。`,
  en: `a domain with ${k.be(p)}'s name that we do not know as ${k.be(p)}'s; nothing in the mail confirms ${k.be(p)} sent it.`,
});

/** Who really owns an address whose name merely contains the brand's, when it is not the address itself. */
export const ownerOf = (p: Params) => (p.owner && p.owner !== p.domain ? p.owner : "");

export const WHERE_JA: Record<string, string> = { name: "差出人の名前", subject: "件名", address: "差出人のアドレス", greeting: "宛名" };
export const WHERE_EN: Record<string, string> = { name: "sender's name", subject: "subject", address: "sender's address", greeting: "greeting" };
export const PLACE_JA: Record<string, string> = { logo: "ロゴ", letterhead: "本文の冒頭", subject: "件名", greeting: "宛名（「〜のお客様」）" };
export const PLACE_EN: Record<string, string> = { logo: "logo", letterhead: "first line of the mail", subject: "subject", greeting: "greeting (\"Dear … customer\")" };

/** Mail providers named in their own verdicts. */
export const byJa = (p: Params) => (p.by === "microsoft" ? "（Microsoft）" : "");
export const byEn = (p: Params) => (p.by === "microsoft" ? " (Microsoft)" : "");
