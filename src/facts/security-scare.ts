import type { Original } from "../original/types";
import type { SenderFacts } from "./domain-facts";
import { headText } from "./head-text";
import { SECURITY_VENDOR, vendorLabel } from "./security-vendor";

/**
 * The fake antivirus alarm, read from the words: the reader's computer said to be infected ("Ihr
 * Computer ist mit 98 Viren infiziert!", "your PC may be vulnerable … your device is currently
 * unprotected"), or their antivirus said to have run out ("Ihr „McAfee"-Abonnement ist abgelaufen",
 * "Your Antivirus subscription for Windows expired", "Norton Membership not renewed"). A mail cannot
 * know a computer is infected; a security company's own renewal reminder comes from its own domain
 * and links there — the signal (src/signals/security-scare.ts) asks for a stranger's link. In Japanese
 * as the support scams write it: "お使いのPCはウイルスに感染しています", "3個のウイルスが検出されました",
 * "お使いのパソコンは保護されていません", "ウイルス対策ソフトの有効期限が切れました", "ノートンの有効期限が
 * 切れています"; in German also "Ihr McAfee-Schutz ist abgelaufen", "Ihre Geräte sind ungeschützt".
 * A mail that warns of the scam ("「ウイルスに感染しています」と表示されたらサポート詐欺です") is no alarm.
 */

/** The reader's machine said to be infected or unprotected. */
const INFECTED =
  /\b(?:(?:your|ihre?|votre|vos|uw|su|seu) (?:computers?|pcs?|laptops?|devices?|mac|systems?|phones?|smartphones?|rechner|ger(?:ä|ae)te?|ordinateurs?|appareils?|apparaten?|ordenador|equipo|dispositivos?)\b[^.!?\n]{0,40}?\b(?:is|are|has been|have been|may be|might be|could be|ist|sind|wurde|wurden|est|sont|a été|peut être|is mogelijk|zijn|está|pode estar)\s+(?:(?:currently |now |possibly |jetzt |möglicherweise )?(?:infected|infiziert|infecté|geïnfecteerd|infectado|unprotected|ungeschützt|non protégé|onbeschermd|desprotegido|at risk|gefährdet|compromised|hacked)|(?:not|no longer|nicht|nicht mehr|nicht länger) (?:protected|geschützt))|infected with \d+ (?:viruses|virus|threats)|mit \d+ viren infiziert|infecté par \d+ virus|\d+ (?:viruses|viren|virus) (?:detected|found|gefunden|entdeckt|détectés))|(?:お使いの|ご利用の|あなたの|ご使用の)?(?:パソコン|PC|ＰＣ|コンピュータ|コンピューター|デバイス|端末|スマートフォン|スマホ|iPhone|Mac)(?:は|が)[^。！\n]{0,20}?(?:感染(?:しています|しました|している可能性)|保護されていません|危険にさらされています|ハッキングされ(?:ています|ました))|\d+\s*(?:個|件|つ)の(?:ウ[イィ]ルス|脅威|マルウェア)(?:が|を)(?:検出|発見)|ウ[イィ]ルス(?:に|が)感染(?:しています|しました)|ウ[イィ]ルスが(?:検出|発見)されました/i;

/** Their protection said to have run out, with the product named. */
const EXPIRED =
  /\b(?:anti-?virus|virenschutz|virus protection|security|protection|membership|internet security|schutz|mitgliedschaft)\b[^.!?\n]{0,30}?\b(?:subscription|abonnement|abo|lizenz|licen[cs]e|membership|mitgliedschaft)?[^.!?\n]{0,30}?\b(?:has expired|expired|is expiring today|has ended|not renewed|abgelaufen|expiré|verlopen|vencid[oa]|expirad[oa])|(?:ウ[イィ]ルス対策|セキュリティ(?:ソフト|対策)?|ノートン|マカフィー|ウイルスバスター|カスペルスキー|アバスト|保護|ライセンス|サブスクリプション)[^。！\n]{0,25}?(?:有効期限が切れ(?:ました|ています)|期限が切れ(?:ました|ています)|期限切れ(?:です|になりました|となりました)|失効(?:しました|しています))/i;

/** An expiry is an alarm only about an antivirus: named as such ("antivirus", "ウイルス対策") or by its company. */
const ANTIVIRUS = /anti-?virus|virenschutz|virus protection|ウ[イィ]ルス対策/i;

/** A mail warning of the scam, quoting its words: "…と表示されたら", "サポート詐欺", "fake virus alert". */
const WARNS = /サポート詐欺|偽(?:の)?(?:警告|セキュリティ警告|ウ[イィ]ルス警告|画面)|と表示され|support-?betrug|gefälschte (?:warn|virenwarn)|tech support scam|fake (?:virus |security )?(?:alert|warning|pop-?up)s?/i;

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
  const found = SECURITY_VENDOR.exec(name)?.[0];
  const vendor = found ? vendorLabel(found) : undefined;
  const impostor = !!vendor && sender?.facts.info.label.toLowerCase() !== vendor;
  if (WARNS.test(text)) return undefined;
  const infected = INFECTED.exec(text)?.[0];
  if (infected) return { words: infected.trim(), impostor };
  // An expiry is an alarm only about an antivirus: named by its company or as "antivirus".
  const expired = EXPIRED.exec(text)?.[0];
  if (!expired) return undefined;
  if (!ANTIVIRUS.test(expired) && !SECURITY_VENDOR.test(text)) return undefined;
  return { words: expired.trim(), impostor };
}
