import type { Original } from "../original/types";
import { headText } from "./head-text";

/**
 * Crypto-wallet lures, read from the text: free tokens to claim (an airdrop, a free mint, staking
 * rewards waiting), or the reader's wallet that must be verified, synchronised or migrated — or its
 * recovery phrase typed in. Both end on a page that takes the wallet's keys or a signature that
 * empties it.
 */

/** Something to claim: "claim your $BLUR", "airdrop", "mint your NFT for free", "your staking rewards are ready". */
const CLAIM =
  /\b(?:(?:air ?|ai)drops?|claim (?:your |the )\$[a-z]{2,10}\b|claim (?:your |the |up to )?(?:free )?(?:[\d,.]+ )?(?:\$?[a-z0-9]{2,10} )?(?:tokens?|coins?|nfts?|airdrop|rewards?)|(?:free|exclusive) mints?|mint (?:your|it|them|for free|now)\b[^.\n]{0,20}|staking rewards? (?:are|is) (?:ready|available|waiting)|unclaimed (?:tokens|rewards|coins))\b/i;
/** The reader's wallet in trouble, or its secret asked for. */
const WALLET =
  /\b(?:(?:verify|validate|sync(?:hroni[sz]e)?|connect|update|secure|migrate|activate|restore|upgrade|re-?validate)\b[^.\n]{0,30}\bwallets?\b|wallets?\b[^.\n]{0,30}\b(?:verification|validation|synchroni[sz]ation|migration|suspen\w*|restrict\w*|requires? (?:immediate )?(?:action|verification)|will be (?:disabled|locked|suspended))|(?:recovery|seed|secret(?: recovery)?) phrase|private keys?)\b/i;
/** The mail is about crypto at all. */
const CRYPTO = /\b(?:crypto\w*|(?:air ?|ai)drops?|tokens?|nfts?|blockchain|web3|defi|wallets?|bitcoin|btc|eth(?:ereum)?|usdt|metamask|ledger|trezor|coinbase|binance|phantom|trust ?wallet)\b/i;

/** "We will never ask for your recovery phrase": a warning, not an ask (the rest of its sentence is left out). */
const NEVER = /\b(?:never|do not|don'?t|will not|won'?t|no one will)\s+(?:[\w']+\s+){0,3}?(?:ask|share|give|request|send|enter|type|disclose)\w*\b[^.\n!?]{0,60}/gi;

/** A web address written out in the text. */
const WEB_ADDRESS = /\bhttps?:\/\/[^\s<>"\')\]]+/gi;

/** The text read: the lure is told at the start. */
const READ = 4000;

/** The words of a wallet lure, or undefined. */
export function walletLure(original: Original): string | undefined {
  // Web addresses blanked: a path's words ("…/airdrop" in a text-only forward's link) are where a
  // link goes, not what the mail says.
  const text = headText(original, READ, true).replace(WEB_ADDRESS, " ").replace(NEVER, " ");
  if (!CRYPTO.test(text)) return undefined;
  return (WALLET.exec(text) ?? CLAIM.exec(text))?.[0].trim();
}

/** Whether the lure's words are only something to claim ("claim your rewards"), not the reader's wallet in trouble or its secret. */
export function claimOnly(words: string): boolean {
  return !WALLET.test(words);
}
