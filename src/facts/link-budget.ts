import type { Link } from "../original/types";
import { parseUrl, redirectTarget } from "./link-hosts";
import { leadsReader, shownHost } from "./link-text";

/**
 * How many distinct hosts a mail's links get the per-host checks for (domain facts: look-alike search,
 * brand in the name, the rules' lists; and the links naming them). In the dev corpus a mail's links name
 * 1 host at the median, 8 at the 99th percentile, 46 at most (newsletters): 50 leaves every verdict and
 * reason of the corpus as it was (80 until session 5). Without a budget, 500 links to distinct look-alike
 * hosts cost some 30 ms. Links to further hosts are counted, not
 * checked. The links a reader is led to click — those whose text shows an address or asks to sign in,
 * verify, click here — have their hosts taken first, wherever they stand in the mail, so padding a
 * mail with other links cannot push them past the budget.
 */
export const LINK_HOST_BUDGET = 50;

/** The link as a URL, `//host/…` read as http. */
export function urlOf(href: string): URL | null {
  return parseUrl(href.startsWith("//") ? `http:${href}` : href);
}

/** A mail's links read once: each written address as a URL (urlOf) and the destination its redirect parameter carries. */
export type LinkReader = { url(href: string): URL | null; target(url: URL): URL | null };

/** A reader for one mail's links (mails repeat their links; the budget and the link signals read the same ones). */
export function linkReader(): LinkReader {
  const urls = new Map<string, URL | null>();
  const targets = new Map<URL, URL | null>();
  return {
    url(href) {
      let u = urls.get(href);
      if (u === undefined) {
        u = urlOf(href);
        urls.set(href, u);
      }
      return u;
    },
    target(url) {
      let t = targets.get(url);
      if (t === undefined) {
        t = redirectTarget(url);
        targets.set(url, t);
      }
      return t;
    },
  };
}

/**
 * The hosts whose links are checked, within the budget: the returned `admit(host)` says whether a host is
 * (taking it while there is room). The hosts of the links that lead the reader are taken first.
 */
export function hostBudget(links: Link[], budget: number, read: LinkReader = linkReader()): (host: string) => boolean {
  const taken = new Set<string>();
  const admit = (host: string) => {
    if (taken.has(host)) return true;
    if (taken.size < budget) return !!taken.add(host);
    return false;
  };
  for (const link of links) {
    if (taken.size >= budget) break;
    if (!leadsReader(link)) continue;
    const href = link.href.trim();
    if (!/^(?:https?:\/\/|www\.|\/\/)/i.test(href)) continue;
    const url = read.url(href);
    if (!url?.hostname) continue;
    admit(url.hostname);
    const shown = shownHost(link.text);
    if (shown) admit(shown);
    const target = read.target(url);
    if (target) admit(target.hostname);
  }
  return admit;
}
