/**
 * A provider's own service mailbox. Many mail providers are also the company that mails its customers from the
 * same domain: @nifty (nifty.com), BIGLOBE, So-net, OCN, Yahoo! JAPAN, Naver, Daum, web.de, GMX, Orange, Libero,
 * Mail.ru, Yandex, QQ, 163.com… Anyone can open a mailbox there, but not one called info@, support@ or
 * security@: providers keep their role names for themselves. So "@nifty" <info@nifty.com> naming @nifty is the
 * provider speaking (forged or not — that is for the authentication signals to tell, as for any official
 * domain), while "@nifty" <taro.suzuki77@nifty.com> or <nifty.support2024@nifty.com> is a customer's mailbox
 * using the provider's name: a claim.
 */

/**
 * Role names providers keep for their own mailboxes: one word, the whole local part. (Not combinations —
 * "security.team" or "info-support" is a name a customer can still register at many providers — and not at
 * a group host, where anyone names a list "security" or "support": googlegroups.com, groups.io.)
 */
const ROLE = new Set([
  "info", "information", "support", "help", "helpdesk", "service", "customer", "security", "account", "accounts",
  "news", "newsletter", "notice", "notification", "notifications", "alert", "alerts", "admin", "webmaster",
  "postmaster", "mailer-daemon", "abuse", "system", "contact", "member", "members", "press", "billing", "official",
  "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply", "mailinfo", "mail-info",
]);

const GROUP_HOSTS = new Set(["googlegroups.com", "groups.io", "freelists.org", "yahoogroups.com", "yahoogroups.co.jp", "groups.outlook.com"]);

/** Whether an address is a role mailbox (info@, support@, no-reply@) at a domain that is no group host. */
export function serviceMailbox(address: string): boolean {
  const at = address.lastIndexOf("@");
  return ROLE.has(address.slice(0, at).toLowerCase()) && !GROUP_HOSTS.has(address.slice(at + 1).toLowerCase());
}
