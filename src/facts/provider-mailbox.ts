/**
 * A provider's own service mailbox. Many mail providers are also the company that mails its customers from the
 * same domain: @nifty (nifty.com), BIGLOBE, So-net, OCN, Yahoo! JAPAN, Naver, Daum, web.de, GMX, Orange, Libero,
 * Mail.ru, Yandex, QQ, 163.com… Anyone can open a mailbox there, but not one called info@, support@ or
 * security@: providers keep their role names for themselves. So "@nifty" <info@nifty.com> naming @nifty is the
 * provider speaking (forged or not — that is for the authentication signals to tell, as for any official
 * domain), while "@nifty" <taro.suzuki77@nifty.com> or <nifty.support2024@nifty.com> is a customer's mailbox
 * using the provider's name: a claim.
 */

/** Role words providers keep for their own mailboxes (each piece of the local part must be one of them). */
const ROLE = new Set([
  "info", "information", "support", "help", "helpdesk", "service", "services", "customer", "customers", "care",
  "noreply", "no", "reply", "donotreply", "do", "not", "security", "account", "accounts", "news", "newsletter",
  "notice", "notices", "notify", "notification", "notifications", "alert", "alerts", "mail", "mailinfo", "admin",
  "webmaster", "postmaster", "mailer", "daemon", "abuse", "system", "auto", "contact", "member", "members",
  "campaign", "event", "press", "billing", "cs", "official", "team", "update", "updates",
]);

/** Whether an address's local part is made only of role words (info, no-reply, security-notice, mail.info). */
export function serviceMailbox(address: string): boolean {
  const local = address.slice(0, address.lastIndexOf("@")).toLowerCase();
  if (!local || local.length > 40) return false;
  const parts = local.split(/[._-]/);
  return parts.every((p) => ROLE.has(p)) && local !== "no" && local !== "do" && local !== "not";
}
