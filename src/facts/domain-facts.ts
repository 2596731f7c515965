import { officialBrand, type CompiledRules } from "../rules/compile";
import { latinLookalikes } from "../text/confusables";
import { findLookalike } from "./lookalike";
import { s3Endpoint } from "./cloud-storage";
import { addressDomain, hostInfo, type HostInfo } from "../text/host";

/** What the rules say about one host name; shared by the sender and link signals. */
export type DomainFacts = {
  info: HostInfo;
  /** Brand whose official domain covers the host. */
  official?: number;
  allowed: boolean;
  blocked: boolean;
  /** A mailbox provider where anyone can open an address: as a sender, it is nobody in particular. */
  freemail: boolean;
  /** Brand the host imitates by spelling (amaz0n-co-jp, arnazon, xn--…). */
  lookalike?: number;
  /** Brand whose token sits inside this foreign host (emailamazoncojp.cf, amazon.co.jp.example.ml). */
  brandToken?: BrandToken;
  abusedTld: boolean;
  hosting?: string;
  shortener: boolean;
  /** The mail-sending service (ESP) the host belongs to (sendgrid.net), from the rule packs. */
  mailService?: string;
};

function splitParts(label: string): string[] {
  return label.split(/[-_]/).filter(Boolean);
}

/**
 * A brand's token in a host: in the name its owner chose ("owned"), or only in a subdomain label.
 * `regional`: the name is only the brand's token and a country or region word on an ordinary ending
 * (dhl-usa.com, dpd-polska.pl), the way brands name their own country sites: plausibly the brand's.
 */
export type BrandToken = { brand: number; token: string; where: "owned" | "subdomain"; regional?: boolean };

/**
 * Country and region names brands put next to their name in their own country domains (dhl-usa.com).
 * Not two-letter codes — "postbank-de.com", "amazon-jp.com" are a phishing staple, while brands use
 * the country's own ending for those (dhl.de) — nor words like "global" or "secure".
 */
const REGION_WORDS = new Set(
  (
    "usa america americas canada europe asia japan nippon india china korea france germany deutschland italia italy espana spain polska poland " +
    "brasil brazil mexico australia austria schweiz suisse nederland belgium sverige norge danmark suomi"
  ).split(" "),
);

/** The brand's token and a region word, nothing else: dhl-usa, dpdpolska, usa-dhl. */
function regionalName(label: string, token: string): boolean {
  const parts = label.split(/[-_]/).filter(Boolean);
  if (parts.length === 2 && parts.includes(token)) return REGION_WORDS.has(parts[0] === token ? parts[1]! : parts[0]!);
  if (parts.length !== 1) return false;
  if (label.startsWith(token)) return REGION_WORDS.has(label.slice(token.length));
  if (label.endsWith(token)) return REGION_WORDS.has(label.slice(0, -token.length));
  return false;
}

/**
 * Groups of hundreds of regional banks, each on a domain of its own under the group's country ending:
 * Sparkasse Rhein Neckar Nord at sparkasse-rhein-neckar-nord.de, Kreissparkasse Köln at
 * kreissparkasse-koeln.de, Volksbank Mittelhessen at volksbank-mittelhessen.de. Their name and place
 * words on .de are as plausibly the group's as dhl-usa.com is DHL's (and said as weakly). Not on any
 * other ending, and not with a word a phishing site adds instead of a place (sparkasse-sicherheit.de,
 * volksbank-online-banking.de, sparkasse-pushtan.de): those stay a brand's name in a stranger's domain.
 */
const GROUP_TOKENS = new Set(["sparkasse", "volksbank"]);
const NOT_PLACE =
  /^(?:online|onlinebanking|banking|bank|login|logon|anmelden|anmeldung|secure|sicher|sicherheit|security|schutz|konto|konten|kunde|kunden|kundenservice|kundendienst|service|services|support|hilfe|help|info|infos|verify|verifizierung|verifikation|bestaetigung|bestaetigen|update|aktualisierung|aktualisieren|pushtan|phototan|chiptan|smarttan|tan|app|apps|direkt|portal|web|center|zentrale|check|pruefung|freischaltung|freigabe|legitimation|identifikation|ident|auth|id|mail|email|post|postfach|nachricht|digital|mobil|mobile|karte|karten|card|cards|giro|girocard|status|news|team|account|sperre|entsperren|sperrung|neu|new|de|com|net|org|eu|germany|deutschland)$/;

