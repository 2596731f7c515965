import type { Original } from "../original/types";
import { hostInfo, linkHost } from "../text/host";
import { nfkc } from "../text/normalize";
import type { SenderFacts } from "./domain-facts";
import { headText } from "./head-text";
import { walletLure } from "./wallet-lure";

/**
 * A crypto project's giveaway sent under the project's name from a domain that has nothing to do with
 * it: "BONK" <bonkcoinsolana@metafisicaguarani.com> on "the largest official $BONK airdrop", "zkSync"
 * <customer_service@tpg.com.au> inviting "Dear zkSync user" to mint, "Stellar Foundation" from a golf
 * club's domain on staking at 27 % APY, "Asterdex Update" from a plasma donor service ("This email was
 * sent by asterdex") on a token distribution to claim. Most such projects are in no catalogue (new
 * coins and chains appear every week), so the claim is read from the mail itself:
 * - the display name is one name (generic words such as Team, Update, Foundation, Finance aside), and
 *   the mail speaks as that name — "$BONK", "zkSync users", "Stellar Development Foundation", "sent by
 *   asterdex", "© 2025 Lido" — not merely mentions it: a person's name ("Mike") is not used so;
 * - the mail is about crypto (a coin, a token, a wallet, staking, a free mint: not a shop's loyalty rewards) and is a
 *   giveaway: tokens to claim, an airdrop, a free mint, staking yield or a distribution waiting for you
 *   (facts/wallet-lure's words, and staking or a distribution with a yield or a claim);
 * - neither the sender's domain nor any link's site carries the name: a project writes from its own
 *   domain (news@zksync.io) and links to its own site; on a newsletter platform or a mail service's
 *   shared domain the mailbox's own name is the publisher's (thedefiant@substack.com is The Defiant).
 * Genuine mail of the kind — an exchange announcing an airdrop, a staking service's rewards statement, a
 * crypto newsletter — comes from the name's own domain, or names someone else as the project.
 */

/** Words of a display name that name no one: the name is what is left. */
const GENERIC =
  /^(?:the|a|an|of|and|update|updates|team|support|official|foundation|finance|financial|labs?|news|newsletter|rewards?|community|airdrops?|wallet|protocol|network|dao|exchange|app|security|notifications?|alerts?|services?|info|admin|global|web3|defi|crypto|token|tokens|coin|coins|hq|inc|ltd|llc|no|reply|noreply|do|not|mail|email|customer|care|help|desk|center|centre|announcements?|io|com|org|xyz)$/;

/** After the name: the mail speaks as the project ("zkSync users", "BONK holders", "Stellar Development Foundation"). */
const AFTER_NAME =
  /^[\s-]{1,2}(?:users?|community|holders?|team|network|(?:development )?foundation|ecosystem|tokens?|airdrop|rewards?|wallet|dashboard|beta|protocol|dao|labs|app|platform|staking|mainnet|testnet|chain|token holders)\b/i;
/** Before the name: "$BONK", "claim your BONK", "sent by asterdex", "© 2025 Lido", "All Rights Reserved Asterdex". */
const BEFORE_NAME =
  /(?:\$|(?:claim|mint|secure|collect|receive|get) (?:your |the )?(?:share of |free )?(?:\$)?|(?:sent|brought to you) by |rights reserved\.? |©\s?(?:\d{4}\s?)?,?\s?|copyright (?:©\s?)?(?:\d{4}\s?)?,?\s?)$/i;

/**
 * The giveaway, also without the crypto words wallet-lure wants around it (the project's name is the
 * context here): an airdrop, a free mint, tokens or rewards to claim, staking yield, a distribution.
 */
const GIVEAWAY =
  /\b(?:(?:air ?|ai)drops?|free mints?|mint (?:your|it|them|for free|now)|claim (?:your |the )?(?:\$?[a-z0-9]{2,10} )?(?:tokens?|coins?|nfts?|rewards?|airdrop|allocation|share)|(?:staking )?rewards? (?:are|is) (?:now )?(?:ready|available|waiting)|staking\b[^.\n]{0,80}\b(?:apy|apr|yield|payouts?|rewards?|earn\w*)|(?:apy|yield|payouts?)\b[^.\n]{0,80}\bstaking|distribution (?:is )?(?:now )?(?:available|live|open)|(?:eligibility|allocation) (?:status|check))\b/i;

/**
 * The mail is about crypto at all: a loyalty scheme's "your Nectar rewards are ready — open the Nectar
 * app", from the retailer's own domain, names a programme and a reward, but no coin, token or wallet.
 */
