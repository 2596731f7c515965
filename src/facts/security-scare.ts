import type { Original } from "../original/types";
import type { SenderFacts } from "./domain-facts";
import { headText } from "./head-text";
import { SECURITY_VENDOR } from "./security-vendor";

/**
 * The fake antivirus alarm, read from the words: the reader's computer said to be infected ("Ihr
 * Computer ist mit 98 Viren infiziert!", "your PC may be vulnerable … your device is currently
 * unprotected"), or their antivirus said to have run out ("Ihr „McAfee"-Abonnement ist abgelaufen",
 * "Your Antivirus subscription for Windows expired", "Norton Membership not renewed"). A mail cannot
 * know a computer is infected; a security company's own renewal reminder comes from its own domain
 * and links there — the signal (src/signals/security-scare.ts) asks for a stranger's link.
 */

/** The reader's machine said to be infected or unprotected. */
const INFECTED =
  /\b(?:(?:your|ihr|votre|uw|su|seu) (?:computer|pc|laptop|device|mac|system|phone|smartphone|rechner|ger(?:ä|ae)t|ordinateur|appareil|apparaat|ordenador|equipo|dispositivo)\b[^.!?\n]{0,40}?\b(?:is|has been|may be|might be|could be|ist|wurde|est|a été|peut être|is mogelijk|está|pode estar)\s+(?:currently |now |possibly |jetzt |möglicherweise )?(?:infected|infiziert|infecté|geïnfecteerd|infectado|unprotected|ungeschützt|non protégé|onbeschermd|desprotegido|at risk|gefährdet|compromised|hacked)|infected with \d+ (?:viruses|virus|threats)|mit \d+ viren infiziert|infecté par \d+ virus|\d+ (?:viruses|viren|virus) (?:detected|found|gefunden|entdeckt|détectés))/i;

/** Their protection said to have run out, with the product named. */
const EXPIRED =
  /\b(?:anti-?virus|virenschutz|virus protection|security|protection|membership|internet security)\b[^.!?\n]{0,30}?\b(?:subscription|abonnement|abo|lizenz|licen[cs]e|membership|mitgliedschaft)?[^.!?\n]{0,30}?\b(?:has expired|expired|is expiring today|has ended|not renewed|abgelaufen|expiré|verlopen|vencid[oa]|expirad[oa])/i;

/** How much of the display name is read. */
const NAME = 200;

/** The longest body read as an alarm (characters). */
const SHORT = 2500;

/** The text read: the alarm is the subject and the first lines. */
const READ = 3000;

/**
 * The alarm's words, or undefined; `impostor` when the mail wears an antivirus name as its sender's
 * name ("Norton Membership.") from a domain that is not the company's — so that even a link to its
 * sender's own domain is no security company's site.
 */
export function securityScare(original: Original, sender?: SenderFacts): { words: string; impostor: boolean } | undefined {
  // The alarm is a short mail: a newsletter that writes about infections ("your PC may be infected if
  // it runs slowly") goes on to other stories.
  if (original.text.length > SHORT) return undefined;
  // (The display name as far as a reader sees it: a 100 KB name is not read through by every expression.)
  const name = (original.from?.name ?? "").slice(0, NAME);
  const text = `${name}\n${headText(original, READ)}`;
  // (The company writing from its own domain is no impostor: "Malwarebytes" from malwarebytes.com.)
  const vendor = SECURITY_VENDOR.exec(name)?.[0].toLowerCase().split(/[\s-]/)[0];
  const impostor = !!vendor && sender?.facts.info.label.toLowerCase() !== vendor;
  const infected = INFECTED.exec(text)?.[0];
  if (infected) return { words: infected.trim(), impostor };
  // An expiry is an alarm only about an antivirus: named by its company or as "antivirus".
  const expired = EXPIRED.exec(text)?.[0];
  if (!expired) return undefined;
  if (!/anti-?virus|virenschutz|virus protection/i.test(expired) && !SECURITY_VENDOR.test(text)) return undefined;
  return { words: expired.trim(), impostor };
}
