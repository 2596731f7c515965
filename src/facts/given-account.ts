import type { Original } from "../original/types";

/**
 * An account handed to you with money in it: "your bitcoin portfolio has been funded with 75 BTC …
 * below are your new login details … Password: csx44way". The site is the scammer's; to "withdraw"
 * the balance you pay a fee or a deposit first. Nobody mails a stranger the password of an account
 * that holds money — an exchange or a bank never sends a password at all.
 */

/** A password written out in the mail (not a mask of stars, not a field label alone). */
const PASSWORD = /\b(?:password|passcode|passwort|senha|contrase[ñn]a|mot de passe|pwd)\s?[:：=]\s?(?![*•●x]{3,})[^\s*•●]{4,40}|パスワード\s?[:：]\s?[^\s*•●]{4,40}/i;

/**
 * Money in the account: a crypto amount, or a balance "funded", "credited" or "deposited" of thousands.
 * Small sums come with genuine logins: a new hire's card "funded with $500", a guesthouse's "balance due
 * at check-in: €240" beside its Wi-Fi password, a school lunch account's "$12.50".
 */
const BALANCE =
  /\b\d[\d,.]*\s?(?:btc|bitcoins?|usdt|eth|ethereum|ltc|bnb|xrp)\b|\b(?:funded|credited|deposited|balance(?: of)?|saldo(?: de)?)\b[^.\n]{0,60}?(?:us\$|\$|€|£|r\$)\s?\d{1,3}(?:[,.]\d{3})+|\b(?:funded|credited|deposited|balance(?: of)?|saldo(?: de)?)\b[^.\n]{0,60}?(?:us\$|\$|€|£|r\$)\s?\d{4}/i;

/** Money that is not money: a broker's demo account ("practise with virtual funds", "demo account"), a testnet, a sandbox. */
/** A word every PASSWORD alternative holds ("passwort", "mot de passe" hold "pass"). */
const PASSWORD_WORD = /pass|pwd|senha|contrase|パスワード/i;

const PRETEND = /\b(?:demo account|demo trading|virtual (?:funds|money|balance|capital)|paper trading|practice account|testnet|sandbox)\b/i;

/** A network's password (Wi-Fi, WLAN): a hotel's or a host's, on the line of its network name or just after it. */
const NETWORK = /\b(?:wi-?fi|wlan|wireless|ssid|network|netzwerk|rede)\b[^\n]{0,60}\n?[^\n]{0,20}$/i;

/** The text read: the lure and the login come at once. */
const READ = 3000;

/** The password and the balance quoted, or undefined. */
export function givenAccount(original: Original): { password: string; balance: string } | undefined {
  const text = `${original.subject}\n${original.text.slice(0, READ)}`;
  // (A login needs its password word: most mail has none, and is not read for a balance.)
  if (!PASSWORD_WORD.test(text)) return undefined;
  const balance = BALANCE.exec(text)?.[0];
  if (!balance) return undefined;
  if (PRETEND.test(text)) return undefined;
  const m = PASSWORD.exec(text);
  if (!m || NETWORK.test(text.slice(Math.max(0, m.index - 80), m.index))) return undefined;
  return { password: m[0], balance };
}