/** A group bank's regional name on .de: its token (or Kreis-/Stadtsparkasse) and one to four place words. */
function groupMemberName(info: HostInfo, token: string): boolean {
  if (!GROUP_TOKENS.has(token) || info.domain !== `${info.label}.de`) return false;
  const parts = info.label.split("-");
  if (parts.length < 2 || parts.length > 5) return false;
  const at = parts.findIndex((p) => p === token || p === `kreis${token}` || p === `stadt${token}`);
  return at >= 0 && parts.every((p, i) => i === at || (/^[a-z]{3,}$/.test(p) && !NOT_PLACE.test(p)));
}

/**
 * A label that spells an official domain with hyphens for its dots (goldpoint-co-jp, orico-co-jp,
 * smbc-card-com): the brand, also for brands whose names are too ordinary to be tokens.
 */
function hyphenatedOfficial(rules: CompiledRules, label: string): { brand: number; token: string } | undefined {
  if (!label.includes("-")) return undefined;
  const parts = label.split("-");
  if (parts.length > 5 || parts.some((p) => !p)) return undefined;
  // Every way of reading each hyphen as a dot or a hyphen, at least one dot (at most 16 look-ups).
  for (let mask = 1; mask < 1 << (parts.length - 1); mask++) {
    let spelled = parts[0]!;
    for (let i = 1; i < parts.length; i++) spelled += (mask & (1 << (i - 1)) ? "." : "-") + parts[i];
    const b = rules.official.get(spelled);
    if (b !== undefined && hostInfo(spelled).label.length >= 3) return { brand: b, token: label };
  }
  return undefined;
}

/**
 * A customer's machine on an access provider's network, named by its line or address
 * (pcp0010757238pcs.howard01.md.comcast.net, p3219042-ipngn.tokyo.ocn.ne.jp, c-73-12-34-56.hsd1.ca.comcast.net,
 * KD111239171149.au-net.ne.jp): anyone's home computer, not the provider's site.
 */
function customerHost(rules: CompiledRules, info: HostInfo): boolean {
  if (info.host === info.domain || !/\d{6}|\d{1,3}[-.]\d{1,3}[-.]\d{1,3}[-.]\d{1,3}/.test(info.host.slice(0, -info.domain.length))) return false;
  const b = officialBrand(rules, info.host);
  const category = b === undefined ? undefined : rules.brands[b]!.category;
  return category === "telecom" || category === "email";
}

function tokenIn(rules: CompiledRules, label: string): { brand: number; token: string } | undefined {
  // The label, then its parts between hyphens and underscores; then the first long token inside it.
  const whole = rules.shortTokens.get(label);
  if (whole !== undefined) return { brand: whole, token: label };
  if (SEPARATED.test(label))
    for (const part of splitParts(label)) {
      const b = rules.shortTokens.get(part);
      if (b !== undefined) return { brand: b, token: part };
    }
  const hit = rules.tokenMatcher.first(label);
  return hit && { brand: rules.tokenBrand[hit.id]!, token: label.slice(hit.end - rules.tokenMatcher.patternLength(hit.id), hit.end) };
}

const SEPARATED = /[-_]/;

/**
 * A brand's token inside a host that is not the brand's:
 * - in the name the owner chose — the registrable label (emailamazoncojp.cf, amazon-secure.com), or
 *   the label just left of a free-hosting suffix (paypal-login.web.app). The brand's bare name on
 *   another country ending (yahoo.co.uk, amazon.de) is the brand's own, unless the ending is abused;
 * - in subdomains when they spell out an official domain (amazon.co.jp.example.ml), when a label
 *   is exactly a brand's distinctive name (paypal.server4566.com), or under an abused ending;
 *   citi.umich.edu and applecore.example.com are not pretending to be anybody.
 */
