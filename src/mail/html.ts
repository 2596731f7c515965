/**
 * A small, linear HTML reader: enough to turn a mail's HTML into text and to list its links
 * (href and the text a reader sees) and image alt texts. It never builds a DOM and never
 * interprets scripts or styles: their content is skipped.
 */

import { decodeHTML, decodeHTMLAttribute } from "entities";

export type HtmlLink = { href: string; text: string };

/**
 * Named entities mail HTML uses for spacing, not meaning (a newsletter's preheader padding is rows
 * of `&zwnj;&nbsp;`): read as a plain space or as nothing, never as hidden characters.
 */
const SPACING = /&(nbsp|zwnj|zwj|shy);?/gi;
const spacing = (name: string) => (name.toLowerCase() === "nbsp" ? " " : "");

/** Text between tags: every HTML5 named and numeric character reference, as a browser decodes them (`entities`). */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return decodeHTML(s.replace(SPACING, (_, name: string) => spacing(name)));
}

/** An attribute value: as in text, except that `&copy=` and the like stay as written (a URL's query, as browsers read it). */
function decodeAttribute(s: string): string {
  if (!s.includes("&")) return s;
  return decodeHTMLAttribute(s.replace(SPACING, (_, name: string) => spacing(name)));
}

const BLOCK = new Set(["p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "hr", "section", "article", "header", "footer", "ul", "ol", "pre", "center"]);
const SKIP = new Set(["script", "style", "head", "title", "noscript", "template", "svg"]);

/**
 * Attributes of a tag (the text between its name and its ">"), read the way a browser does:
 * names up to "=", whitespace, "/" or ">", values quoted or bare. One pass, no regex, so an
 * unclosed quote or a run of "a=" costs a linear scan, never a quadratic one.
 */
export function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  const n = raw.length;
  let i = 0;
  while (i < n) {
    while (i < n && (isSpace(raw.charCodeAt(i)) || raw[i] === "/")) i++;
    if (i >= n) break;
    const nameStart = i;
    i++; // the first character is part of the name, even "=" (as in browsers)
    while (i < n && !isSpace(raw.charCodeAt(i)) && raw[i] !== "/" && raw[i] !== "=" && raw[i] !== ">") i++;
    const name = raw.slice(nameStart, i).toLowerCase();
    let j = i;
    while (j < n && isSpace(raw.charCodeAt(j))) j++;
    let value = "";
    if (raw[j] === "=") {
      j++;
      while (j < n && isSpace(raw.charCodeAt(j))) j++;
      const q = raw[j];
      if (q === '"' || q === "'") {
        const close = raw.indexOf(q, j + 1);
        value = raw.slice(j + 1, close === -1 ? n : close);
        j = close === -1 ? n : close + 1;
      } else {
        const start = j;
        while (j < n && !isSpace(raw.charCodeAt(j)) && raw[j] !== ">") j++;
        value = raw.slice(start, j);
      }
      i = j;
    }
    if (!out.has(name)) out.set(name, decodeAttribute(value));
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Elements whose content is raw text up to their closing tag (what they contain is skipped). */
const RAW_TEXT = new Set(["script", "style", "title", "noscript"]);
/** Elements that never stand in a <head>: one of them there starts the body. */
const BODY_START = new Set([
  "body", "div", "p", "table", "tbody", "tr", "td", "a", "img", "span", "font", "center", "br", "b", "i", "u", "strong", "em",
  "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "form", "blockquote", "pre", "hr", "section", "article", "header", "footer", "main",
]);

/** Where the raw text of `<name>` opened at `from` ends: after its closing tag, or at the end. */
function rawTextEnd(html: string, name: string, from: number): number {
  const end = closingTagEnd(html, name, from);
  return end === -1 ? html.length : end;
}

/** Just after `</name>` (its `>`, or the end of the text), searching from `from`; -1 when there is none. */
function closingTagEnd(html: string, name: string, from: number): number {
  for (let i = html.indexOf("</", from); i !== -1; i = html.indexOf("</", i + 2)) {
    const after = html.charCodeAt(i + 2 + name.length);
    if (html.slice(i + 2, i + 2 + name.length).toLowerCase() === name && (Number.isNaN(after) || isSpace(after) || after === 0x2f || after === 0x3e)) {
      const close = html.indexOf(">", i + 2 + name.length);
      return close === -1 ? html.length : close + 1;
    }
  }
  return -1;
}

type Token = { start: number; end: number; name: string | null; closing: boolean; attrs: string };

/**
 * The next tag, comment or doctype at or after `from`, as a browser's tokenizer sees it: a tag
 * runs to the first ">" outside a quoted attribute value; one left open at the end of the text,
 * like an unclosed comment, swallows the rest. The scan never goes back, so reading a document
 * is linear in its length whatever it contains (a run of "<a" or of unclosed quotes included).
 */
function nextToken(html: string, from: number): Token | null {
  const n = html.length;
  for (let lt = html.indexOf("<", from); lt !== -1; lt = html.indexOf("<", lt + 1)) {
    const c = html.charCodeAt(lt + 1);
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      return { start: lt, end: close === -1 ? n : close + 3, name: null, closing: false, attrs: "" };
    }
    if (c === 0x21 /* ! */ || c === 0x3f /* ? */) {
      const close = html.indexOf(">", lt + 2);
      return { start: lt, end: close === -1 ? n : close + 1, name: null, closing: false, attrs: "" };
    }
    const closing = c === 0x2f; /* / */
    const nameAt = closing ? lt + 2 : lt + 1;
    if (!isAsciiLetter(html.charCodeAt(nameAt))) continue; // "<" as text
    let i = nameAt + 1;
    while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== "/" && html[i] !== ">") i++;
    const name = html.slice(nameAt, i).toLowerCase();
    const attrStart = i;
    // To the ">" that ends the tag; quotes count only where an attribute value starts (after "=").
    let afterEquals = false;
    let end = n;
    let attrEnd = n;
    while (i < n) {
      const ch = html[i]!;
      if (ch === ">") {
        attrEnd = i;
        end = i + 1;
        break;
      }
      if ((ch === '"' || ch === "'") && afterEquals) {
        const close = html.indexOf(ch, i + 1);
        if (close === -1) break;
        i = close + 1;
        afterEquals = false;
        continue;
      }
      if (ch === "=") afterEquals = true;
      else if (!isSpace(html.charCodeAt(i))) afterEquals = false;
      i++;
    }
    return { start: lt, end, name, closing, attrs: html.slice(attrStart, attrEnd) };
  }
  return null;
}

export type HtmlDocument = { text: string; links: HtmlLink[]; imageAlts: string[]; imageSources: string[]; forms: string[] };

/** Reads HTML once: text, links with their visible text, image alt texts, form targets. */
export function readHtml(html: string): HtmlDocument {
  const parts: string[] = [];
  const links: HtmlLink[] = [];
  const imageAlts: string[] = [];
  const imageSources: string[] = [];
  const forms: string[] = [];
  let skipping: string | null = null;
  let openLink: { href: string; start: number } | null = null;
  let last = 0;
  const flushText = (end: number) => {
    if (skipping === null && end > last) parts.push(decodeEntities(html.slice(last, end)));
  };
  for (let t = nextToken(html, 0); t; t = nextToken(html, t.end)) {
    flushText(t.start);
    last = t.end;
    const name = t.name;
    if (!name) continue; // comment or doctype
    const closing = t.closing;
    if (skipping === "head" && !closing && BODY_START.has(name)) {
      // Content where only head elements belong ends the head, as in a browser: mail HTML often
      // opens <head> and never closes it, and everything after it is the body.
      skipping = null;
    }
    if (skipping !== null) {
      if (closing && name === skipping) skipping = null;
      else if (skipping === "head" && !closing && RAW_TEXT.has(name)) {
        t.end = rawTextEnd(html, name, t.end);
        last = t.end;
      }
      continue;
    }
    if (!closing && name === "noframes") {
      // Raw text up to </noframes>, shown by no mail client: what it holds (an unclosed <style>
      // among it, to hide the real body from a reader that takes it as markup) is not markup.
      // Never closed, it is read as markup: a browser would hide the rest of the mail.
      const end = closingTagEnd(html, name, t.end);
      if (end !== -1) {
        t.end = end;
        last = end;
      }
      continue;
    }
    if (!closing && SKIP.has(name) && !t.attrs.trimEnd().endsWith("/")) {
      if (RAW_TEXT.has(name)) {
        // Script and style content is not markup: jump to the closing tag, as a browser does.
        t.end = rawTextEnd(html, name, t.end);
        last = t.end;
        continue;
      }
      skipping = name;
      continue;
    }
    if (BLOCK.has(name)) parts.push("\n");
    else if (name === "td" || name === "th") parts.push(" ");
    if (name === "a") {
      if (openLink) {
        links.push({ href: openLink.href, text: collapse(parts.slice(openLink.start).join("")) });
        openLink = null;
      }
      if (!closing) {
        const href = attributes(t.attrs).get("href");
        if (href?.trim()) openLink = { href: href.trim(), start: parts.length };
      }
    } else if (!closing && name === "img") {
      const attrs = attributes(t.attrs);
      const alt = attrs.get("alt")?.trim();
      const src = attrs.get("src")?.trim();
      if (src && /^https?:\/\//i.test(src) && imageSources.length < 200) imageSources.push(src);
      if (alt) {
        imageAlts.push(alt);
        if (openLink) parts.push(` ${alt} `);
      }
    } else if (!closing && name === "form") {
      const action = attributes(t.attrs).get("action");
      if (action) forms.push(action.trim());
    } else if (!closing && (name === "area" || name === "iframe" || name === "meta")) {
      const attrs = attributes(t.attrs);
      const target = attrs.get("href") ?? attrs.get("src") ?? refreshTarget(attrs);
      if (target) links.push({ href: target.trim(), text: "" });
    }
  }
  flushText(html.length);
  if (openLink) links.push({ href: openLink.href, text: collapse(parts.slice(openLink.start).join("")) });
  const text = parts
    .join("")
    .replace(/[ \t\u00a0\u3000]+/g, " ")
    .replace(/ *\n[ \n]*/g, "\n")
    .trim();
  return { text, links, imageAlts, imageSources, forms };
}

function refreshTarget(attrs: Map<string, string>): string | undefined {
  if (attrs.get("http-equiv")?.toLowerCase() !== "refresh") return undefined;
  return /url\s*=\s*['"]?([^'"\s]+)/i.exec(attrs.get("content") ?? "")?.[1];
}

function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
