import { CATALOGUE, type Bilingual, type Kit, type ReasonCode } from "../reasons/catalogue";
import { readableAddress, readableHost } from "../text/host";
import { stripInvisible } from "../text/normalize";
import { brandName, defangAddress, defangDomain, defangText, defangUrl, plainDomain } from "./defang";
import { trickSentence } from "./trick-words";

/**
 * The sentence of each reason, rendered here from its catalogue entry (src/reasons/): the verdict
 * hands over codes and evidence, the reply quotes the evidence. What the mail's sender controls is
 * defanged; a brand's official domain (from the rules) is shown as the reader knows it, never
 * clickable (plainDomain). One kit for all sentences, so the reply reads as one voice.
 */

/** A host name from the mail as the reader saw it (punycode decoded), defanged. */
function host(d: string | undefined): string {
  const shown = readableHost(d ?? "").replace(/[\u3002\uff0e\uff61]/g, ".");
  // A host name is only ever dots and labels; anything else (a URL, markup) is quoted as text.
  return /^[^\s<>"'`/\\:@?#]{1,253}$/.test(shown) ? defangDomain(stripInvisible(shown)) : defangText(shown, 90);
}

/** An address from the mail, its domain as the reader saw it, defanged. */
function addr(a: string | undefined): string {
  return defangAddress(readableAddress(a ?? ""));
}

const txt = (s: string | undefined) => defangText(s ?? "", 60);

export const KIT: Kit = {
  addr,
  host,
  url: (u) => defangUrl(u ?? ""),
  txt,
  official: (d) => plainDomain(d ?? ""),
  bj: (p) => brandName(p.brandJa || p.brand || ""),
  be: (p) => brandName(p.brand ?? ""),
  quotes(phrases, lang) {
    const list = (phrases ?? "").split("\u0000").filter(Boolean);
    return lang === "ja" ? list.map((s) => `「${defangText(s, 40)}」`).join("") : list.map((s) => `"${defangText(s, 40)}"`).join(", ");
  },
  trick: (p) => trickSentence(p.trick, txt),
};

/** A reason's sentence in both languages. */
export function explain(reason: { code: ReasonCode; params: Readonly<Record<string, string>> }): Bilingual {
  const entry = CATALOGUE[reason.code];
  // A code from outside the catalogue (an old stored result) is shown as itself rather than crash the reply.
  if (!entry) return { ja: reason.code, en: reason.code };
  return entry.say(reason.params, KIT);
}