function findToken(rules: CompiledRules, info: HostInfo, hosting: string | undefined, abused: boolean, mailService?: string): BrandToken | undefined {
  const owned = hosting ? info.host.slice(0, -hosting.length - 1).split(".").pop() ?? "" : info.label;
  const spelled = hyphenatedOfficial(rules, owned);
  if (spelled) return { ...spelled, where: "owned" };
  const own = tokenIn(rules, owned);
  if (own && !(own.token === owned && !abused && !hosting)) {
    const regional = !abused && !hosting && owned === info.label && (regionalName(owned, own.token) || groupMemberName(info, own.token));
    return regional ? { ...own, where: "owned", regional } : { ...own, where: "owned" };
  }
  const subPart = info.host.slice(0, Math.max(0, info.host.length - (hosting ?? info.domain).length - 1));
  // A mail service names its clients' subdomains after them (softbank.cuenote.jp, royalmail.eu.qualtrics.com).
  if (!subPart || (mailService && !abused)) return undefined;
  const labels = subPart.split(".");
  for (let i = 0; i < labels.length; i++) {
    const spelled = labels.slice(i).join(".");
    const b = rules.official.get(spelled);
    if (b !== undefined && spelled.includes(".")) return { brand: b, token: spelled, where: "owned" };
  }
  for (const label of labels) {
    const spelledOut = hyphenatedOfficial(rules, label);
    if (spelledOut) return { ...spelledOut, where: "owned" };
    const hit = tokenIn(rules, label);
    // Any token under an abused ending; elsewhere a whole label or part that is exactly a brand's
    // distinctive name (paypal.server4566.com, login-paypal.example.com) — not citi.umich.edu.
    if (hit && abused) return { ...hit, where: "owned" };
    if (hit && hit.token.length >= 5 && [label, ...splitParts(label)].includes(hit.token)) return { ...hit, where: "subdomain" };
  }
  return undefined;
}

/** Spellings that stand in for letters in a disguised brand name: amaz0n, paypa1, arnazon. */
function undisguised(label: string): string[] {
  // Nothing to undo (every reading below would be the label itself): most labels.
  if (!DISGUISABLE.test(label)) return [];
  const base = latinLookalikes(label).toLowerCase().replace(/0/g, "o").replace(/3/g, "e").replace(/4/g, "a").replace(/5/g, "s").replace(/7/g, "t").replace(/8/g, "b").replace(/rn/g, "m").replace(/vv/g, "w");
  return [...new Set([base.replace(/1/g, "l"), base.replace(/1/g, "i"), base.replace(/1/g, "l").replace(/ii/g, "ll")])].filter((v) => v !== label);
}

/** What undisguised() changes: a digit it reads as a letter, rn, vv, ii, a capital, any character beyond ASCII (latinLookalikes). */
const DISGUISABLE = /[0134578A-Z]|rn|vv|ii|[^\x00-\x7f]/;

/** A brand's token that appears only once the label's disguise is undone (amaz0n-co-jp.com): a lookalike. */
function disguisedToken(rules: CompiledRules, info: HostInfo, hosting: string | undefined): number | undefined {
  const owned = hosting ? info.host.slice(0, -hosting.length - 1).split(".").pop() ?? "" : info.label;
  if (tokenIn(rules, owned)) return undefined;
  for (const v of undisguised(owned)) {
    const hit = tokenIn(rules, v);
    if (hit) return hit.brand;
  }
  return undefined;
}

/** Names reserved for documentation and tests (RFC 2606/6761): nobody can register them to phish. */
const RESERVED = /(?:^|\.)(?:example\.(?:com|net|org|jp)|example|test|invalid|localhost)$/;

/**
 * Facts per host for the mail being analysed: its links repeat hosts (a newsletter's thirty links
 * through one tracker), and the sender's host comes back in several signals. analyse() opens a scope
 * for one mail and closes it after (it runs synchronously, so no other mail can see it); outside a
 * scope nothing is kept. DomainFacts depend only on the rules and the host, and nobody mutates them.
 */
let scope: { rules: CompiledRules; byHost: Map<string, DomainFacts> } | null = null;
const SCOPE_HOSTS = 5000;

export function openDomainFactsScope(rules: CompiledRules): void {
  scope = { rules, byHost: new Map() };
}

export function closeDomainFactsScope(): void {
  scope = null;
}

export function domainFacts(rules: CompiledRules, host: string): DomainFacts {
  const memo = scope?.rules === rules ? scope.byHost : undefined;
  const known = memo?.get(host);
  if (known) return known;
  const facts = computeDomainFacts(rules, host);
  if (memo && memo.size < SCOPE_HOSTS) memo.set(host, facts);
  return facts;
}

