import { decodeWords } from "postal-mime";
import { checkMail, type CheckResult } from "./check";
import type { CompiledRules } from "./rules/compile";
import { composeReply, rejectLine, type ReplySubject } from "./reply/compose";
import { buildReplyMime } from "./reply/mime";
import { addressDomain } from "./signals/domain";
import { detectLanguage, type Language } from "./verdict/language";

/** What the email handler needs from an incoming message (a subset of Cloudflare's ForwardableEmailMessage). */
export type IncomingEmail = {
  readonly from: string;
  readonly to: string;
  readonly headers: Headers;
  readonly raw: ReadableStream<Uint8Array>;
  readonly rawSize: number;
  setReject(reason: string): void;
};

/** Remembers a key for a while; `firstTime` is true only the first time a key is seen in its window. */
export type Memo = { firstTime(key: string, ttlSeconds: number): Promise<boolean> };

export type EmailDeps = {
  rules: () => Promise<CompiledRules>;
  /** Sends the reply; throws when the platform refuses (no DMARC on the forwarder's domain, ...). */
  sendReply: (rawMime: string, from: string, to: string) => Promise<unknown>;
  /** Per-sender limit (Workers rate-limiting binding). */
  limiter?: { limit(opts: { key: string }): Promise<{ success: boolean }> };
  /** Per-mail memory (Cache API): one reply per Message-ID, one "too many" notice per window. */
  memo?: Memo;
  /** Extra addresses that are ours (besides the one the mail was sent to). */
  ownAddresses?: string[];
  maxBytes?: number;
  log?: (entry: Record<string, unknown>) => void;
};

/** Email Routing accepts mail up to 25 MiB; we read no more than that. */
export const MAX_BYTES = 25 * 1024 * 1024;
export const RATE_NOTICE_WINDOW = 600;
export const DEDUPE_WINDOW = 24 * 3600;

export type Outcome =
  | { action: "reply" | "reject"; kind: "verdict" | "too_big" | "rate_limited"; verdict?: CheckResult["verdict"] }
  | { action: "none"; why: "bounce" | "auto_submitted" | "bulk" | "list" | "loop" | "duplicate" | "rate_limited" };

/** The address in a From header value ("Name <a@b>" or a bare address), lower-cased; "" when none. */
function headerAddress(value: string | null): string {
  if (!value) return "";
  const angle = /<([^<>\s@]{1,64}@[^<>\s]{1,255})>/.exec(value.slice(0, 2000));
  const bare = angle ? angle[1]! : /[^\s<>"',;:()@]{1,64}@[^\s<>"',;:()]{1,255}/.exec(value.slice(0, 2000))?.[0] ?? "";
  return bare.toLowerCase();
}

/**
 * A header value as text: the platform hands over raw values, so RFC 2047 encoded words
 * (=?ISO-2022-JP?B?…?=) are decoded here. Only the start is read: it is quoted short, and
 * joining thousands of encoded words costs quadratic time in postal-mime.
 */
function headerText(value: string | null): string {
  const head = (value ?? "").slice(0, 4000);
  try {
    return decodeWords(head);
  } catch {
    return head;
  }
}

/** True when `domain` is one of ours or below one of ours (bounces.example.com for example.com). */
function isOwnDomain(domain: string, own: Set<string>): boolean {
  if (!domain) return false;
  for (let d = domain; d.includes("."); d = d.slice(d.indexOf(".") + 1)) if (own.has(d)) return true;
  return own.has(domain);
}

/** Why we must not answer this mail at all (bounces, auto-replies, lists, our own mail), or null. */
export function noReplyReason(msg: Pick<IncomingEmail, "from" | "to" | "headers">, own: string[]): Exclude<Outcome, { action: "reply" | "reject" }>["why"] | null {
  const from = msg.from.trim().toLowerCase().replace(/^<|>$/g, "");
  if (!from || !from.includes("@")) return "bounce";
  const local = from.slice(0, from.lastIndexOf("@"));
  if (/^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)$/i.test(local)) return "bounce";
  const ownDomains = new Set([msg.to, ...own].map((a) => addressDomain(a)).filter(Boolean));
  if (isOwnDomain(addressDomain(from), ownDomains)) return "loop";
  // Our own reply coming back (an auto-forward, a mailbox rule) keeps our From and our marker.
  if (isOwnDomain(addressDomain(headerAddress(msg.headers.get("from"))), ownDomains)) return "loop";
  if (msg.headers.get("x-phishcheck")) return "loop";
  const auto = msg.headers.get("auto-submitted");
  if (auto && auto.trim().toLowerCase() !== "no") return "auto_submitted";
  if (msg.headers.get("x-autoreply") || msg.headers.get("x-autorespond")) return "auto_submitted";
  const precedence = (msg.headers.get("precedence") ?? "").trim().toLowerCase();
  if (precedence === "auto_reply") return "auto_submitted";
  const ct = msg.headers.get("content-type") ?? "";
  if (/multipart\/report/i.test(ct) && /delivery-status/i.test(ct)) return "bounce";
  // A mail redirected by the person writing to us keeps the original's headers (a newsletter's
  // List-Unsubscribe, Precedence: bulk); the Resent-From naming them says a person sent it.
  const resentBySender = headerAddress(msg.headers.get("resent-from")) === from;
  if (!resentBySender) {
    if (/^(?:bulk|list|junk)$/.test(precedence)) return "bulk";
    if (msg.headers.get("list-id") || msg.headers.get("list-unsubscribe")) return "list";
  }
  return null;
}

