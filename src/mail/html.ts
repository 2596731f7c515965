/**
 * A small, linear HTML reader: enough to turn a mail's HTML into text and to list its links
 * (href and the text a reader sees) and image alt texts. It never builds a DOM and never
 * interprets scripts or styles: their content is skipped.
 */

export type HtmlLink = { href: string; text: string };

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", copy: "©", reg: "®", yen: "¥",
  hellip: "…", mdash: "—", ndash: "–", laquo: "«", raquo: "»", middot: "·", zwnj: "", zwj: "", shy: "",
};

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});?/gi, (m, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "";
    }
    return NAMED[body.toLowerCase()] ?? m;
  });
}

const BLOCK = new Set(["p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "hr", "section", "article", "header", "footer", "ul", "ol", "pre", "center"]);
const SKIP = new Set(["script", "style", "head", "title", "noscript", "template", "svg"]);

// Bounded repetitions keep a run of unclosed tags or quotes from making the scan quadratic.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})((?:[^>"']|"[^"]{0,4096}"|'[^']{0,4096}'){0,4096})>|<!--[\s\S]*?(?:-->|$)|<![^>]{0,4096}>/g;
const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(raw); m; m = ATTR.exec(raw)) {
    const name = m[1]!.toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return out;
}

export type HtmlDocument = { text: string; links: HtmlLink[]; imageAlts: string[]; forms: string[] };

/** Reads HTML once: text, links with their visible text, image alt texts, form targets. */
export function readHtml(html: string): HtmlDocument {
  const parts: string[] = [];
  const links: HtmlLink[] = [];
  const imageAlts: string[] = [];
  const forms: string[] = [];
  let skipping: string | null = null;
  let openLink: { href: string; start: number } | null = null;
  let last = 0;
  TAG.lastIndex = 0;
  const flushText = (end: number) => {
    if (skipping === null && end > last) parts.push(decodeEntities(html.slice(last, end)));
  };
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    flushText(m.index);
    last = TAG.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue; // comment or doctype
    const closing = m[1] === "/";
    if (skipping !== null) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (!closing && SKIP.has(name) && !(m[3] ?? "").trimEnd().endsWith("/")) {
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
        const href = attributes(m[3] ?? "").get("href");
        if (href !== undefined && href.trim()) openLink = { href: href.trim(), start: parts.length };
      }
    } else if (!closing && name === "img") {
      const attrs = attributes(m[3] ?? "");
      const alt = attrs.get("alt")?.trim();
      if (alt) {
        imageAlts.push(alt);
        if (openLink) parts.push(` ${alt} `);
      }
    } else if (!closing && name === "form") {
      const action = attributes(m[3] ?? "").get("action");
      if (action) forms.push(action.trim());
    } else if (!closing && (name === "area" || name === "iframe" || name === "meta")) {
      const attrs = attributes(m[3] ?? "");
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
  return { text, links, imageAlts, forms };
}

function refreshTarget(attrs: Map<string, string>): string | undefined {
  if (attrs.get("http-equiv")?.toLowerCase() !== "refresh") return undefined;
  return /url\s*=\s*['"]?([^'"\s]+)/i.exec(attrs.get("content") ?? "")?.[1];
}

function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

export function htmlToText(html: string): string {
  return readHtml(html).text;
}
