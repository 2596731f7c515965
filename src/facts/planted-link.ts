import type { CompiledRules } from "../rules/compile";
import type { Original } from "../original/types";
import { hostInfo, linkHost } from "../text/host";
import { domainFacts, type DomainFacts, type SenderFacts } from "./domain-facts";

/**
 * A site written as bare text next to money credited to you — "Hi ✅ +$4,811 ➡️ ok.me/rCQE1", "You
 * have a new incoming transaction … Verify, and order the withdrawal of funds -> transfer705.pages.dev/…".
 * This is what crypto scammers type into the name or comment field of a real service's sign-up or
 * contact form: the service then mails it, authenticated, from its own domain, and the scam's address
 * travels as text the reader copies. A service's own notice of a payment names its own site or
 * links to it.
 */

/**
 * Money said to have come in: "+$4,811", "+ 0.35 BTC", "incoming transaction", "withdrawal of funds".
 * Not "funds are available": a bank's own deposit alert says that and names its own site.
 */
const CREDIT =
  /(?:\+\s?(?:us\$|\$|€|£|r\$|¥)\s?\d[\d,.]*\d|\+\s?(?:us\$|\$|€|£|r\$|¥)\s?\d|\+\s?\d[\d,.]*\s?(?:usd|usdt|btc|eth|eur)\b|\b(?:new |an )?incoming (?:transaction|transfer|payment)s?\b|\bwithdrawal of (?:the )?funds\b|\b(?:order|request|confirm) (?:the |your )?withdrawal\b)/i;

/** A host with a path, written without a scheme, not inside an address or a URL. */
/**
 * What every CREDIT alternative holds: a "+" (the sums), "incoming" or "withdrawal" (the words). Text
 * without one is passed over without trying CREDIT's alternatives at every position.
 */
const CREDIT_WORD = /\+|incoming|withdrawal/i;

