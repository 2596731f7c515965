import { hasHeader } from "../facts/headers";
import { reason } from "../reasons/catalogue";
import { asksPassword, formPage, mailboxTrouble, readerDomains } from "../facts/account-lures";
import { domainFacts, senderBrand } from "../facts/domain-facts";
import { linkHost } from "../text/host";
import type { Signal, SignalContext } from "./types";

/**
 * Account phishing that names no brand:
 * - form_asks_password: a password asked for on a page anyone can make (a Google/Microsoft form, a
 *   site builder, a free host). No service collects its password through such a page.
 * - mailbox_lure: "your mailbox is full / your password expires" from outside the reader's own
 *   organisation, with a link to a stranger's site. The reader's IT department writes from the
 *   organisation's own domain and links there; a mail provider's own notice (Google, Microsoft) comes
 *   from its official domain. Stronger when the From name or subject names the reader's own domain,
 *   the way these lures pose as the reader's organisation, or when it is written from a free mailbox
 *   or links to a page anyone can make.
 */
export function accountLureSignals({ original, rules, sender }: SignalContext): Signal[] {
  const out: Signal[] = [];
  const ask = original.links.length > 0 ? asksPassword(original) : undefined;
  if (ask) {
    const page = original.links.find((l) => formPage(rules, l.href) !== undefined);
    if (page) out.push(reason("form_asks_password", { words: ask, url: page.href.slice(0, 200), platform: formPage(rules, page.href)! }));
  }
  // (Who sends it and to whom before the words: a brand's own mail, a list's, or the reader's own organisation's is not read for them.)
  if (original.links.length === 0 || !sender || senderBrand(sender.facts) !== undefined) return out;
  // A mailing list's discussion ("a mailbox quota plugin") is no notice to the reader.
  if (hasHeader(original.headers, "list-id")) return out;
  const readers = readerDomains(original);
  const own = sender.facts.info;
  if (readers.has(own.domain)) return out;
  const trouble = mailboxTrouble(original);
  if (!trouble) return out;
  // A link to neither the reader's domain, nor the sender's own, nor a mail service's tracker; a
  // brand's official site only when it is a page anyone can make there (a form).
  const stranger = original.links.find((l) => {
    const host = linkHost(l.href);
    if (!host) return false;
    const f = domainFacts(rules, host);
    if (readers.has(f.info.domain) || f.info.domain === own.domain || (f.info.label !== "" && f.info.label === own.label) || f.mailService) return false;
    return f.official === undefined || formPage(rules, l.href) !== undefined;
  });
  if (!stranger) return out;
  const shown = `${original.from?.name ?? ""}\n${original.subject}`.toLowerCase();
  const named = [...readers].find((d) => d.includes(".") && shown.includes(d));
  const params = { words: trouble, url: stranger.href.slice(0, 200), domain: sender.domain, ...(named ? { reader: named } : {}) };
  // Nobody who runs the reader's mail writes from a free mailbox or sends them to a page anyone can make.
  const anyone = sender.facts.freemail || formPage(rules, stranger.href) !== undefined;
  out.push(reason("mailbox_lure", params, named ? "named" : anyone ? "anyone" : "unnamed"));
  return out;
}