/** A short, fixed-size key for the Cache API memo (Message-IDs are attacker-controlled and can be any length). */
async function memoKey(kind: string, ...parts: string[]): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(parts.join("\u0000")));
  return `${kind}:${[...new Uint8Array(digest).slice(0, 16)].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * The email handler's logic: guard against loops and abuse, check the mail, answer by reply —
 * or, when the platform refuses a reply, by rejecting with a one-line verdict. Always ends in
 * exactly one outcome, which is logged (verdict and reason codes only, never content), and never
 * throws: a failing limiter or memo lets the mail through, anything else unexpected is answered
 * as "unreadable".
 */
export async function handleEmail(msg: IncomingEmail, deps: EmailDeps): Promise<Outcome> {
  const log = deps.log ?? ((e) => console.log(JSON.stringify(e)));
  const started = Date.now();
  let done: Outcome | null = null;
  const finish = (o: Outcome, extra: Record<string, unknown> = {}): Outcome => {
    if (done) return done;
    done = o;
    try {
      log({ event: "email", ...o, ...extra, ms: Date.now() - started });
    } catch {
      // logging must not turn an answered mail into a failed one
    }
    return o;
  };
  let language: Language = "en";
  let subject = "";
  let messageId: string | null = null;
  try {
    const none = noReplyReason(msg, deps.ownAddresses ?? []);
    if (none) return finish({ action: "none", why: none });

    messageId = msg.headers.get("message-id")?.trim() || null;
    subject = headerText(msg.headers.get("subject"));
    language = detectLanguage(subject);
    const sender = msg.from.trim().toLowerCase();
    if (messageId && deps.memo && !(await firstTime(deps.memo, await memoKey("id", sender, messageId), DEDUPE_WINDOW)))
      return finish({ action: "none", why: "duplicate" });

    if (deps.limiter && !(await allowed(deps.limiter, sender))) {
      const tell = !deps.memo || (await firstTime(deps.memo, await memoKey("rate", sender), RATE_NOTICE_WINDOW));
      if (!tell) return finish({ action: "none", why: "rate_limited" });
      return await answer(msg, deps, { kind: "rate_limited", language, subject }, messageId, finish);
    }

    const max = deps.maxBytes ?? MAX_BYTES;
    if (msg.rawSize > max) {
      await msg.raw.cancel().catch(() => undefined);
      return await answer(msg, deps, { kind: "too_big", limitMb: Math.floor(max / 1024 / 1024), language, subject }, messageId, finish);
    }

    let result: CheckResult;
    try {
      const raw = new Uint8Array(await new Response(msg.raw).arrayBuffer());
      result = await checkMail(raw, await deps.rules(), { forwarder: msg.from });
    } catch (e) {
      result = unreadableResult(language, e);
    }
    return await answer(msg, deps, { kind: "verdict", result }, messageId, finish, {
      verdict: result.verdict,
      score: result.score,
      codes: result.reasons.map((r) => r.code),
      via: result.original?.via,
      error: result.error,
    });
  } catch (e) {
    if (done) return done;
    // Something we did not foresee: the person still gets an answer, once.
    const result = unreadableResult(language, e);
    return answer(msg, deps, { kind: "verdict", result }, messageId, finish, { verdict: "unreadable", error: result.error });
  }
}

function unreadableResult(language: Language, e: unknown): CheckResult {
  return { verdict: "unreadable", score: 0, language, reasons: [], original: null, brand: null, error: e instanceof Error ? e.name : "error" };
}

/** The memo, failing open: when the Cache API errors, the mail is treated as new. */
async function firstTime(memo: Memo, key: string, ttl: number): Promise<boolean> {
  try {
    return await memo.firstTime(key, ttl);
  } catch {
    return true;
  }
}

/** The per-sender limit, failing open: a limiter outage must not silence every answer. */
async function allowed(limiter: NonNullable<EmailDeps["limiter"]>, sender: string): Promise<boolean> {
  try {
    return (await limiter.limit({ key: sender })).success;
  } catch {
    return true;
  }
}

async function answer(
  msg: IncomingEmail,
  deps: EmailDeps,
  about: ReplySubject,
  messageId: string | null,
  finish: (o: Outcome, extra?: Record<string, unknown>) => Outcome,
  extra: Record<string, unknown> = {},
): Promise<Outcome> {
  const kind = about.kind;
  const verdict = about.kind === "verdict" ? about.result.verdict : undefined;
  let mime: string;
  try {
    const content = composeReply(about);
    mime = buildReplyMime({ from: msg.to, to: msg.from, inReplyTo: messageId, references: msg.headers.get("references") }, content);
  } catch (e) {
    // A reply we could not build: say so in a bounce rather than stay silent.
    return reject(msg, about, finish, { action: "reject", kind, verdict }, { ...extra, replyError: `compose: ${e instanceof Error ? e.name : "error"}` });
  }
  try {
    await deps.sendReply(mime, msg.to, msg.from);
    return finish({ action: "reply", kind, verdict }, extra);
  } catch (e) {
    // The platform refuses replies to forwarders without DMARC; a bounce still carries the verdict.
    return reject(msg, about, finish, { action: "reject", kind, verdict }, { ...extra, replyError: e instanceof Error ? e.message.slice(0, 120) : "error" });
  }
}

function reject(
  msg: IncomingEmail,
  about: ReplySubject,
  finish: (o: Outcome, extra?: Record<string, unknown>) => Outcome,
  o: Outcome,
  extra: Record<string, unknown>,
): Outcome {
  try {
    msg.setReject(rejectLine(about));
  } catch {
    // nothing more we can do; the outcome below records it
  }
  return finish(o, extra);
}
