import { reason } from "../reasons/catalogue";
import { brandWordOfOwnName, domainFacts, imitatedBrand, senderBrand, type DomainFacts } from "../facts/domain-facts";
import { officialBrand } from "../rules/compile";
import { strongClaims } from "../facts/brand-claims";
import { ownBusinessName } from "../facts/own-name";
import { senderAuthenticated } from "../facts/auth";
import type { Signal, SignalContext } from "./types";
import type { Link } from "../original/types";
import { decodeURIComponentSafe } from "../text/strings";
import { ACCOUNT_ACTION, ACTION_TEXT, LOGIN_PATH, shownHost } from "../facts/link-text";
import { hostBudget, LINK_HOST_BUDGET, linkReader } from "../facts/link-budget";
import { securityWrapper } from "../facts/link-hosts";
import { infraTwin, PANEL_PORTS } from "../facts/infra-twin";
import { FORM_PLATFORMS, GIVEAWAY_PLATFORMS } from "../facts/entry-platforms";

/**
 * `tracker`: a mail service's click tracker (or the sender's own tracking host) whose destination
 * is not visible in the URL: how genuine mail routes its links, not a destination of its own.
 */
type ParsedLink = { link: Link; url: URL; facts: DomainFacts; tracker?: boolean };


/** Base64 of an address (padding dropped) and its URL-safe form; null for a non-Latin-1 address. Computed once per address. */
const base64Forms = new Map<string, [string, string] | null>();
function base64Of(a: string): [string, string] | null {
  let forms = base64Forms.get(a);
  if (forms === undefined) {
    try {
      const b64 = btoa(a).replace(/={1,2}$/, "");
      forms = [b64, b64.replace(/\+/g, "-").replace(/\//g, "_")];
    } catch {
      forms = null;
    }
    if (base64Forms.size >= 1000) base64Forms.clear();
    base64Forms.set(a, forms);
  }
  return forms;
}

function containsAddress(href: string, addresses: string[]): string | undefined {
  // Without "@" or "%" (an encoded one) no address can be written in the link: only its base64 is looked for.
  const lower = href.includes("@") || href.includes("%") ? decodeURIComponentSafe(href).toLowerCase() : "";
  for (const a of addresses) {
    if (!a.includes("@")) continue;
    if (lower.includes(a)) return a;
    // Base64 of the address, a common way to hide it (non-Latin-1 addresses have none).
    const b64 = base64Of(a);
    if (b64 && (href.includes(b64[0]) || href.includes(b64[1]))) return a;
  }
  return undefined;
}

/** The folder a review or lookup site files a site's page under. */
const REVIEW_FOLDER = /^(?:reviews?|evaluate|company|website|whois|lookup)$/i;

/**
 * A path segment that is a brand's official host name ("signin.ebay.com"), not a file name — or,
 * given `own` (an unauthenticated sender's registrable domain), a host of the sender's own domain as
 * the first folder ("evil.example/onlinebanking.smallbank.com/…": the sender's site dressed up as a folder).
 */
export function brandHostInPath(rules: SignalContext["rules"], path: string, own?: string): { host: string; brand?: number } | null {
  // A host name has a dot: a path without one has none as a folder.
  if (!path.includes(".")) return null;
  const segs = path.split("/").slice(0, 12);
  for (const [i, seg] of segs.entries()) {
    // ".../https://www.paypal.com/…" is an address carried whole (a redirect), not one dressed up as a folder.
    if (/^https?:$/i.test(seg)) return null;
    if (seg.length > 100 || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}$/i.test(seg)) continue;
    if (/\.(?:php|html?|aspx?|jsp|cgi|js|css|png|gif|jpe?g|svg|pdf|exe|dll|zip)$/i.test(seg)) continue;
    // A review or lookup site's page about the brand ends in its host (trustpilot.com/evaluate/tfbank.de,
    // /review/shop.com): a page about that site, not one dressed up as it.
    if (i > 0 && REVIEW_FOLDER.test(segs[i - 1]!) && segs.slice(i + 1).every((x) => x === "")) continue;
    const host = seg.toLowerCase();
    const brand = officialBrand(rules, host);
    if (brand !== undefined) return { host, brand };
    // (The first folder only: a review or lookup site files a shop under /review/shop.com.)
    if (own && i === 1 && (host === own || host.endsWith(`.${own}`))) return { host };
  }
  return null;
}

/**
 * A page inside a website's own WordPress system folders (/wp-admin/, /wp-includes/, a plugin's or
 * theme's folder): no site publishes pages for its visitors there; phishing kits are dropped there on
 * hacked sites. (Uploads — /wp-content/uploads/ brochures and images — are ordinary links.)
 */
const CMS_SYSTEM_PATH = /\/wp-(?:admin|includes|content\/(?:plugins|themes))\//i;


const UNSUBSCRIBE = /unsubscribe|opt[-_ ]?out|配信停止|配信解除|登録解除|manage.{0,12}preferences/i;


/** Signals about where the mail's links really go. One signal per code; the first example is quoted. */
export function linkSignals({ original, rules, claims, sender }: SignalContext): Signal[] {
  const found = new Map<string, Signal>();
  const urls = new Map<string, Set<string>>();
  // One signal per code, quoting the first example and counting the distinct links behind it.
  const add = (s: Signal) => {
    const seen = urls.get(s.code) ?? new Set<string>();
    urls.set(s.code, seen.add(s.params.url ?? ""));
    const prev = found.get(s.code);
    if (!prev) found.set(s.code, { ...s, params: { ...s.params, count: "1" } });
    else prev.params.count = String(seen.size);
  };
  const brandName = (b: number) => rules.brands[b]!.names.en[0]!;
  const parsed: ParsedLink[] = [];
  const strong = strongClaims(claims);
  const sf0 = sender && !sender.facts.freemail ? sender.facts : undefined;
  const senderOfficial = sf0 ? senderBrand(sf0) : undefined;
  // The sender's own site: its registrable domain (not a free mailbox's), or its brand's official domains.
  const own = (f: DomainFacts) => !!sf0 && (f.info.domain === sf0.info.domain || (f.official !== undefined && f.official === senderOfficial));
  // A sender that is the brand, or whose own authenticated domain carries only the brand's name and a
  // country word (dhl-usa.com), vouches for links named after that brand.
  const verified = senderAuthenticated(original, sender);
  const vouchedBrand = senderOfficial !== undefined && verified ? senderOfficial : sf0?.brandToken?.regional ? sf0.brandToken.brand : undefined;
  const risky = (f: DomainFacts) => imitatedBrand(f) !== undefined || f.abusedTld || !!f.hosting || f.info.isIp || f.blocked;

  // A click tracker that shows its destination (?url=https://…) is read for where it really goes.
  const work: Link[] = [...original.links];
  const read = linkReader();
  const admit = hostBudget(original.links, LINK_HOST_BUDGET, read);
  for (let i = 0; i < work.length && i < 2000; i++) {
    const link = work[i]!;
    const href = link.href.trim();
    if (/^(?:javascript|data|vbscript):/i.test(href)) {
      add(reason("link_script", { url: href.slice(0, 60) }));
      continue;
    }
    if (!/^(?:https?:\/\/|www\.)/i.test(href) && !/^\/\//.test(href)) continue;
    // Control characters inside the host name as written: no real address has them; they are there to
    // trip up filters (and some URL parsers give up on them, so this is read before parsing).
    const rawHost = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]*)/i.exec(href)?.[1] ?? "";
    if (/[\u0000-\u001f\u007f-\u009f\s]/.test(rawHost))
      add(reason("link_garbled", { url: href, domain: rawHost.replace(/[\u0000-\u001f\u007f-\u009f\s]/g, "") }));
    const url = read.url(href);
    const hostname = url?.hostname;
    if (!url || !hostname || !admit(hostname)) continue;
    const facts = domainFacts(rules, hostname);
    parsed.push({ link, url, facts });
    const host = facts.info.host;
    const params = { url: href, domain: host };
    const path = url.pathname;

    // "https://www.paypal.com@evil.example/": what precedes the @ looks like a site, and is not where it goes.
    if (/\.[a-z]{2,}/i.test(decodeURIComponentSafe(url.username))) add(reason("link_at_trick", { ...params, shown: url.username }));
    if (facts.blocked) add(reason("link_blocked", params));
    if (facts.info.isIp) add(reason("link_ip", params));
    if (facts.lookalike !== undefined) add(reason("link_lookalike", { ...params, brand: brandName(facts.lookalike) }));
    else if (facts.brandToken) {
      const b = facts.brandToken.brand;
      // The brand's name and a country word on an ordinary ending (dhl-usa.com), or a brand-named link
      // in mail the brand itself sent and signed: most likely the brand's own site, just not listed.
      // (A link to the sender's own such domain says nothing the sender's reason doesn't: not said twice.)
      if ((facts.brandToken.regional || b === vouchedBrand) && !facts.abusedTld && !facts.hosting) {
        if (!(facts.brandToken.regional && own(facts) && sf0?.brandToken?.regional)) add(reason("link_brand_unlisted_domain", { ...params, brand: brandName(b) }));
      }
      else {
        // Heavier when the mail presents itself as that brand (name, subject, masthead, greeting); a
        // newsletter's advertiser or a mention carrying a brand's name (outlooksecure.com) is weaker.
        const presented = strong.some((c) => c.brand === b);
        const mentioned = claims.some((c) => c.brand === b);
        // (The sender's own domain, in mail that never presents itself as the brand: the sender's reason says it, not twice.)
        if (presented || !own(facts) || sf0?.brandToken?.brand !== b || !(brandWordOfOwnName(sf0) || ownBusinessName(sender, original.from?.name ?? "")))
          add(reason("link_brand_in_domain", { ...params, brand: brandName(b) }, presented ? "presented" : mentioned ? "mentioned" : facts.brandToken.where === "owned" ? "owned" : "other"));
      }
    }
    // A brand's own host name as a folder of a stranger's site: evil.example/signin.ebay.com/… reads as eBay's address.
    // (The sender's own domain as such a folder counts when nothing authenticates the sender: a sender
    // that really is that domain links to its own site.)
    if (facts.official === undefined && !facts.allowed && !facts.mailService) {
      const ownDomain = sf0 && !verified && facts.info.domain !== sf0.info.domain ? sf0.info.domain : undefined;
      const disguise = brandHostInPath(rules, path, ownDomain);
      if (disguise) add(reason("link_brand_in_path", { ...params, shown: disguise.host, brand: disguise.brand !== undefined ? brandName(disguise.brand) : disguise.host }));
    }
    // The unauthenticated sender's own name with a word hyphenated on, as a domain of its own
    // (lasallebank.com → lasallebank-online.com, confirm-bankone.com): bought to pass for the sender's site.
    // A sender that authenticates vouches for its own other domains.
    // (Not its name and an infrastructure word, hostwerk-server.de for hostwerk.de: its own machines — src/facts/infra-twin.ts.)
    const sl = sf0?.info.label ?? "";
    const twin = !!sf0 && facts.info.domain !== sf0.info.domain && infraTwin(facts.info.label, sl) && facts.brandToken === undefined && !risky(facts);
    if (sf0 && !verified && sl.length >= 4 && !twin && facts.info.domain !== sf0.info.domain && !facts.mailService && !facts.allowed && facts.official === undefined && (facts.info.label.startsWith(`${sl}-`) || facts.info.label.endsWith(`-${sl}`)))
      add(reason("link_sender_lookalike", { ...params, sender: sf0.info.domain }));
    if (CMS_SYSTEM_PATH.test(path) && !(sf0 && facts.info.domain === sf0.info.domain))
      add(reason("link_cms_system_folder", params));
    // An explicit port other than the web's own: ordinary sites don't need one, home-made phishing servers do.
    const port = url.port;
    // (A hosting control panel's port on the sender's own domain or its infrastructure twin is the hoster's panel.)
    const panel = PANEL_PORTS.has(port) && (twin || (own(facts) && !risky(facts)));
    if (port && port !== "80" && port !== "443" && !panel) add(reason("link_odd_port", { ...params, port }));
    if (facts.abusedTld) add(reason("link_abused_tld", { ...params, tld: facts.info.tld }));
    if (facts.hosting && facts.official === undefined) add(reason("link_free_hosting", { ...params, platform: facts.hosting }));
    if (facts.shortener) add(reason("link_shortener", params));

    const target = read.target(url);
    // (A mail service's tracker, the sender's own, or a security wrapper such as Safe Links: judged by its destination.)
    const tracking = !!facts.mailService || (own(facts) && !risky(facts)) || (!!target && securityWrapper(url));
    if (target && tracking) work.push({ href: target.href, text: link.text });
    else if (target && admit(target.hostname)) {
      const tf = domainFacts(rules, target.hostname);
      if (!tf.allowed) add(reason("link_redirect", { ...params, target: target.href, targetDomain: tf.info.host }));
    }
    const me = parsed[parsed.length - 1]!;
    if (facts.mailService || (target && tracking)) me.tracker = true;

    // The text shows one address, the link goes to another organisation.
    const shown = shownHost(link.text);
    // (A tracker that showed its destination is judged by that destination, pushed above.)
    if (shown && !(target && tracking) && admit(shown)) {
      const sf = domainFacts(rules, shown);
      // The sender's own site shown, reached through its mail service's tracker or its own tracking host:
      // how newsletters and notices are built ("www.slack.com" → click.email.slackhq.com).
      // And a link to the sender's own domain showing a site that is no brand's goes where the sender is:
      // whether the sender is who it says is for the sender signals to judge.
      const toOwn = own(facts) && !risky(facts);
      const viaTracker = toOwn || (!!facts.mailService && !risky(facts));
      const ownShown = own(sf) || (!!sf0 && sf.info.label.length >= 4 && sf0.info.label.startsWith(sf.info.label));
      const trusted = (ownShown && viaTracker) || (toOwn && sf.official === undefined);
      if (sf.info.domain !== facts.info.domain && !(sf.official !== undefined && sf.official === facts.official) && !trusted) {
        // Showing a brand's address and going elsewhere is the classic trick; showing some other
        // address and going through a click-tracker is everyday newsletter practice, so it weighs less.
        // So is showing a sign-in address: no newsletter routes a login page through a tracker.
        // A brand's address shown over a tracker, in mail that doesn't present itself as that brand,
        // is a newsletter pointing at a shop, not someone pretending to be it.
        const brandShown = sf.official !== undefined && !(viaTracker && !strong.some((c) => c.brand === sf.official));
        const loginShown = LOGIN_PATH.test(link.text);
        add(reason("link_text_mismatch", { ...params, shown }, brandShown ? "brand" : loginShown ? "login" : "other"));
      }
    }

    // Your address in a link to a brand's own site (an account chooser filled in for you) tells the
    // brand, not a stranger; on anyone else's host it confirms to them that your address is read.
    const addr = facts.official === undefined ? containsAddress(href, original.recipients) : null;
    if (addr && !UNSUBSCRIBE.test(link.text) && !UNSUBSCRIBE.test(href))
      add(reason("link_has_your_address", { ...params, address: addr }));
  }

  // Links to the sender's own site, except the one that asks you to act: that one goes elsewhere.
  // (A mail service's tracker is how the sender's own links travel, not "elsewhere".)
  if (sender) {
    const own = (p: ParsedLink) => p.facts.info.domain === sender.facts.info.domain || (p.facts.official !== undefined && p.facts.official === sender.facts.official);
    const action = parsed.find((p) => ACCOUNT_ACTION.test(p.link.text) && !own(p) && !p.tracker && !p.facts.allowed && !UNSUBSCRIBE.test(p.link.text));
    // "The one link that goes elsewhere" only stands out among links that otherwise stay home: a
    // newsletter linking to many advertisers' sites has no one link elsewhere.
    const elsewhere = new Set(parsed.filter((p) => !own(p) && !p.tracker && !p.facts.allowed).map((p) => p.facts.info.domain));
    // (A brand's draw on a contest platform: its newsletter's other links, its unsubscribe link among them, go
    // home; on a form builder only when authenticated — src/facts/entry-platforms.ts.)
    const unsubscribesHome = parsed.some((p) => (own(p) || p.tracker) && (UNSUBSCRIBE.test(p.link.text) || UNSUBSCRIBE.test(p.link.href)));
    const entry = !!action && !sender.facts.freemail && ((GIVEAWAY_PLATFORMS.has(action.facts.info.domain) && (verified || unsubscribesHome)) || (FORM_PLATFORMS.has(action.facts.info.domain) && verified));
    if (action && !entry && parsed.some(own) && elsewhere.size <= 2)
      add(reason("action_link_elsewhere", { url: action.link.href, domain: action.facts.info.host, text: action.link.text, sender: sender.domain }));
  }

  // The mail says it is from a brand, but its links lead to none of that brand's domains.
  const claim = strong[0];
  if (claim && parsed.length > 0) {
    // A brand's own mail (from its official domain, or its plausible country domain) routes links
    // through mail-service trackers and its own tracking hosts: those are not elsewhere.
    const sentByBrand = !!sender && (senderBrand(sender.facts) === claim.brand || (sender.facts.brandToken?.regional === true && sender.facts.brandToken.brand === claim.brand));
    const foreign = parsed.filter((p) => p.facts.official !== claim.brand && !p.facts.allowed && !(sentByBrand && (p.tracker || own(p.facts))));
    const anyOfficial = parsed.some((p) => p.facts.official === claim.brand);
    const riskyLink = foreign.find((p) => risky(p.facts) || ACTION_TEXT.test(p.link.text));
    // Phishing often mixes in a few real links to the brand: then only a risky foreign link counts.
    // A weak claim by a picture from the brand's site, a first line or a "Name: …" headline, with
    // ordinary links, is how shops and news write too: there only a risky link counts. (A subject
    // in notice form, "【りそな銀行】…", is a claim to be the sender, and any foreign link counts.)
    const worst = anyOfficial || sentByBrand || claim.shopLike ? riskyLink : (riskyLink ?? foreign[0]);
    if (worst) {
      // (Every site the foreign links go to, registrable domains, mail services' trackers aside, and the brand's
      // kind: the verdict tells one unlisted site claiming a brand from a claim and a second site.)
      const sites = [...new Set(foreign.filter((p) => !p.tracker).map((p) => p.facts.info.domain))].slice(0, 5).join(" ");
      add(reason("brand_links_elsewhere", { brand: brandName(claim.brand), url: worst.link.href, domain: worst.facts.info.host, sites, category: rules.brands[claim.brand]!.category }, anyOfficial || sentByBrand || !claim.strong ? "weak" : "strong"));
    }
  }
  return [...found.values()];
}
