import type { Original } from "../original/types";

/**
 * An account handed to you with money in it: "your bitcoin portfolio has been funded with 75 BTC …
 * below are your new login details … Password: csx44way". The site is the scammer's; to "withdraw"
 * the balance you pay a fee or a deposit first. Nobody mails a stranger the password of an account
 * that holds money — an exchange or a bank never sends a password at all.
 */

/** A password written out in the mail (not a mask of stars, not a field label alone). */
const PASSWORD = /\b(?:password|passcode|passwort|senha|contrase[ñn]a|mot de passe|pwd)\s?[:：=]\s?(?![*•●x]{3,})[^\s*•●]{4,40}|パスワード\s?[:：]\s?[^\s*•●]{4,40}/i;

/** Money in the account: a crypto amount, or a balance "funded", "credited" or "deposited". */
const BALANCE =
  /\b\d[\d,.]*\s?(?:btc|bitcoins?|usdt|eth|ethereum|ltc|bnb|xrp)\b|\b(?:funded|credited|deposited|balance(?: of)?|saldo(?: de)?)\b[^.\n]{0,60}?(?:us\$|\$|€|£|r\$)\s?\d/i;

/** The text read: the lure and the login come at once. */
const READ = 3000;

/** The password and the balance quoted, or undefined. */
export function givenAccount(original: Original): { password: string; balance: string } | undefined {
  const text = `${original.subject}\n${original.text.slice(0, READ)}`;
  const balance = BALANCE.exec(text)?.[0];
  if (!balance) return undefined;
  const password = PASSWORD.exec(text)?.[0];
  return password ? { password, balance } : undefined;
}
