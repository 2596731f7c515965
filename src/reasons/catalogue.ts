/**
 * Every reason code, declared once: what it is about (topic, which a reply uses to show one reason
 * per topic first), its default severity, and its points — a number, or named levels where the
 * emitter chooses by case. Emitters in src/signals take their points from here; the wording of each
 * code lives in src/verdict/messages.ts, keyed by ReasonCode so a code without a sentence does not
 * compile. A leaf module: it imports nothing, so signals and verdict may both read it.
 *
 * Points are plain data (a figure or named levels per code), so KV rules could later carry overrides
 * of the same shape, merged over this table at compile time.
 */

export type Severity = "high" | "medium" | "low" | "info";

export type Topic = "sender" | "link" | "tracking" | "attachment" | "content" | "genuine" | "provider";

/** Points: one figure, named levels chosen by the emitter, or "phrases" (the rule phrases' weights, capped). */
export type Points = number | Readonly<Record<string, number>> | "phrases";

/**
 * `persuasive`: how convincing the reason is to someone who is not an expert, among reasons of the
 * same severity (lower first; unset is 3): what they can see for themselves ("a link shows
 * www.paypal.com but goes to paypa1-resolution.com") 0, a lookalike address with its trick spelled
 * out 1, a brand's name on a stranger's address or link 2. The reply's order uses it (score.ts).
 * `brandsOwn`: in mail confirmed as the brand's own (auth_pass_official) this is the brand's own wording
 * or tracking, so a "no signs" reply does not list it as a weak sign (src/reply/compose.ts).
 */
export type ReasonSpec = {
  readonly topic: Topic;
  readonly severity: Severity;
  readonly points: Points;
  readonly persuasive?: 0 | 1 | 2;
  readonly brandsOwn?: true;
};