/** The host and each parent of it (a.b.c.jp, b.c.jp, c.jp, jp), as suffixIn reads them. */
function suffixesOf(host: string): string[] {
  const out = [host];
  for (let dot = host.indexOf("."); dot >= 0; dot = host.indexOf(".", dot + 1)) out.push(host.slice(dot + 1));
  return out;
}

/** The first of `suffixes` listed in `set`. */
function firstIn(suffixes: string[], set: Set<string> | Map<string, number>): string | undefined {
  for (const h of suffixes) if (set.has(h)) return h;
  return undefined;
}

function computeDomainFacts(rules: CompiledRules, host: string): DomainFacts {
  const info = hostInfo(host);
  // The host's suffixes made once and looked up in each list (suffixIn would make them per list).
  const suffixes = suffixesOf(info.host);
  const officialHit = firstIn(suffixes, rules.official);
  const official = officialHit === undefined || customerHost(rules, info) ? undefined : rules.official.get(officialHit);
  const allowed = official !== undefined || firstIn(suffixes, rules.allow) !== undefined || RESERVED.test(info.host);
  const facts: DomainFacts = {
    info,
    official,
    allowed,
    blocked: firstIn(suffixes, rules.block) !== undefined,
    // Mailboxes anyone can open are at the provider's own name (taro@yahoo.co.jp); its subdomains
    // (mail.yahoo.co.jp, accounts.yahoo.co.jp) are the company's own senders, never handed out.
    freemail: rules.freemail.has(info.host),
    // (A cheap ending says something about who registered a domain; not about a known company's own one:
    // Square's payment links at square.link.)
    abusedTld: !allowed && (rules.abusedTlds.has(info.tld) || (info.suffix !== info.tld && rules.abusedTlds.has(info.suffix))),
    // (Amazon S3's regional endpoints by their shape: facts/cloud-storage.)
    hosting: firstIn(suffixes, rules.hosting) ?? s3Endpoint(info.host),
    shortener: false,
  };
  // A shortener's name (goo.gl) does not cover a brand's own service under it (Google Maps' share links at
  // maps.app.goo.gl): the more specific listing wins.
  const shortenerHit = firstIn(suffixes, rules.shorteners);
  facts.shortener = shortenerHit !== undefined && !(official !== undefined && officialHit!.length > shortenerHit.length);
  const mailService = firstIn(suffixes, rules.mailServices);
  if (mailService) facts.mailService = mailService;
  if (!allowed && !info.isIp) {
    facts.brandToken = findToken(rules, info, facts.hosting, facts.abusedTld, mailService);
    if (facts.brandToken === undefined) facts.lookalike = findLookalike(rules, info) ?? disguisedToken(rules, info, facts.hosting);
  }
  return facts;
}

/** The From address's domain and what the rules say about it: computed once per mail, used by every signal. */
export type SenderFacts = { domain: string; facts: DomainFacts } | null;

export function senderFacts(rules: CompiledRules, fromAddress: string | undefined): SenderFacts {
  const domain = addressDomain(fromAddress ?? "");
  return domain ? { domain, facts: domainFacts(rules, domain) } : null;
}

/** The brand a sender at this host really is: none for free mailboxes, whoever's domain it is. */
export function senderBrand(f: DomainFacts): number | undefined {
  return f.freemail ? undefined : f.official;
}

/** Brand a host pretends to be (lookalike or token), if any. */
export function imitatedBrand(f: DomainFacts): number | undefined {
  return f.lookalike ?? f.brandToken?.brand;
}

/**
 * A brand's token as a whole word of the domain's own name (kimura-apple-farm.jp, saison-am.co.jp), on an
 * ordinary ending and not a free host: a company's name that may just contain the word — unless the mail
 * presents itself as the brand (emailamazoncojp.cf, glued and on an abused ending, is never this).
 */
export function brandWordOfOwnName(f: DomainFacts): boolean {
  const bt = f.brandToken;
  return !!bt && bt.where === "owned" && !f.abusedTld && !f.hosting && f.info.label.split("-").includes(bt.token);
}
