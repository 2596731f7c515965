import { reason } from "../reasons/catalogue";
import { firstHeader } from "../facts/headers";
import { officialBrand } from "../rules/compile";
import { decodeURIComponentSafe } from "../text/strings";
import { linkHost } from "../text/host";
import { brandHostInPath } from "./links";
import { domainFacts, imitatedBrand, senderBrand } from "../facts/domain-facts";
import { officialElsewhereSignals } from "./official-elsewhere";
import { governmentHost } from "../facts/unvouched-official";
import type { Signal, SignalContext } from "./types";

/** An address carried inside a link's query (a redirect's target), after percent-decoding. */
const CARRIED_HOST = /https?:\/\/([a-z0-9.-]{1,253})/gi;

/** Phrase kinds that ask the reader to sign in, confirm card details or pay. */
const ASKS = new Set(["credential", "payment"]);

/** Link texts that ask you to act on your account: the one link a forged notice needs you to click. */
const ACTION_TEXT = /^\W*(?:click here|click|here|log ?in|log ?on|sign ?in|verify|confirm|update|continue|restore|unlock|activate|reactivate|validate|ここをクリック|こちら|ログイン|確認する|認証|更新)/i;

/** Link texts that ask you to do something to your account ("Click here to prove your identity", ログイン). */
const ACCOUNT_ACTION =
  /^\W*(?:(?:please\s+)?(?:click\s+here\s+(?:to\s+)?|go\s+to\s+)?(?:log ?in|log ?on|sign ?in|verify|confirm|update|restore|unlock|validate|activate|reactivate|secure|prove)\b|ログイン|確認する|認証|更新する)/i;

/**
 * The same ask in the languages of the other big markets (pt, es, de, fr, it, nl): "ACESSAR SUA CONTA",
 * "Ativar", "Desbloquear", "Konto bestätigen" (German puts the verb last), "Se connecter" — account verbs
 * only, never "click here".
 */
const ACCOUNT_ACTION_INTL =
  /^\W*(?:acess(?:ar|e)\b|ativ(?:ar|e)\b|desbloque(?:ar|ie)\b|atualiz(?:ar|e)\b|regulariz(?:ar|e)\b|valid(?:ar|e)\b|activ(?:ar|e)\b|actualiz(?:ar|a)\b|verific(?:ar|a|ación)\b|confirm(?:ar|a|e)\b|acced(?:er|a)\b|iniciar sesión|entrar\b|(?:\p{L}+\s+){0,2}(?:anmelden|einloggen|bestätigen|aktualisieren|verifizieren|entsperren|freischalten)(?![\p{L}])|se connecter|connectez|vérifier|confirmer|valider|débloquer|accedi\b|sblocca|aggiorna\b|inloggen|bevestigen|verifiëren|activeren)/iu;

