import { checkMail, type CheckResult } from "./check";
import type { CompiledRules } from "./rules/compile";
import { composeReply, rejectLine, type ReplySubject } from "./reply/compose";
import { buildReplyMime } from "./reply/mime";
import { addressDomain } from "./signals/domain";
import { detectLanguage } from "./verdict/language";

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
  sendReply: (rawMime: string, from: string, to: string) => Promise<void>;
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

/** Why we must not answer this mail at all (bounces, auto-replies, lists, our own mail), or null. */
export function noReplyReason(msg: Pick<IncomingEmail, "from" | "to" | "headers">, own: string[]): Exclude<Outcome, { action: "reply" | "reject" }>["why"] | null {
  const from = msg.from.trim().toLowerCase().replace(/^<|>$/g, "");
  if (!from || !from.includes("@")) return "bounce";
  const local = from.slice(0, from.lastIndexOf("@"));
  if (/^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)$/i.test(local)) return "bounce";
  const ownDomains = new Set([msg.to, ...own].map((a) => addressDomain(a)).filter(Boolean));
  if (ownDomains.has(addressDomain(from))) return "loop";
  if (msg.headers.get("x-phishcheck")) return "loop";
  const auto = msg.headers.get("auto-submitted");
  if (auto && auto.trim().toLowerCase() !== "no") return "auto_submitted";
  if (/^\s*(?:bulk|list|junk)\s*$/i.test(msg.headers.get("precedence") ?? "")) return "bulk";
  if (msg.headers.get("list-id") || msg.headers.get("list-unsubscribe")) return "list";
  const ct = msg.headers.get("content-type") ?? "";
  if (/multipart\/report/i.test(ct) && /delivery-status/i.test(ct)) return "bounce";
  return null;
}

/**
 * The email handler's logic: guard against loops and abuse, check the mail, answer by reply —
 * or, when the platform refuses a reply, by rejecting with a one-line verdict. Always ends in
 * exactly one outcome, which is logged (verdict and reason codes only, never content).
 */
export async function handleEmail(msg: IncomingEmail, deps: EmailDeps): Promise<Outcome> {
  const log = deps.log ?? ((e) => console.log(JSON.stringify(e)));
  const started = Date.now();
  const finish = (o: Outcome, extra: Record<string, unknown> = {}): Outcome => {
    log({ event: "email", ...o, ...extra, ms: Date.now() - started });
    return o;
  };

  const none = noReplyReason(msg, deps.ownAddresses ?? []);
  if (none) return finish({ action: "none", why: none });

  const messageId = msg.headers.get("message-id")?.trim() || null;
  const subject = msg.headers.get("subject") ?? "";
  const language = detectLanguage(subject);
  if (messageId && deps.memo && !(await deps.memo.firstTime(`id:${messageId}`, DEDUPE_WINDOW)))
    return finish({ action: "none", why: "duplicate" });

  if (deps.limiter) {
    const { success } = await deps.limiter.limit({ key: msg.from.toLowerCase() });
    if (!success) {
      const tell = !deps.memo || (await deps.memo.firstTime(`rate:${msg.from.toLowerCase()}`, RATE_NOTICE_WINDOW));
      if (!tell) return finish({ action: "none", why: "rate_limited" });
      return answer(msg, deps, { kind: "rate_limited", language, subject }, messageId, finish);
    }
  }

  const max = deps.maxBytes ?? MAX_BYTES;
  if (msg.rawSize > max) {
    await msg.raw.cancel().catch(() => undefined);
    return answer(msg, deps, { kind: "too_big", limitMb: Math.floor(max / 1024 / 1024), language, subject }, messageId, finish);
  }

  let result: CheckResult;
  try {
    const raw = new Uint8Array(await new Response(msg.raw).arrayBuffer());
    result = await checkMail(raw, await deps.rules(), { forwarder: msg.from });
  } catch (e) {
    result = { verdict: "unreadable", score: 0, language, reasons: [], original: null, brand: null, error: e instanceof Error ? e.name : "error" };
  }
  return answer(msg, deps, { kind: "verdict", result }, messageId, finish, {
    verdict: result.verdict,
    score: result.score,
    codes: result.reasons.map((r) => r.code),
    via: result.original?.via,
    error: result.error,
  });
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
  try {
    const content = composeReply(about);
    const mime = buildReplyMime({ from: msg.to, to: msg.from, inReplyTo: messageId, references: msg.headers.get("references") }, content);
    await deps.sendReply(mime, msg.to, msg.from);
    return finish({ action: "reply", kind, verdict }, extra);
  } catch (e) {
    // The platform refuses replies to forwarders without DMARC; a bounce still carries the verdict.
    msg.setReject(rejectLine(about));
    return finish({ action: "reject", kind, verdict }, { ...extra, replyError: e instanceof Error ? e.message.slice(0, 120) : "error" });
  }
}