const BARE = /(?<![\w.@/:%+-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,4}[a-z]{2,12})\/[\w\-./?=&~%#]{2,}/gi;

/** How far before the site, on its line, the money may stand (the name field and a greeting). */
const NEAR = 200;

/** The text read: the planted words sit in the greeting or the first lines. */
const READ = 3000;

export type PlantedLink = { site: string; credit: string };

export function plantedLink(rules: CompiledRules, original: Original, sender: SenderFacts): PlantedLink | undefined {
  // A person writing from a webmail address types the site themselves ("sent you +$120 — splitwise.com/…"):
  // the planted text comes through a service's form, mailed from the service's own domain.
  if (sender?.facts.freemail) return undefined;
  const text = `${original.subject}\n${original.text.slice(0, READ)}`;
  if (!CREDIT_WORD.test(text) || !CREDIT.test(text)) return undefined;
  // The site's domain linked anywhere in the mail is the sender's own relation (a credit union's site in the
  // alert its banking platform sends); the planted address is written once and linked nowhere.
  for (const { m, f } of unlinkedBareSites(rules, text, original, sender)) {
    if (f.official !== undefined || f.mailService || f.allowed || (siteOfName(original.from?.name ?? "", f.info.label) && !f.abusedTld && !f.hosting)) continue;
    // On the same line: the planted words fill one form field. A genuine notice's own lines (the sum,
    // then "Transaction: mempool.space/tx/…") put the money and a site it names on separate lines.
    const before = text.slice(Math.max(0, m.index - NEAR), m.index);
    const credit = CREDIT.exec(before.slice(before.lastIndexOf("\n") + 1))?.[0];
    if (credit) return { site: m[0].slice(0, 120), credit: credit.trim() };
  }
  return undefined;
}

/**
 * Whether the site's own name is made of the display name's: "Lakeshore Federal Credit Union" sending through
 * its banking platform's domain and naming lakeshorefcu.org (its first word of five letters or more, or all its
 * words joined, at the start of the site's name). The planted site is the scammer's (ok.me, transfer705.pages.dev),
 * never named after the service that mails it. (Not on an abused ending or a free host: a scam mailing from its own
 * "Withdrawal Desk" domain names its withdrawaldesk.top, red team 8.)
 */
function siteOfName(name: string, label: string): boolean {
  const words = name.slice(0, 200).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter(Boolean);
  const site = label.replace(/-/g, "");
  return words.length > 0 && ((words[0]!.length >= 5 && site.startsWith(words[0]!)) || site === words.join(""));
}

/**
 * The same scam in an account mail's user name: a site and a sum typed as the name on a sign-up form
 * ("Username: www.gsgvsa.blogspot.ch - 1.330 BTC BINANCE", "Username: ynwvhg.transfer-btc.pages.dev -
 * WITHDRAW FUNDS 121582 USDT"); the site's WordPress then mails its "Login Details" to the address
 * typed beside it. A real user name is a name, not a site with money.
 */
const USERNAME = /\b(?:user ?name|login|benutzername|nom d'utilisateur|usuario|usu[aá]rio|gebruikersnaam)\s*:\s*((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,4}[a-z]{2,12})\b[^\n]{0,60}/i;
/** A sum in coins or money, or a withdrawal, in what follows the site. */
const NAME_CREDIT = /\d[\d.,]*\s?(?:btc|eth|usdt|usd|eur|euros?)\b|\b(?:btc|eth|usdt|usd|eur|euro)\s?\d|(?:us\$|\$|€)\s?\d|\bwithdraw(?:al)?\b/i;

/**
 * Whether the user name's domain is the customer's own: named again in the mail (their site, their mailbox
 * "info@baeckerei-huber.de", "Email: buyer@greenleaf-florist.com") or the domain of an address it was sent to —
 * a hosting welcome or a trade account whose login is the customer's domain, with the plan's price on its line.
 * The planted name is typed once, and the mail goes to the address typed beside it (a webmail box).
 */
function customersDomain(original: Original, text: string, m: RegExpExecArray, domain: string): boolean {
  if (original.recipients.some((r) => r.toLowerCase().endsWith(`@${domain}`) || r.toLowerCase().endsWith(`.${domain}`))) return true;
  // Named again on a line without money ("Hi www.x.com - 1.3 BTC", a second form field, is the same planted text).
  const rest = `${text.slice(0, m.index)}\n${text.slice(m.index + m[0].length)}`.toLowerCase();
  return rest.split("\n").some((line) => line.includes(domain) && !NAME_CREDIT.test(line));
}

export function plantedUsername(rules: CompiledRules, original: Original, sender: SenderFacts): PlantedLink | undefined {
  if (sender?.facts.freemail) return undefined;
  const text = original.text.slice(0, READ);
  const m = USERNAME.exec(text);
  if (!m) return undefined;
  const host = m[1]!.toLowerCase();
  const info = hostInfo(host);
  if (!info.domain || info.domain === sender?.facts.info.domain) return undefined;
  const f = domainFacts(rules, host);
  if (f.official !== undefined || f.mailService || f.allowed) return undefined;
  if (customersDomain(original, text, m, info.domain)) return undefined;
  const after = m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length);
  const credit = NAME_CREDIT.exec(after)?.[0];
  return credit ? { site: m[1]!, credit: after.trim().slice(0, 60) } : undefined;
}

/**
 * The first site written as bare text (host and path, no scheme) on a host anyone can put a page on
 * (a free host, an S3 bucket, an abused ending, a shortener), not the sender's own domain, no
 * brand's official site, no mail service, and linked nowhere in the mail —
 * "…can be done via your app or the following page: update-kyc-verification.s3.eu-north-1.amazonaws.com/index.html"
 * typed for the reader to copy, where no link can be followed by a filter.
 */
/** A bucket on Amazon S3 in any region ("x.s3.eu-north-1.amazonaws.com", "x.s3-website-us-east-1.amazonaws.com"). */
const S3_BUCKET = /\.s3[.-][a-z0-9.-]*amazonaws\.com$/;

export function bareStrangerSite(rules: CompiledRules, original: Original, sender: SenderFacts): string | undefined {
  const text = original.text.slice(0, READ);
  if (!text.includes("/")) return undefined;
  for (const { m, host, f } of unlinkedBareSites(rules, text, original, sender)) {
    // (An allowed domain too: a page on a bucket of amazonaws.com is anyone's.)
    const hosted = !!f.hosting || S3_BUCKET.test(host) || f.abusedTld || f.shortener;
    if (f.official !== undefined || f.mailService || !hosted) continue;
    return m[0].slice(0, 200);
  }
  return undefined;
}

/**
 * Sites written as bare text (BARE) whose domain is neither the sender's own nor linked anywhere in the mail,
 * each with its host and domain facts.
 */
function* unlinkedBareSites(rules: CompiledRules, text: string, original: Original, sender: SenderFacts): Generator<{ m: RegExpExecArray; host: string; f: DomainFacts }> {
  const linked = new Set(original.links.map((l) => { const h = linkHost(l.href); return h ? hostInfo(h).domain : undefined; }).filter((h): h is string => !!h));
  const own = sender?.facts.info.domain;
  for (const m of text.matchAll(BARE)) {
    const host = m[1]!.toLowerCase();
    const info = hostInfo(host);
    if (!info.domain || info.domain === own || linked.has(info.domain)) continue;
    yield { m, host, f: domainFacts(rules, host) };
  }
}
