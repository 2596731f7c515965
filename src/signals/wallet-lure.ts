import { reason } from "../reasons/catalogue";
import { claimOnly, walletLure } from "../facts/wallet-lure";
import { linksHome } from "../facts/links-home";
import { domainFacts } from "../facts/domain-facts";
import { lureMailCanApply, strangerLink, strangerSiteCount } from "../facts/stranger-link";
import { bareStrangerSite } from "../facts/planted-link";
import { signedBySender } from "../facts/signed-by-sender";
import { senderAuthenticated } from "../facts/auth";
import { hostInfo, linkHost } from "../text/host";
import type { Signal, SignalContext } from "./types";

/**
 * A crypto-wallet lure (src/facts/wallet-lure.ts) — tokens to claim, a wallet to verify, a recovery
 * phrase asked for — with a link to a stranger's site or a shortened one: suspicious. A wallet or exchange writes from
 * its own domain and links there; a news digest that mentions an airdrop links to many sites, the
 * lure to one: more than two strangers' sites is a digest. Not on a mailing list, not from a brand's
 * own domain.
 */
/**
 * The lure without a link, from a free mailbox, with a PDF attached: the PDF carries the link (a
 * project or an exchange does not write from a webmail address, nor hide its site in a file).
 */
/**
 * The gift the PDF is to deliver: "free ETH", "get your Ethereum", "claim your tokens", "collect your
 * tokens" — coins, not any "get your" (an accountant's "get your loss credited" on a crypto tax summary).
 */
const GIVE =
  /\b(?:free (?:\$?[a-z]{2,10}|tokens?|coins?|nfts?|crypto)|(?:claim|collect|get|receive|withdraw) (?:your |the |all )?(?:free )?(?:\$[a-z]{2,10}|eth|ethereum|btc|bitcoin|usdt|sol|tokens?|coins?|nfts?|crypto|airdrop|rewards?|funds))\b/i;

function pdfCarrier(original: SignalContext["original"], sender: SignalContext["sender"], rules: SignalContext["rules"]): string | undefined {
  if (original.links.length > 0 || !sender?.facts.freemail) return undefined;
  // (A free mailbox is no brand's own domain: of lureMailCanApply only the list test is left.)
  if (!lureMailCanApply(original, sender, rules)) return undefined;
  return original.attachments.find((a) => a.mimeType === "application/pdf" || /\.pdf$/i.test(a.filename))?.filename.trim() || undefined;
}

/**
 * An exchange's own mail: the first link after the lure's words goes to its From domain or through a mail
 * service's tracker — "claim your $ARB in the app: <its own link>", "withdrawals from your wallet will be
 * restricted … <verify in its app>". A stranger further down is its community (a subreddit) or its help centre
 * on a service (intercom.help), not the claim's page. A service's template abused for the lure puts the
 * stranger's link right after the words ("claim … ✅ https://t.co/…"). Not from a free mailbox. Its own domain
 * needs no authentication (an inline forward drops it, and a lure's link after its words is the lure's); a
 * mail service's tracker does (src/signals/wallet-lure.ts, below).
 */
function claimLeadsHome(original: SignalContext["original"], rules: SignalContext["rules"], sender: SignalContext["sender"], words: string): boolean {
  if (!sender || sender.facts.freemail) return false;
  const text = original.text.slice(0, READ_TEXT);
  // The words as found may be the subject's: their first place in the body, in any case.
  const at = text.toLowerCase().indexOf(words.toLowerCase());
  if (at < 0) return false;
  const after = text.slice(at, at + NEXT_LINK);
  // The first link after the words: a web address written there, or an anchor whose words stand there (an HTML
  // part read as text, as an inline forward shows it, keeps the anchor's words and loses its address).
  const written = /https?:\/\/[^\s)>\]"']+/i.exec(after);
  let url = written?.[0];
  let first = written ? written.index : NEXT_LINK;
  for (const l of original.links.slice(0, 50)) {
    const label = l.text.trim();
    const i = label.length >= 4 ? after.indexOf(label) : -1;
    if (i >= 0 && i < first) [first, url] = [i, l.href];
  }
  // (A text-only forward lists an HTML mail's links apart, without their words: then its first link stands for it.)
  if (!url && original.links.every((l) => !l.text.trim())) url = original.links.find((l) => /^https?:/i.test(l.href.trim()))?.href;
  const host = url ? linkHost(url) : null;
  if (!host) return false;
  const f = domainFacts(rules, host);
  // (A mail service's tracker hides where it goes: its own only for a sender authenticated for its domain, with
  // the tracker written after the words — a template abused for the lure sends its button through one too.)
  return f.info.domain === sender.facts.info.domain || (!!f.mailService && url === written?.[0] && senderAuthenticated(original, sender));
}

