import { parse } from "tldts";
import { decodePunycodeLabel } from "./punycode";
import { trimChars } from "./strings";

export type HostInfo = {
  /** Lower-case host name as written (punycode kept). */
  host: string;
  /** Registrable domain (amazon.co.jp), or the host itself for IPs and unknown suffixes. */
  domain: string;
  /** The registrable domain without its public suffix (amazon). */
  label: string;
  /** The public suffix (co.jp). */
  suffix: string;
  /** The last label (jp). */
  tld: string;
  isIp: boolean;
};

const cache = new Map<string, HostInfo>();

/** Host facts through tldts (ICANN section: x.github.io has registrable domain github.io). */
export function hostInfo(rawHost: string): HostInfo {
  let host = rawHost.trim().toLowerCase().replace(/\.$/, "").replace(/^\[|\]$/g, "");
  // No real host name is longer than 253 characters; of a longer one only the end (where the
  // registrable domain is) is read, from a label boundary, so per-label work stays bounded.
  if (host.length > 253) host = host.slice(-253).replace(/^[^.]*\./, "");
  const hit = cache.get(host);
  if (hit) return hit;
  const p = parse(host, { allowPrivateDomains: false, extractHostname: false, validateHostname: false });
  const isIp = !!p.isIp;
  const info: HostInfo = {
    host,
    domain: isIp ? host : (p.domain ?? host),
    label: isIp ? "" : (p.domainWithoutSuffix ?? host.split(".")[0] ?? ""),
    suffix: p.publicSuffix ?? "",
    tld: isIp ? "" : (host.split(".").pop() ?? ""),
    isIp,
  };
  if (cache.size > 5000) cache.clear();
  cache.set(host, info);
  return info;
}

/** The host of an http(s) link as written (lower-cased, no userinfo, port or trailing dot), or null. */
export function linkHost(href: string): string | null {
  return /^https?:\/\/(?:[^/?#@\s]*@)?([^/?#:\s]+)/i.exec(href.trim())?.[1]?.toLowerCase().replace(/\.$/, "") ?? null;
}

/** Domain part of an e-mail address, lower case ("" when there is none). */
export function addressDomain(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? "" : trimChars(address.slice(at + 1).trim().toLowerCase(), ">].", { start: false });
}

/** A domain label as a reader sees it: punycode decoded (a malformed "xn--" label stays as written). */
export function readableLabel(label: string): string {
  return label.startsWith("xn--") ? (decodePunycodeLabel(label.slice(4)) ?? label) : label;
}

/** A host name as a reader sees it: every punycode label decoded (xn--pypal-4ve.com → pаypal.com). */
export function readableHost(host: string): string {
  return host.includes("xn--") ? host.split(".").map(readableLabel).join(".") : host;
}

/** An address as the reader's mail program shows it: the domain's punycode labels decoded. */
export function readableAddress(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? address : `${address.slice(0, at)}@${readableHost(address.slice(at + 1))}`;
}
