import { reason } from "../reasons/catalogue";
import { firstHeader } from "../facts/headers";
import { stripInvisible } from "../text/normalize";
import { mixesScripts } from "../text/confusables";
import { addressDomain } from "../text/host";
import { brandWordOfOwnName, type DomainFacts, domainFacts, imitatedBrand, senderBrand } from "../facts/domain-facts";
import { strongClaims } from "../facts/brand-claims";
import { ownBusinessName } from "../facts/own-name";
import { brandNamedInBody } from "../facts/brand-named";
import { serviceMailbox } from "../facts/provider-mailbox";
import { relayedContent, sendsForUsers, senderAuthenticated } from "../facts/auth";
import { officialBrand } from "../rules/compile";
import type { Signal, SignalContext } from "./types";

/** A brand's token in the mailbox name: a whole part for short tokens, anywhere for long ones. */
function brandInMailbox(rules: SignalContext["rules"], local: string): number | undefined {
  const parts = local.toLowerCase().split(/[._+-]+/);
  for (const p of parts) {
    const b = rules.shortTokens.get(p);
    if (b !== undefined) return b;
  }
  let hit: number | undefined;
  // Also with the separators taken out: admin-eki-net spells "ekinet".
  for (const s of [local.toLowerCase(), parts.join("")]) if (hit === undefined) rules.tokenMatcher.scan(s, (id) => (hit ??= rules.tokenBrand[id]));
  return hit;
}

/** Japan's organisation endings: one domain per registered organisation (JPRS checks it), never handed to strangers. */
const JP_ORG = new Set(["co.jp", "or.jp", "ne.jp", "ac.jp", "go.jp"]);

/**
 * The brand whose official domain has the same name as this Japanese organisation domain: a company
 * mails from its own company domain while its service lives at another ending (eplus.co.jp for eplus.jp,
 * pia.co.jp for pia.jp). Its display name is its own, not a claim — no official trust is given for it.
 */
function jpOrgTwin(rules: SignalContext["rules"], f: DomainFacts): number | undefined {
  if (!JP_ORG.has(f.info.suffix) || !f.info.label || f.abusedTld) return undefined;
  for (const ending of ["jp", "com", "co.jp", "ne.jp", "or.jp", "net"]) {
    const b = officialBrand(rules, `${f.info.label}.${ending}`);
    if (b !== undefined) return b;
  }
  return undefined;
}

/** Random rather than a name or a reference: mixed case and digits, switching class often (maHSkh0WLRUIpDf6t, not ProjectX2024). */
function looksRandom(code: string): boolean {
  const cls = (c: string) => (/[a-z]/.test(c) ? 0 : /[A-Z]/.test(c) ? 1 : 2);
  let switches = 0;
  for (let i = 1; i < code.length; i++) if (cls(code[i]!) !== cls(code[i - 1]!)) switches++;
  // Letters and digits switching often (maHSkh0WLRUIpDf6t), or letters alone switching case very often (qWrUAngJaLJzBndSE).
  if (!/[a-z]/.test(code) || !/[A-Z]/.test(code)) return false;
  if (/\d/.test(code)) return switches >= 6;
  // Without digits, CamelCase words (MaxRetryCountPerHost) switch often too; a random code has stray single lower-case letters.
  const strayLower = (code.match(/[a-z]+/g) ?? []).filter((r) => r.length === 1).length;
  return switches >= 9 && strayLower >= 2;
}

/**
 * A mailing list's own address, which a list post carries both as To and — since lists rewrite From for
 * DMARC ("Taro via osgeo-users" <osgeo-users@lists.osgeo.jp>) — as From: its List-Post address, or its
 * List-Id (the address with "@" written as ".", as Mailman and Google Groups write it).
 */
function listsOwnAddress(original: SignalContext["original"], address: string): boolean {
  if (!original.headers) return false;
  const get = (name: string) => (firstHeader(original.headers, name) ?? "").toLowerCase();
  const post = /<mailto:([^>?\s]+)/.exec(get("list-post"))?.[1];
  const id = /<([^<>\s]+)>/.exec(get("list-id"))?.[1];
  return post === address || id === address.replace("@", ".");
}