export const CATALOGUE = {
  // Sender
  sender_blocked: { topic: "sender", severity: "high", points: 10, persuasive: 1 },
  sender_lookalike: { topic: "sender", severity: "high", points: 6, persuasive: 1 },
  sender_brand_in_domain: { topic: "sender", severity: "high", points: { strong: 5, weak: 2 }, persuasive: 2 },
  sender_brand_unlisted_domain: { topic: "sender", severity: "low", points: 1 },
  sender_name_brand_mismatch: { topic: "sender", severity: "high", points: { strong: 6, weak: 2 }, persuasive: 2 },
  sender_freemail_brand: { topic: "sender", severity: "high", points: { strong: 6, weak: 2 }, persuasive: 2 },
  claimed_brand_unofficial_sender: { topic: "sender", severity: "high", points: { strong: 4, imitated: 3, weak: 2 }, persuasive: 2 },
  sender_brand_in_mailbox: { topic: "sender", severity: "high", points: { claimed: 4, unclaimed: 2.5 } },
  sender_abused_tld: { topic: "sender", severity: "medium", points: 2.5 },
  sender_free_platform: { topic: "sender", severity: "medium", points: 2.5 },
  sender_name_other_address: { topic: "sender", severity: "high", points: 4, persuasive: 0 },
  sender_malformed: { topic: "sender", severity: "medium", points: 3.5 },
  sender_name_number: { topic: "sender", severity: "medium", points: 2 },
  sender_name_mixed_script: { topic: "sender", severity: "medium", points: 3 },
  sender_is_you: { topic: "sender", severity: "medium", points: 2 },
  sent_to_undisclosed: { topic: "sender", severity: "low", points: 1.5 },
  reply_to_elsewhere: { topic: "sender", severity: "medium", points: { strong: 2, weak: 1 } },
  hidden_characters: { topic: "sender", severity: "medium", points: 3 },
  subject_random_code: { topic: "sender", severity: "low", points: 2 },
  subject_has_your_address: { topic: "sender", severity: "medium", points: 2 },
  text_scrambled: { topic: "sender", severity: "medium", points: { many: 3, two: 2, stuffed: 3 } },
  text_disguised: { topic: "sender", severity: "medium", points: { letters: 3, styled: 2 } },
  brand_name_disguised: { topic: "sender", severity: "high", points: 4 },
  forged_official: { topic: "sender", severity: "high", points: 4 },
  auth_fail_brand: { topic: "sender", severity: "high", points: 6 },
  auth_fail: { topic: "sender", severity: "medium", points: { dmarc: 3.5, spf: 2 } },
  auth_unverified: { topic: "sender", severity: "low", points: 1 },
  text_truncated: { topic: "sender", severity: "info", points: 0 },
  // Links
  link_script: { topic: "link", severity: "high", points: 4 },
  link_garbled: { topic: "link", severity: "medium", points: 3 },
  link_at_trick: { topic: "link", severity: "high", points: 4, persuasive: 0 },
  link_blocked: { topic: "link", severity: "high", points: 10, persuasive: 1 },
  link_ip: { topic: "link", severity: "medium", points: 4 },
  link_lookalike: { topic: "link", severity: "high", points: 5, persuasive: 1 },
  link_brand_unlisted_domain: { topic: "link", severity: "low", points: 1 },
  link_brand_in_domain: { topic: "link", severity: "high", points: { presented: 4, mentioned: 3, owned: 2, other: 1.5 }, persuasive: 2 },
  link_brand_in_path: { topic: "link", severity: "high", points: 4, persuasive: 2 },
  link_sender_lookalike: { topic: "link", severity: "low", points: 1.5 },
  link_cms_system_folder: { topic: "link", severity: "medium", points: 3 },
  link_odd_port: { topic: "link", severity: "medium", points: 2 },
  link_abused_tld: { topic: "link", severity: "medium", points: 2 },
  link_free_hosting: { topic: "link", severity: "low", points: 1 },
  link_shortener: { topic: "link", severity: "low", points: 1 },
  link_redirect: { topic: "link", severity: "medium", points: 2 },
  link_text_mismatch: { topic: "link", severity: "high", points: { brand: 5, login: 4, other: 2 }, persuasive: 0 },
  brand_links_elsewhere: { topic: "link", severity: "high", points: { strong: 5, weak: 3 }, persuasive: 2 },
  action_link_elsewhere: { topic: "sender", severity: "medium", points: 2 },
  link_has_your_address: { topic: "tracking", severity: "medium", points: 2, brandsOwn: true },
  // Content
  pressure: { topic: "content", severity: "medium", points: "phrases", brandsOwn: true },
  asks_secrets: { topic: "content", severity: "medium", points: "phrases", brandsOwn: true },
  pushes_action: { topic: "content", severity: "medium", points: "phrases", brandsOwn: true },
  template_blank: { topic: "content", severity: "low", points: 2 },
  callback_invoice: { topic: "content", severity: "high", points: { freemail: 4, other: 2.5 }, persuasive: 0 },
  picture_only: { topic: "content", severity: "medium", points: 3 },
  // Attachments
  attachment_dangerous: { topic: "attachment", severity: "high", points: 5, persuasive: 2 },
  attachment_macro: { topic: "attachment", severity: "medium", points: 3 },
  attachment_archive: { topic: "attachment", severity: "low", points: 1 },
  // Evidence of a genuine mail
  auth_pass_official: { topic: "genuine", severity: "info", points: -6 },
  auth_pass_relay: { topic: "genuine", severity: "info", points: 0 },
  auth_unknown_official: { topic: "genuine", severity: "info", points: 0 },
  // Mail providers' own verdicts
  provider_phish: { topic: "provider", severity: "high", points: 5, persuasive: 1 },
  provider_junk: { topic: "provider", severity: "medium", points: 3 },
  // Added by the brands/recall work (issue 11), kept last so the other helpers' edits merge cleanly.
  prize_fee: { topic: "content", severity: "high", points: 4, persuasive: 0 },
} as const satisfies Record<string, ReasonSpec>;

export type ReasonCode = keyof typeof CATALOGUE;

/** The catalogue by code, for emitters: `REASONS.link_lookalike.points`. */
export const REASONS = CATALOGUE;

export const REASON_CODES = Object.keys(CATALOGUE) as ReasonCode[];

export function isReasonCode(code: string): code is ReasonCode {
  return Object.hasOwn(CATALOGUE, code);
}

/** How convincing a reason is to a lay reader, among reasons of the same severity (lower first). */
export function persuasive(code: ReasonCode): number {
  const spec: ReasonSpec = CATALOGUE[code];
  return spec.persuasive ?? 3;
}

/** Whether, in mail confirmed as the brand's own, the reason is the brand's own wording or tracking. */
export function brandsOwn(code: ReasonCode): boolean {
  const spec: ReasonSpec = CATALOGUE[code];
  return spec.brandsOwn === true;
}

/** What a reason is about; a reply shows one reason per topic before a second of any. */
export function topic(code: ReasonCode): Topic {
  return CATALOGUE[code].topic;
}
