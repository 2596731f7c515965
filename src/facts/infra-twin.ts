/**
 * A company's own second domain for its machines: its name and an infrastructure word (hostwerk.de →
 * hostwerk-server.de for its servers, shop.example → shop-cdn.example, -mail, -static). A hoster's welcome
 * mail names its server there, usually with a control panel's port (Plesk 8443, cPanel 2083). That is not the
 * lookalike a phisher buys to pass for a sender's site: those add what the reader is asked to do there
 * (lasallebank-online.com, -login, -secure, -verify, confirm-bankone.com). The infrastructure words name no
 * action, and the domain carries no brand's name (a brand's own domains are listed; paypal-server.com is a
 * link_brand_in_domain, not this).
 */

/** Words companies add to their name for their own infrastructure domains (never a reader's action). */
const INFRA = new Set([
  "server", "servers", "srv", "host", "hosting", "mail", "email", "smtp", "mx", "dns", "ns", "cdn", "static",
  "assets", "img", "images", "media", "files", "storage", "backup", "cloud", "net", "data", "status", "dev",
  "staging",
]);

/** Whether `label` is `senderLabel` and an infrastructure word joined by a hyphen (hostwerk-server for hostwerk). */
export function infraTwin(label: string, senderLabel: string): boolean {
  if (senderLabel.length < 4 || label === senderLabel) return false;
  if (label.startsWith(`${senderLabel}-`)) return INFRA.has(label.slice(senderLabel.length + 1));
  if (label.endsWith(`-${senderLabel}`)) return INFRA.has(label.slice(0, -senderLabel.length - 1));
  return false;
}

/** Web-hosting control panels' own ports: cPanel/WHM/webmail 2082–2096, Plesk 8443/8880, DirectAdmin 2222, Webmin 10000, HestiaCP/VestaCP 8083. */
export const PANEL_PORTS = new Set(["2082", "2083", "2086", "2087", "2095", "2096", "2222", "8443", "8880", "8083", "10000"]);