/** Signals about who sent the mail: the From address and display name, and Reply-To. */
export function senderSignals({ original, rules, claims, sender }: SignalContext): Signal[] {
  const out: Signal[] = [];
  const from = original.from;
  // A name with no address at all ("Facebook" <>, "saison" <saison>): no mail system writes a From
  // like that, except a bounce's null sender (MAILER-DAEMON <>). Read from the mail's own headers; an
  // inline forward's copy often shows just the name, so there only the empty brackets the client copied
  // from the original ("From: Facebook <>"): a client that leaves an address out writes no brackets.
  const inlineFrom = original.via === "inline" ? firstHeader(original.headers, "from") : undefined;
  const rawFrom0 = original.headers && original.via !== "inline" ? firstHeader(original.headers, "from") : inlineFrom !== undefined && /<\s*>\s*$/.test(inlineFrom) ? inlineFrom : undefined;
  if (from && rawFrom0 !== undefined && !rawFrom0.includes("@") && from.name.trim() && !/mailer-daemon|postmaster|mail delivery|delivery subsystem/i.test(`${from.name} ${rawFrom0}`))
    out.push(reason("sender_malformed", { address: from.address, raw: rawFrom0.slice(0, 80) }));
  if (!from || !sender) return out;
  const { domain, facts: f } = sender;
  const brandName = (b: number) => rules.brands[b]!.names.en[0]!;
  const address = from.address;

  if (f.blocked) out.push(reason("sender_blocked", { domain, address }));

  const imitated = imitatedBrand(f);
  if (f.lookalike !== undefined)
    out.push(reason("sender_lookalike", { domain, address, brand: brandName(f.lookalike) }));
  else if (f.brandToken) {
    // Only in a subdomain (paypal.mail-host.example), unless the mail also names the brand; or a word of the
    // domain's own name in mail that never presents itself as the brand (kimura-apple-farm.jp shipping apples,
    // its own address in its footer): weaker.
    const bt = f.brandToken;
    const weak = bt.where === "subdomain" ? !claims.some((c) => c.brand === bt.brand) : (ownBusinessName(sender, from.name) || (brandWordOfOwnName(f) && !brandNamedInBody(rules, original, claims, bt.brand))) && !strongClaims(claims).some((c) => c.brand === bt.brand);
    // The brand's name and a country word on an ordinary ending (dhl-usa.com) is how brands name their
    // own country sites: we can't confirm it, which is all we say.
    const params = { domain, address, brand: brandName(f.brandToken.brand), token: f.brandToken.token };
    if (f.brandToken.regional) out.push(reason("sender_brand_unlisted_domain", params));
    else out.push(reason("sender_brand_in_domain", params, weak ? "weak" : "strong"));
  }

  // The name the reader sees (or the subject, or the logo) claims a brand the address does not belong to.
  // An admin's allow-list doesn't make a stranger's domain the brand's: only official domains do.
  const real = senderBrand(f);
  // (A free mailbox showing its own provider's images — an old Hotmail footer — claims nothing.)
  // (Nor does a brand's plausible country domain, dhl-usa.com for DHL: that is said, weakly, above.)
  // (Nor does a mail provider's own postmaster: "Microsoft Outlook" <postmaster@outlook.com> bounces are the provider's.)
  // (Nor its own service mailbox at the provider's own main domain: "@nifty" <info@nifty.com> is @nifty writing to its
  // members — src/facts/provider-mailbox.ts. Google, Microsoft and Apple write from google.com, microsoft.com and
  // apple.com, not from gmail.com, outlook.com or icloud.com: there a role name claims as any mailbox does.)
  const primary = f.official !== undefined && rules.brands[f.official]!.domains[0] === f.info.domain;
  const providerSystem = f.freemail && (/^(?:postmaster|mailer-daemon)@/i.test(address) || (primary && serviceMailbox(address)));
  // The company's own Japanese organisation domain: no claim once authenticated; unauthenticated (a
  // forward, a stripping client — or a forged From) only a weak one.
  const twin = real === undefined ? jpOrgTwin(rules, f) : undefined;
  const authenticated = senderAuthenticated(original, sender);
  const twinOwn = twin !== undefined && authenticated;
  // A mail service sending for its customer (a shop's order mail from store+…@t.shopifyemail.com) shows
  // the shop's images from its platform's servers: hot-linked images alone are the shop's, not a claim.
  const serviceForCustomer = !!f.mailService && authenticated;
  const claim = strongClaims(claims).find(
    (c) =>
      real !== c.brand &&
      !(twinOwn && twin === c.brand) &&
      !(serviceForCustomer && c.place === "logo" && !c.strong) &&
      !(f.freemail && (!c.strong || providerSystem) && f.official === c.brand) &&
      !(f.brandToken?.regional && f.brandToken.brand === c.brand),
  );
  if (claim) {
    const place = f.freemail ? "sender_freemail_brand" : claim.place === "display_name" ? "sender_name_brand_mismatch" : "claimed_brand_unofficial_sender";
    const level = !claim.strong || twin === claim.brand ? "weak" : place === "claimed_brand_unofficial_sender" && imitated === claim.brand ? "imitated" : "strong";
    // (twin: the address is the brand's name at a Japanese organisation ending — perhaps its own company domain.)
    const twinParam: Record<string, string> = twin === claim.brand && place !== "sender_freemail_brand" ? { twin: "1" } : {};
    out.push(reason(place, { domain, address, brand: brandName(claim.brand), category: rules.brands[claim.brand]!.category, name: from.name, quote: claim.quote, place: claim.place, ...twinParam }, level));
  }

  // A brand's name as the mailbox at a stranger's domain: amazon-service4@cadhpng.cn, no-reply.email.aeon@….
  if (real === undefined && (f.freemail || !f.allowed) && !f.brandToken && f.lookalike === undefined) {
    const box = brandInMailbox(rules, address.slice(0, address.lastIndexOf("@")));
    // A claim like a display name's when the mail also names the brand (admin-eki-net@… writing about えきねっと).
    const claimed = box !== undefined && claims.some((c) => c.brand === box);
    if (box !== undefined) out.push(reason("sender_brand_in_mailbox", { address, brand: brandName(box), domain }, claimed ? "claimed" : "unclaimed"));
  }

  if (f.abusedTld) out.push(reason("sender_abused_tld", { domain, tld: f.info.tld }));
  if (f.hosting && real === undefined)
    out.push(reason("sender_free_platform", { domain, address, platform: f.hosting }));

  // A display name that is itself an address, other than the real one: "service@paypal.com" <x@evil.example>.
  // (Bounded parts: an unbounded run before "@" made a long name without one take quadratic time.)
  const shownAddress = from.name.includes("@") ? /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/.exec(from.name)?.[0]?.toLowerCase() : undefined;
  // (A big service's own sharing notice names the person who shared by their address when their account has
  // no name — "anna@gmail.com (via Google Drive)" <drive-shares-dm-noreply@google.com>: that is the sharer.)
  const sharer = shownAddress !== undefined && real !== undefined && relayedContent(original) && /^\s*[\w.+-]{1,64}@[\w.-]{1,200}\s*\(/.test(from.name) ? shownAddress : undefined;
  if (shownAddress && !sharer && !shownAddress.startsWith(address) && domainFacts(rules, addressDomain(shownAddress)).info.domain !== f.info.domain)
    out.push(reason("sender_name_other_address", { domain, address, shown: shownAddress }));

  // A From that no real mail system writes: several addresses, a domain with no dot, a trailing dot.
  const rawFrom = firstHeader(original.headers, "from") ?? "";
  // (Several addresses of the sender's own organisation, as some newsletters write, are not malformed.)
  // (The first 50 addresses: a From of thousands would cost a domain look-up each.)
  // (An address has a local part: "@nifty" <info@nifty.com> is a name beginning with "@", not a domain with no dot.)
  const foreign = (rawFrom.match(/[\w.+-]@[^\s<>"',;]+/g) ?? []).map((d) => d.slice(1)).slice(0, 50).filter((d) => domainFacts(rules, d.slice(1).replace(/\.$/, "")).info.domain !== f.info.domain && !sharer?.endsWith(d));
  if (foreign.length > 0 || !domain.includes(".") || /\.>?\s*$/.test(rawFrom.trim()))
    out.push(reason("sender_malformed", { address, raw: rawFrom.slice(0, 80) }));

  // A random code at the end of the subject ("… maHSkh0WLRUIpDf6t"), added to slip past filters.
  // (Only a subject ending in twelve letters or digits is searched: the expression, anchored at the end,
  // is tried from every position of the subject.)
  const tag = endsInCode(original.subject) ? /(?:^|[\s\-_:#|.])([A-Za-z0-9]{12,40})\s*$/.exec(original.subject)?.[1] : undefined;
  if (tag && looksRandom(tag)) out.push(reason("subject_random_code", { code: tag }));

  // A long number in the sender's name ("Comunicado ao cliente - Cod. 37165178664887", "Protocolo:
  // 427835915295090"): a made-up case number that makes every copy unique. Names carry phone numbers
  // (written in groups, ≤ 11 digits) or short ticket numbers, not a dozen digits in a row.
  const number = /\d{12,}/.exec(from.name)?.[0];
  if (number) out.push(reason("sender_name_number", { name: from.name, number }));

  const hidden = [from.name, original.subject].find((t) => stripInvisible(t) !== t && stripInvisible(t).trim());
  if (hidden !== undefined)
    out.push(reason("hidden_characters", { text: stripInvisible(hidden) }));

  if (mixesScripts(from.name) || mixesScripts(address.split("@")[0] ?? ""))
    out.push(reason("sender_name_mixed_script", { name: from.name, address }));

  // Mail "from" the very address it was sent to: a forged sender (extortion scams do this).
  const toHeader = (firstHeader(original.headers, "to") ?? "").toLowerCase();
  if ((toHeader.includes(address) || (original.via !== "direct" && original.recipients.includes(address))) && !listsOwnAddress(original, address))
    out.push(reason("sender_is_you", { address }));

  // Sent in bulk to hidden recipients, although it reads as a notice about your account.
  if (/undisclosed|non-divulgués|unbekannt|未公開/i.test(toHeader))
    out.push(reason("sent_to_undisclosed", {}));

  // Your own address in the subject or the sender's name: mass mail made to look personal. A calendar
  // invitation (it carries the event as text/calendar or an .ics file) names its invitee there itself:
  // Google Calendar's "Invitation: … (you@example.com)".
  const subjectLower = original.subject.toLowerCase();
  const nameLower = from.name.toLowerCase();
  const you = !carriesInvitation(original) && original.recipients.find((r) => r.includes("@") && (subjectLower.includes(r) || nameLower.includes(r)));
  if (you) out.push(reason("subject_has_your_address", { address: you }));

  // Replies would go to another organisation than the one in From.
  const reply = original.replyTo.find((r) => {
    const d = addressDomain(r.address);
    return d && domainFacts(rules, d).info.domain !== f.info.domain;
  });
  const rf = reply ? domainFacts(rules, addressDomain(reply.address)) : undefined;
  // A sharing or signing service (DocuSign, Google Drive) passes on someone's message from its own
  // domain and sets Reply-To to that person: answers going to them is the point.
  // So does a service that sends for its users (a Doodle poll, a shop's Square invoice), authenticated and
  // naming no brand (its platform's hot-linked images aside): the Reply-To is the organiser or the shop.
  const forUser = authenticated && sendsForUsers(f.info.domain) && strongClaims(claims).every((c) => c.place === "logo");
  const relayed = !!rf && (forUser || (real !== undefined && relayedContent(original))) && !rf.abusedTld && imitatedBrand(rf) === undefined;
  if (reply && rf && !relayed) {
    const rd = rf.info.host;
    // Answers going to a free mailbox while the mail comes from an organisation: the classic set-up of
    // advance-fee and "CEO" fraud (a real organisation answers from its own domain).
    const toFreemail = rf.freemail && !f.freemail;
    const strong = strongClaims(claims).length > 0 || rf.abusedTld || imitatedBrand(rf) !== undefined || toFreemail;
    out.push(reason("reply_to_elsewhere", { domain, replyDomain: rd, replyAddress: reply.address }, strong ? "strong" : "weak"));
  }
  return out;
}

/** The mail carries a calendar event (an invitation, its update or an answer to it). */
function carriesInvitation(original: SignalContext["original"]): boolean {
  return original.attachments.some((a) => /^(?:text\/calendar|application\/ics)$/i.test(a.mimeType) || /\.ics$/i.test(a.filename));
}

/** Whether `s`, less the white space at its end (what \s*$ takes), ends in twelve ASCII letters or digits. */
function endsInCode(s: string): boolean {
  const t = s.trimEnd();
  if (t.length < 12) return false;
  for (let i = t.length - 12; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}