const CRYPTO =
  /\b(?:crypto\w*|(?:air ?|ai)drops?|tokens?|nfts?|blockchain|web3|defi|wallets?|staking|on-?chain|bitcoin|btc|eth(?:ereum)?|steth|usdt|usdc|solana|xlm|mainnet|testnet|layer ?2|free mints?|mint your)\b|\$[A-Z]{2,10}\b/i;

/** How much of the text is read: the giveaway and who it is from are at the top and in the footer. */
const READ = 4000;

/** The longest display name read for a project's name. */
const MAX_NAME = 60;

export type ProjectClaim = { name: string; echo: string; words: string };

/** The project name a display name gives, or undefined (several names, a person's, or none). */
export function projectName(displayName: string): string | undefined {
  // (A project's name is a word or two and a generic one: a longer display name is a sentence, not one.)
  if (displayName.length > MAX_NAME) return undefined;
  const words = nfkc(displayName)
    .split(/[^\p{L}\p{N}$]+/u)
    .map((w) => w.replace(/^\$/, ""))
    .filter((w) => w.length > 0 && !GENERIC.test(w.toLowerCase()));
  if (words.length !== 1) return undefined;
  const w = words[0]!;
  // Latin letters and digits, with at least three letters: "BONK", "zkSync", "Asterdex" (not "X", "42").
  return /^[A-Za-z0-9]+$/.test(w) && (w.match(/[A-Za-z]/g) ?? []).length >= 3 ? w : undefined;
}

/** Where the text speaks as `name` (the words around it), or undefined. */
function echo(text: string, name: string): string | undefined {
  const lower = text.toLowerCase();
  const n = name.toLowerCase();
  let seen = 0;
  for (let at = lower.indexOf(n); at >= 0 && seen < 30; at = lower.indexOf(n, at + n.length), seen++) {
    // A whole word: not inside another ("bonkers", "astrologer").
    if (/[a-z0-9]/.test(lower[at - 1] ?? "") || /[a-z0-9]/.test(lower[at + n.length] ?? "")) continue;
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(at + n.length, at + n.length + 30);
    const b = BEFORE_NAME.exec(before);
    if (b) return `${b[0]}${text.slice(at, at + n.length)}`.trim();
    const a = AFTER_NAME.exec(after);
    if (a) return `${text.slice(at, at + n.length)}${a[0]}`.trim();
  }
  return undefined;
}

/** Letters and digits only, lower-cased: how a name is looked for in a host or a mailbox. */
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * Whether the name is the sender's or a linked site's own: in the sender's host, in the mailbox's
 * name on a mail service's or a platform's shared domain, or in any link's host.
 */
function carriesName(original: Original, sender: NonNullable<SenderFacts>, name: string): boolean {
  const n = name.toLowerCase();
  const f = sender.facts;
  if (squash(f.info.host).includes(n)) return true;
  const local = squash(sender.domain ? (original.from?.address ?? "").split("@")[0] ?? "" : "");
  if ((f.mailService || f.hosting || f.freemail) && local.includes(n)) return true;
  return original.links.slice(0, 100).some((l) => siteOfProject(linkHost(l.href) ?? "", n));
}

/** What a project's own domain adds to its name: bonkcoin.com, lidofinance.io, uniswaplabs.com. */
const NAME_SUFFIX = /^(?:coin|token|finance|fi|labs?|protocol|network|dao|app|exchange|foundation|io|hq|official|chain|swap|dex)?$/;

/**
 * Whether a linked host is the project's own site: its domain's name is the name (zksync.io, app.zksync.io),
 * perhaps with a word projects add (bonkcoin.com), or its first label is the name on a platform (zksync.mirror.xyz, thedefiant.substack.com).
 * A drainer's site merely holding the name with a lure's words (zksync-claim.org, bonk-claim-portal.vercel.app)
 * is the scam's own (red team 8).
 */
function siteOfProject(host: string, n: string): boolean {
  if (!host) return false;
  const info = hostInfo(host);
  const named = (label: string) => {
    const l = squash(label).replace(/^the/, "");
    return l.startsWith(n) && NAME_SUFFIX.test(l.slice(n.length));
  };
  return named(info.label) || (info.host !== info.domain && named(info.host.split(".")[0] ?? ""));
}

/** The borrowed project name and the giveaway's words, or undefined. */
export function projectClaim(original: Original, sender: SenderFacts): ProjectClaim | undefined {
  if (!sender || !original.from) return undefined;
  const name = projectName(original.from.name);
  if (!name) return undefined;
  const text = headText(original, READ);
  if (!CRYPTO.test(text)) return undefined;
  const words = walletLure(original) ?? GIVEAWAY.exec(text)?.[0];
  if (!words) return undefined;
  const said = echo(text, name);
  if (!said || carriesName(original, sender, name)) return undefined;
  return { name, echo: said, words };
}