/**
 * A project's one-story announcement ("Staking rewards for ETH are now live — claim your rewards in the app"),
 * forwarded inline so its List-Id is gone: its newsletter's footer survives — a link to the sender's own site
 * (facts/links-home) and a link to leave the list — and its one stranger is the project's app, an ordinary
 * domain (not an abused ending, a free host, a shortener or a brand's imitation). Only something to claim: a
 * wallet to verify or a phrase to type is never announced. The lure sends its reader to its own page only.
 */
function projectAnnouncement(original: SignalContext["original"], rules: SignalContext["rules"], sender: SignalContext["sender"], href: string, words: string): boolean {
  if (!sender || sender.facts.freemail || !claimOnly(words) || strangerSiteCount(rules, original, sender) !== 1) return false;
  const host = linkHost(href);
  const f = host ? domainFacts(rules, host) : undefined;
  if (!f || f.abusedTld || f.hosting || f.shortener || f.info.isIp || f.lookalike !== undefined || f.brandToken !== undefined || f.blocked) return false;
  const leave = original.links.some((l) => UNSUBSCRIBE.test(l.href) || UNSUBSCRIBE.test(l.text));
  return leave && linksHome(rules, original, sender);
}

/** A link that takes the reader off a list. */
const UNSUBSCRIBE = /unsub|abmeld|abbestell|d[ée]sinscri|desabonn|opt-?out|配信停止|配信解除/i;

/** The text searched for the lure's words, and how far after them its link may stand. */
const READ_TEXT = 4000;
const NEXT_LINK = 300;

export function walletLureSignals({ original, rules, sender, claims }: SignalContext): Signal[] {
  const pdf = pdfCarrier(original, sender, rules);
  if (!pdf && !lureMailCanApply(original, sender, rules)) return [];
  // A shortened link (t.co, bit.ly) hides its site: as unknown to the reader as a stranger's. (Looked
  // for before the words: without such a link, or a PDF, the words are not read at all.)
  const stranger = pdf
    ? undefined
    : (strangerLink(rules, original, sender) ??
      original.links.find((l) => {
        const host = linkHost(l.href);
        return !!host && domainFacts(rules, host).shortener;
      }));
  const words = walletLure(original);
  if (!words) return [];
  // A stranger's site written out as text for the reader to copy (facts/planted-link): no link at all
  // to it, so that no filter follows one. (Looked for only when no linked stranger was found.)
  const bare = pdf || stranger ? undefined : bareStrangerSite(rules, original, sender);
  if (!pdf && !stranger && !bare) return [];
  if (pdf) return GIVE.test(original.text.slice(0, 4000)) ? [reason("wallet_lure", { words: words.slice(0, 60), file: pdf })] : [];
  // A page written out by someone who signs with the name they write under — a support desk's answer, a
  // researcher's or an artist's plain-text mail naming its own pages — is typed, not planted (facts/signed-by-sender).
  if (bare) return signedBySender(original, claims) ? [] : [reason("wallet_lure", { words: words.slice(0, 60), url: bare, domain: hostInfo(bare.split("/")[0]!).host })];
  if (!stranger) return [];
  if (strangerSiteCount(rules, original, sender) > 2) return [];
  if (claimLeadsHome(original, rules, sender, words)) return [];
  if (projectAnnouncement(original, rules, sender, stranger.href, words)) return [];
  return [reason("wallet_lure", { words: words.slice(0, 60), url: stranger.href.slice(0, 200), domain: hostInfo(linkHost(stranger.href) ?? "").host })];
}