/** The host a link's text leads with ("http://signin.ebay.com/…", "www.amazon.com"). */
const SHOWN_HOST = /^\s*(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?:[/:?#\s"]|$)/i;

/** A sign-in page's path: /logon/index.php, /signin, /login.html, /verify. */
const LOGIN_PATH = /\/(?:[^/?#]*[-_.])?(?:log[io]n|logon|sign-?in|signon|verify|verification|webscr|secure)(?:[-_./?#]|$)/i;

/** A sign-in link (by its path or its text) to a host that is an IP, on an odd port, under an abused ending, on free hosting or a lookalike. */
function riskyLogin(rules: SignalContext["rules"], href: string, text: string): boolean {
  const host = linkHost(href);
  if (!host) return false;
  const f = domainFacts(rules, host);
  const port = /^[a-z]+:\/\/[^/?#@]*:(\d+)/i.exec(href)?.[1];
  const odd = port !== undefined && port !== "80" && port !== "443";
  return (f.info.isIp || odd || f.abusedTld || !!f.hosting || imitatedBrand(f) !== undefined) && (LOGIN_PATH.test(href.replace(/^[a-z]+:\/\/[^/?#]*/i, "")) || ACCOUNT_ACTION.test(text));
}

/** The brand's own host written as a folder of the link's path (ns.example.kr/comfedbank.com/index.htm), as links.ts reads it. */
function brandInPath(rules: SignalContext["rules"], brand: number, href: string): boolean {
  let path: string;
  try {
    path = new URL(href).pathname;
  } catch {
    return false;
  }
  return brandHostInPath(rules, path)?.brand === brand;
}

/**
 * A brand's real address in From that nothing vouches for. A sender address is the one thing an
 * attacker can type freely; when no authentication result comes with the mail (none at all, or an
 * inline forward that dropped them), the links and the request decide: a mail "from" the brand's
 * own domain whose links all go elsewhere — shorteners or hosts that are not the brand's — and that
 * asks you to sign in, confirm card details or pay, is a forged official sender. A genuine notice
 * whose headers were stripped still links to the brand's own site, and is left alone. (When
 * authentication *fails* for an official domain, src/signals/auth.ts already says so.)
 */
export function forgedOfficialSignals(ctx: SignalContext): Signal[] {
  const forged = forgedOfficial(ctx);
  // Not asking, or its links not swapped: the weaker case, an official sender whose links all go elsewhere.
  return forged.length > 0 ? forged : officialElsewhereSignals(ctx);
}

function forgedOfficial({ original, rules, sender, phraseHits }: SignalContext): Signal[] {
  if (!sender) return [];
  const brand = senderBrand(sender.facts);
  if (brand === undefined) return [];
  if (firstHeader(original.headers, "authentication-results") !== undefined || firstHeader(original.headers, "arc-authentication-results") !== undefined) return [];
  const hosts = [...new Set(original.links.map((l) => linkHost(l.href)).filter((x): x is string => !!x))];
  if (hosts.length === 0) return [];
  const asks = phraseHits.some((id) => ASKS.has(rules.phrases[id]!.kind));
  const name = rules.brands[brand]!.names.en[0]!;
  const signal = (url: string): Signal[] => [reason("forged_official", { brand: name, domain: sender.domain, url })];
  if (!hosts.some((host) => officialBrand(rules, host) === brand)) {
    // A brand's notice that points only to a government's site (the deposit insurer, the regulator):
    // no one but a government puts pages there, so nothing is swapped in.
    if (hosts.every(governmentHost)) return [];
    // No phrase asks, but the link itself does ("ACESSAR SUA CONTA", "Sign in") and goes to a stranger:
    // not the brand's mail service, not a host named after the brand, not one the admins vouch for.
    const askingLink = asks
      ? undefined
      : original.links.find((l) => {
          if (!ACCOUNT_ACTION.test(l.text) && !ACCOUNT_ACTION_INTL.test(l.text)) return false;
          const host = linkHost(l.href);
          const f = host ? domainFacts(rules, host) : null;
          return !!f && !f.mailService && !f.allowed && f.brandToken?.brand !== brand;
        });
    // Without asking words, a sign-in link on a host no company serves its customers from (an IP
    // address, an odd port, an abused ending, free hosting, a lookalike) asks just the same.
    if (!asks && !askingLink && !original.links.some((l) => riskyLogin(rules, l.href, l.text) || brandInPath(rules, brand, l.href))) return [];
    const elsewhere = hosts.find((host) => domainFacts(rules, host).shortener) ?? hosts[0]!;
    return signal(askingLink?.href ?? original.links.find((l) => linkHost(l.href) === elsewhere)!.href);
  }
  // Phishing copies the brand's footer (privacy, help, its home page) and swaps only the link that
  // matters: the button to sign in or confirm, or the brand's own address shown as the link's text,
  // goes to a stranger's host. A genuine notice sends that link to the brand's own site or through
  // its mail service's tracker.
  const asksByLink = original.links.some((l) => ACCOUNT_ACTION.test(l.text));
  // Where each link goes: its host, and for a redirect on the brand's own site, the address it carries
  // (cgi4.ebay.com/…?DomainUrl=http%3A%2F%2F211.172.96.7%2F…).
  const targets = original.links.flatMap((l) => {
    const host = linkHost(l.href);
    if (!host) return [];
    if (officialBrand(rules, host) !== brand) return [{ l, host }];
    return [...decodeURIComponentSafe(l.href.slice(0, 2000)).matchAll(CARRIED_HOST)].slice(0, 5).map((m) => ({ l, host: m[1]!.toLowerCase().replace(/\.$/, "") }));
  });
  const swapped = targets.find(({ l, host }) => {
    if (officialBrand(rules, host) === brand) return false;
    const f = domainFacts(rules, host);
    if (f.mailService || f.allowed || f.brandToken?.brand === brand) return false;
    const shown = SHOWN_HOST.exec(l.text)?.[1]?.toLowerCase();
    if (shown && officialBrand(rules, shown) === brand) return true;
    // The brand's own address as a folder of a stranger's site: evil.example/signin.ebay.com/….
    if (brandInPath(rules, brand, l.href)) return true;
    // No brand's own notice links to a bare IP address, asking or not.
    if (f.info.isIp) return true;
    if (!asks && !asksByLink) return false;
    const risky = f.info.isIp || f.shortener || f.abusedTld || !!f.hosting || imitatedBrand(f) !== undefined;
    return risky || ACTION_TEXT.test(l.text);
  });
  return swapped ? signal(swapped.l.href) : [];
}
