import { linkHost } from "../text/host";
import { decodeURIComponentSafe } from "../text/strings";

/**
 * The hosts a link names: its own host, the destination a redirect parameter carries
 * (google.com/url?q=https://…, followed by the link signals as where the link really goes), and every
 * host written inside it (ebay.com/…?DomainUrl=http://elsewhere: a brand's own notice only counts as
 * one when all of them are the brand's).
 */

/** Query parameters that carry a destination in open redirectors (google.com/url?q=…). */
const REDIRECT_PARAMS = ["q", "url", "u", "target", "dest", "destination", "redirect", "redirect_uri", "redirect_url", "next", "goto", "link", "to", "r"];

/** The link as a URL (a bare "www.…" read as http); null when it is not one. */
export function parseUrl(href: string): URL | null {
  try {
    const h = href.trim();
    return new URL(/^[a-z][a-z0-9+.-]*:/i.test(h) ? h : `http://${h}`);
  } catch {
    return null;
  }
}

const HTTP = /http/i;
/**
 * A parameter whose value may decode to "http…": the value (after the first "=" of its pair, as the
 * query is split) opens with an h or a %-escape ("+" decodes to a space). Without one, the query is
 * not parsed into parameters at all.
 */
const URL_VALUE = /[?&][^&=]*=[h%]/i;

/**
 * Google's AMP viewer carries its destination in the path, not a parameter: google.com/amp/s/evil.example/login
 * opens https://evil.example/login (/amp/ without s: http), on google.com and every country domain of Google's.
 */
const AMP_VIEWER = /^(?:www\.)?google\.(?:com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$/i;
const AMP_PATH = /^\/amp\/(s\/)?([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}(?::\d{1,5})?(?:[/?#].*)?)$/i;

/** The destination a redirect parameter (or Google's AMP viewer path) carries, when it is an http(s) address on another host. */
export function redirectTarget(url: URL): URL | null {
  if (url.pathname.startsWith("/amp/") && AMP_VIEWER.test(url.hostname)) {
    const m = AMP_PATH.exec(`${url.pathname}${url.search}`);
    const t = m ? parseUrl(`${m[1] ? "https" : "http"}://${m[2]}`) : null;
    if (t?.hostname && t.hostname !== url.hostname) return t;
  }
  // A parameter's value reads "http(s)://" only when the query says "http" or hides letters in %-escapes
  // (the query as serialised is what searchParams decodes): most links' queries are not searched 14 times.
  const search = url.search;
  if (!search || (!search.includes("%") && !HTTP.test(search)) || !URL_VALUE.test(search)) return null;
  for (const p of REDIRECT_PARAMS) {
    const v = url.searchParams.get(p);
    if (v && /^https?:\/\//i.test(v)) {
      const t = parseUrl(v);
      if (t?.hostname && t.hostname !== url.hostname) return t;
    }
  }
  return null;
}

/**
 * Microsoft Defender's Safe Links (<region>.safelinks.protection.outlook.com/?url=…): the reader's own mail
 * system rewrites every link it delivers so, with the real address in url=. The wrapper hides nothing; the
 * address inside is where the link goes and is judged as the link.
 */
export function securityWrapper(url: URL): boolean {
  return /(?:^|\.)safelinks\.protection\.outlook\.com$/i.test(url.hostname);
}

/** An http(s) address written inside a link, plain or percent-encoded: its host. */
const CARRIED_HOST = /https?(?::|%3a)(?:\/\/|%2f%2f)([a-z0-9.-]{1,253})/gi;

/**
 * Every host an http(s) link names, lower case, each once: its own first, then each one carried inside it
 * (read from its first 2,000 characters, percent-decoded). Null when the link is no http(s) address.
 */
export function hostsNamed(href: string): string[] | null {
  const host = linkHost(href);
  if (!host) return null;
  // (The link's own "https://host" is found again by the scan: each host is named once.)
  return [...new Set([host, ...[...decodeURIComponentSafe(href.slice(0, 2000)).matchAll(CARRIED_HOST)].map((m) => m[1]!.toLowerCase())])];
}
