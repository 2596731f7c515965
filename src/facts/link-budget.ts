import type { Link } from "../original/types";
import { parseUrl, redirectTarget } from "./link-hosts";
import { leadsReader, shownHost } from "./link-text";

/**
 * How many distinct hosts a mail's links get the per-host checks for (domain facts: look-alike search,
 * brand in the name, the rules' lists; and the links naming them). In the dev corpus a mail's links name
 * 1 host at the median, 8 at the 99th percentile, under 50 at most (newsletters); at the 500-link cap
 * of distinct look-alike hosts the checks cost some 30 ms. Links to further hosts are counted, not
 * checked. The links a reader is led to click — those whose text shows an address or asks to sign in,
 * verify, click here — have their hosts taken first, wherever they stand in the mail, so padding a
 * mail with other links cannot push them past the budget.
 */
export const LINK_HOST_BUDGET = 80;

/** The link as a URL, `//host/…` read as http. */
export function urlOf(href: string): URL | null {
  return parseUrl(href.startsWith("//") ? `http:${href}` : href);
}

/**
 * The hosts whose links are checked, within the budget: the returned `admit(host)` says whether a host is
 * (taking it while there is room). The hosts of the links that lead the reader are taken first.
 */
export function hostBudget(links: Link[], budget: number): (host: string) => boolean {
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
    const url = urlOf(href);
    if (!url?.hostname) continue;
    admit(url.hostname);
    const shown = shownHost(link.text);
    if (shown) admit(shown);
    const target = redirectTarget(url);
    if (target) admit(target.hostname);
  }
  return admit;
}
