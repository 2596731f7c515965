import { z } from "zod";

/**
 * One zod schema for every rule set: the packs in `rules/`, a `PUT /admin/rules` body and what
 * is stored in KV are all checked by `RuleSetSchema`.
 */

const hostname = z
  .string()
  .min(1)
  .max(253)
  .transform((s) => s.trim().toLowerCase().replace(/\.$/, ""))
  .pipe(
    z
      .string()
      .regex(
        /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
        "must be a lower-case host name such as example.co.jp (punycode for IDNs)",
      ),
  );

const tld = z
  .string()
  .min(1)
  .max(63)
  .transform((s) => s.trim().toLowerCase().replace(/^\./, ""))
  .pipe(z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)?$/, "must be a top-level domain such as ml or co.ml"));

export const BrandCategorySchema = z.enum([
  "retail",
  "tech",
  "email",
  "social",
  "payment",
  "bank",
  "card",
  "crypto",
  "delivery",
  "telecom",
  "government",
  "transport",
  "streaming",
  "other",
]);

export const BrandSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/, "must be a short lower-case id like amazon or smbc-card"),
  /** Names a reader sees, in Latin and Japanese script. The first of each is the one quoted in replies. */
  names: z.object({
    en: z.array(z.string().min(2).max(60)).min(1).max(20),
    ja: z.array(z.string().min(1).max(60)).max(20).default([]),
  }),
  /**
   * Names that are also ordinary words or initials ("au", "ANA", "ETC"). They are matched as written
   * (case counts: "Ana" is a first name, "etc." a word), as a whole word, and only where a mail says
   * who it is from — display name, subject, letterhead, logo text, greeting — when they are the only
   * Latin word there: "au", "ETCメッセージ", "【ANA】ご搭乗のご案内"; never "ANA SILVA" or "Service au client".
   */
  shortNames: z.array(z.string().regex(/^[A-Za-z0-9]{2,5}$/, "must be 2-5 Latin letters or digits as the brand writes them")).max(10).default([]),
  /**
   * Other companies' names that contain one of this brand's names (アイフルホーム is LIXIL's house
   * builder, not the lender アイフル): a name found inside one of these is not this brand.
   */
  notNames: z.array(z.string().min(2).max(60)).max(20).default([]),
  /**
   * Lower-case tokens that stand for the brand inside a domain name (`amazon`, `amzn`).
   * A token found inside a registrable domain that is not the brand's is a "brand hidden in a foreign domain" signal.
   * Keep them distinctive: a token of 4 letters or fewer only matches as a whole label.
   */
  tokens: z.array(z.string().regex(/^[a-z0-9]{3,30}$/, "must be 3-30 lower-case letters or digits")).max(20).default([]),
  /** Official domains: registrable domains (amazon.co.jp) or host names below them; subdomains are covered. */
  domains: z.array(hostname).min(1).max(200),
  category: BrandCategorySchema,
});

export const PhraseKindSchema = z.enum(["urgency", "threat", "credential", "payment", "action", "reward", "delivery"]);

export const PhraseSchema = z.object({
  /** Matched literally after normalisation (NFKC, width, case, whitespace removed). Never a pattern. */
  text: z.string().min(2).max(120),
  /** Language of the phrase: Japanese and English first; the others cover the phishing that reaches users here in them. */
  lang: z.enum(["ja", "en", "pt", "es", "de", "fr", "nl", "it"]),
  kind: PhraseKindSchema,
  /** Points this phrase adds to the score; phrases together are capped (see verdict/score.ts). */
  weight: z.number().min(0).max(10),
});

export const RuleSetSchema = z.object({
  brands: z.array(BrandSchema).max(5000),
  phrases: z.array(PhraseSchema).max(50000),
  /** TLDs with high abuse rates (ml, cf, tk, ga, gq, ...). */
  abusedTlds: z.array(tld).max(2000),
  /** Free hosting and dynamic platforms where anyone can publish a page under the suffix (web.app, pages.dev). */
  hostingSuffixes: z.array(hostname).max(5000).default([]),
  /**
   * Mail-sending services (ESPs) whose click trackers, image hosts and vendor-hosted pages carry a
   * client's links: sendgrid.net, list-manage.com, klclick.com, exct.net, cuenote.jp. A link through
   * one is part of how genuine mail is built, not "a link that goes elsewhere" (its visible final
   * target is still read). Not a vouch: lookalikes and blocked domains still count.
   */
  mailServices: z.array(hostname).max(5000).default([]),
  /** URL shorteners (bit.ly). */
  shorteners: z.array(hostname).max(5000).default([]),
  /**
   * Mailbox providers where anyone can open an address (gmail.com, outlook.com, yahoo.co.jp). They may
   * also be a brand's official domains (for its links), but a sender there is never the brand itself.
   */
  freemailDomains: z.array(hostname).max(5000).default([]),
  /** Domains an admin vouches for: never reported as lookalikes or foreign brand domains. */
  allowDomains: z.array(hostname).max(100000).default([]),
  /** Domains an admin knows to be phishing: a sender or link there is dangerous on its own. */
  blockDomains: z.array(hostname).max(100000).default([]),
});

export type Brand = z.infer<typeof BrandSchema>;
export type Phrase = z.infer<typeof PhraseSchema>;
export type RuleSet = z.infer<typeof RuleSetSchema>;
export type RuleSetInput = z.input<typeof RuleSetSchema>;

/** Cross-field checks zod's object schema can't express: duplicate ids. Returns field paths at fault. */
export function ruleSetProblems(rules: RuleSet): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const seen = new Map<string, number>();
  rules.brands.forEach((b, i) => {
    const prev = seen.get(b.id);
    if (prev !== undefined) problems.push({ path: `brands.${i}.id`, message: `duplicate brand id "${b.id}" (also brands.${prev}.id)` });
    else seen.set(b.id, i);
  });
  return problems;
}
