import type { Link } from "./types";

/**
 * What a plain-text forward kept of the original's HTML. A client forwarding an HTML mail as text
 * writes each link as its text followed by the target, and each image as a placeholder:
 * - Gmail, Apple Mail, Thunderbird, K-9: `Sign in <https://…>`; Gmail also `[image: Amazon]`;
 * - Outlook: `Sign in<https://…>`, images `[Amazon]`, `[cid:image001.png@01D…]` or, hot-linked with no alt
 *   text, the picture's address `[https://cdn.example/logo.png]` (`…]<https://…>` when it is a link);
 * - other converters: `Sign in [https://…]`, `Sign in (https://…)`, Markdown `[Sign in](https://…)`;
 * - w3m/lynx (mutt): `Sign in[1]` and a numbered list of targets at the end.
 * Reading them back gives the signals the link text ↔ target pairs and the logo alts they see in
 * a direct check, and a text without the targets written out (as the HTML's own text reads).
 * Only used for a forwarded body that has no HTML of its own.
 */
export type TextStructure = { text: string; links: Link[]; imageAlts: string[]; imageSources: string[] };

// A target right after a link text: <url>, [url], (url) — or Markdown [text](url). One pass per line.
// (A URL: a scheme, then up to 2,000 characters that are not space, brackets or quotes.)
// (In angle brackets, spaces too: a target written as the href was, "<http://host/Get Home Page/…>".)
const TARGET = /\[([^[\]\n]{1,200})\]\((https?:\/\/[^\s<>[\]()"]{1,2000})\)|[ \t]?(?:<(https?:\/\/[^\s<>"][^<>"\n]{0,1999})>|\[(https?:\/\/[^\s<>[\]()"]{1,2000})\]|\((https?:\/\/[^\s<>[\]()"]{1,2000})\))/g;
const GMAIL_IMAGE = /\[image:\s*([^[\]\n]{0,200}?)\s*\]/gi;
const CID_IMAGE = /\[cid:[^[\]\s]{1,200}\]/gi;
/** A picture's address (what Outlook writes for a hot-linked image with no alt text, "[https://…/logo.png]"). */
const PICTURE_URL = /\.(?:png|jpe?g|gif|webp|bmp|svg)(?:[?#]|$)|[?&](?:format|fm)=(?:png|jpe?g|gif|webp)\b/i;
/** Right after a bracketed address: the target of the link the picture sits in ("[https://…/logo.png]<https://…>"). */
const TARGET_NEXT = /^[ \t]?<https?:\/\//i;
/** A line of Outlook's `[alt]` placeholders only ("[Click to Show Image]"), the pictures of the link whose target follows. */
const ALT_LINE = /^(?:\[[^[\]\n:]{1,80}\][ \t]*)+$/;
/**
 * A bracketed address with no words before it on its line and nothing but more placeholders after it: a
 * picture not in a link, as Outlook writes it (a link written "text [https://…]" has its text before it).
 */
function placeholderOnly(before: string, after: string): boolean {
  return !before.trim() && (!after.trim() || after.trimStart().startsWith("["));
}
/** Outlook's image placeholder: `[alt]` written just before the image link's target. */
const OUTLOOK_ALT = /\[([^[\]\n:]{1,80})\]$/;
/** The end of the sentence before a link: the link text starts after it. */
const SENTENCE_END = /^.*[.!?。！？:;：；|•·]\s+/s;
/** A w3m/lynx reference list entry: ` 1. https://…`, `[1] https://…`, `[1]: https://…`. */
const REFERENCE = /^\s{0,6}\[?(\d{1,3})(?:\]:?|\.)\s+(https?:\/\/[^\s<>[\]()"]{1,2000})\s*$/;
const REF_MARK = /\[(\d{1,3})\]/g;
/** Link text kept at most (a button or a sentence's last words). */
const TEXT_MAX = 100;

/**
 * An address right before the target ("… at https://www.paypal.com/ <http://elsewhere.example/>"): a link
 * whose text is an address showed that address alone, as the HTML's anchor did.
 */
const SHOWN_ADDRESS = /(?:^|\s)((?:https?:\/\/|www\.)[^\s<>"]{1,300})$/i;

function linkText(before: string, sameLine = true): string {
  // (Only on the target's own line: an address ending the line above belongs to that line's own link.)
  const shown = sameLine && (before.includes("http") || /www\./i.test(before)) ? SHOWN_ADDRESS.exec(before.trimEnd())?.[1] : undefined;
  if (shown) return shown;
  const t = before.replace(SENTENCE_END, "").trim();
  return t.length > TEXT_MAX ? t.slice(t.length - TEXT_MAX).replace(/^\S*\s/, "") : t;
}

/** A numbered list of targets at the end (w3m/lynx), by number; the lines it takes. */
function referenceList(lines: string[]): { refs: Map<string, string>; from: number } {
  const refs = new Map<string, string>();
  let from = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const m = REFERENCE.exec(line);
    if (m) {
      refs.set(m[1]!, m[2]!);
      from = i;
      continue;
    }
    if (refs.size > 0 && /^\s*(?:References|Links|リンク|参照)\s*:?\s*$/i.test(line)) from = i;
    break;
  }
  return { refs, from };
}

/** The start of a target in angle brackets left open at the end of a line ("… <https://www.cad"). */
const OPEN_TARGET = /<https?:\/\/[^\s<>]*$/i;
/** The rest of such a target at the start of the next line, closed ("ence.com/en_US/home.html>"). */
const TARGET_REST = /^\s*[^\s<>]{1,2000}>/;

/**
 * Lines joined where a client quoting the text again broke a target in angle brackets at its line width
 * ("<https://www.cad" / "ence.com/home.html>": mutt and others re-wrap a quoted plain-text part at 72-76
 * characters, inside a word when it has no space): the target is read whole, as it was written.
 */
function joinBrokenTargets(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    for (let joins = 0; joins < 20 && i + 1 < lines.length && line.includes("<http") && OPEN_TARGET.test(line.trimEnd()) && TARGET_REST.test(lines[i + 1]!); joins++) line = line.trimEnd() + lines[++i]!.trimStart();
    out.push(line);
  }
  return out;
}

export function textStructure(body: string): TextStructure {
  const links: Link[] = [];
  const imageAlts: string[] = [];
  const imageSources: string[] = [];
  let lines = body.includes("<http") ? joinBrokenTargets(body.split("\n")) : body.split("\n");
  const { refs, from } = referenceList(lines);
  if (refs.size > 0) lines = lines.slice(0, from);
  const out: string[] = [];
  // Per line of `out`: it held pictures' addresses and nothing else.
  const picturesOnly: boolean[] = [];
  const used = new Set<string>();
  for (const raw of lines) {
    let line = raw.replace(GMAIL_IMAGE, (_m, alt: string) => {
      if (alt && imageAlts.length < 200) imageAlts.push(alt);
      return alt ? ` ${alt} ` : " ";
    });
    line = line.replace(CID_IMAGE, " ");
    let kept = "";
    let last = 0;
    // The target just read follows a picture's placeholder: the link is the picture (no text, as in the HTML).
    let picture = false;
    let pictures = 0;
    TARGET.lastIndex = 0;
    for (let m = TARGET.exec(line); m; m = TARGET.exec(line)) {
      const before = line.slice(last, m.index);
      last = m.index + m[0].length;
      if (m[1] !== undefined) {
        // Markdown: the text is written out in brackets.
        links.push({ href: m[2]!, text: m[1].trim() });
        kept += `${before}${m[1]}`;
        continue;
      }
      const href = (m[3] ?? m[4] ?? m[5])!;
      if (m[4] !== undefined && (PICTURE_URL.test(href) || TARGET_NEXT.test(line.slice(last)) || placeholderOnly(`${kept}${before}`, line.slice(last)))) {
        // Outlook's placeholder for a hot-linked picture: the picture's address, not a link's target.
        if (imageSources.length < 200) imageSources.push(href);
        kept += `${before} `;
        picture = true;
        pictures++;
        continue;
      }
      const alt = OUTLOOK_ALT.exec(before.trimEnd());
      if (alt && !/^https?:/i.test(alt[1]!)) {
        // An image link, Outlook's way: the alt is the link's text and a logo as in the HTML.
        if (imageAlts.length < 200) imageAlts.push(alt[1]!.trim());
        links.push({ href, text: alt[1]!.trim() });
        kept += `${before.slice(0, before.trimEnd().length - alt[0].length)} ${alt[1]} `;
        continue;
      }
      let text = picture && !before.trim() ? "" : linkText(before);
      // The target alone on its line: the line above is the text it stood for (a button, wrapped);
      // Outlook's `[alt]` placeholders there (above the pictures' addresses, if any) are a picture link's text.
      if (!text && !before.trim() && !kept.trim() && out.length > 0) {
        let k = out.length - 1;
        while (k > 0 && picturesOnly[k]) k--;
        const above = out[k]!.trim();
        if (ALT_LINE.test(above)) {
          const alts = above.slice(1, -1).split(/\][ \t]*\[/).map((a) => a.trim());
          for (const a of alts) if (imageAlts.length < 200) imageAlts.push(a);
          text = alts.join(" ");
        } else if (!picture && k === out.length - 1 && above.length <= TEXT_MAX && !/[>\])]$/.test(above)) text = linkText(above, false);
      }
      links.push({ href, text });
      kept += before;
      picture = false;
    }
    kept += line.slice(last);
    if (refs.size > 0) {
      let after = 0;
      kept = kept.replace(REF_MARK, (mark, n: string, at: number, s: string) => {
        const href = refs.get(n);
        if (!href) return mark;
        links.push({ href, text: linkText(s.slice(after, at)) });
        used.add(n);
        after = at + mark.length;
        return "";
      });
    }
    out.push(kept.replace(/[ \t]{2,}/g, " ").trimEnd());
    picturesOnly.push(pictures > 0 && !out[out.length - 1]!.trim());
  }
  // Targets listed with no mark in the text (a client that only lists them) are still the mail's links.
  for (const [n, href] of [...refs].reverse()) if (!used.has(n)) links.push({ href, text: "" });
  return { text: out.join("\n"), links, imageAlts, imageSources };
}
