import { reason } from "../reasons/catalogue";
import { firstHeader } from "../facts/headers";
import { authResults, relayedContent } from "../facts/auth";
import { senderBrand } from "../facts/domain-facts";
import { publicBodyHost } from "../facts/public-body";
import { hostInfo } from "../text/host";
import type { Signal, SignalContext } from "./types";

/**
 * Authentication of an attached (or directly sent) original: the topmost Authentication-Results,
 * added by the user's own mail provider, else the first ARC-Authentication-Results.
 */
export function authSignals({ original, rules, sender }: SignalContext): Signal[] {
  if (!original.from) return [];
  const auth = authResults(original);
  if (!auth) {
    // A brand's own address with no proof left (an inline forward, headers stripped): we say we
    // couldn't check it, nothing more — that alone is no sign of phishing.
    const official = sender ? senderBrand(sender.facts) : undefined;
    if (official === undefined || !sender || (original.via !== "inline" && !original.headers)) return [];
    return [reason("auth_unknown_official", { brand: rules.brands[official]!.names.en[0]!, domain: sender.domain })];
  }
  if (!sender) return [];
  const { domain, facts: f } = sender;
  const org = f.info.domain;
  const dkimAligned = auth.dkim.some((d) => d.result === "pass" && d.domain && hostInfo(d.domain).domain === org);
  const spfAligned = auth.spf?.result === "pass" && !!auth.spf.domain && hostInfo(auth.spf.domain).domain === org;
  const dmarcPass = auth.dmarc?.result === "pass";
  const dmarcFail = auth.dmarc?.result === "fail";
  const spfFail = auth.spf?.result === "fail" || auth.spf?.result === "softfail";
  const pass = dmarcPass || dkimAligned || (spfAligned && !dmarcFail);

  // Mailing lists rewrite subjects and footers, which breaks signatures: a failure there says nothing.
  const viaList = !!firstHeader(original.headers, "list-id");
  const official = senderBrand(f);
  if (official !== undefined) {
    const brand = rules.brands[official]!.names.en[0]!;
    if (pass && !dmarcFail) {
      // A sharing or invitation notice carries what another person wrote: the pass proves the
      // carrier, not the content, so it doesn't count for the mail.
      if (relayedContent(original)) return [reason("auth_pass_relay", { brand, domain })];
      return [reason("auth_pass_official", { brand, domain })];
    }
    if (!viaList && (dmarcFail || (!dkimAligned && spfFail) || !auth.dmarc))
      return [reason("auth_fail_brand", { brand, domain })];
    return [];
  }
  // A public body's own domain (src/facts/public-body.ts), authenticated: said, for no points.
  if (pass && !dmarcFail && publicBodyHost(domain) && !relayedContent(original)) return [reason("auth_pass_public_body", { domain })];
  if (viaList) return [];
  if (dmarcFail) return [reason("auth_fail", { domain }, "dmarc")];
  if (!pass && (auth.compauth === "fail" || spfFail)) return [reason("auth_fail", { domain }, "spf")];
  // Nothing ties the mail to its From domain: no signature of it, and the envelope of another domain.
  // Most mail services sign or align today, so this is weak evidence, but evidence.
  if (!pass && auth.dmarc?.result !== "bestguesspass" && (auth.spf || auth.dkim.length > 0))
    return [reason("auth_unverified", { domain })];
  return [];
}
