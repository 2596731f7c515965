import type { CheckResult } from "../check";
import type { CompiledRules } from "../rules/compile";
import type { ReportStore } from "../reports/write";
import type { Settings } from "./settings";

/** What the email handler needs from an incoming message (a subset of Cloudflare's ForwardableEmailMessage). */
export type IncomingEmail = {
  readonly from: string;
  readonly to: string;
  readonly headers: Headers;
  readonly raw: ReadableStream<Uint8Array>;
  readonly rawSize: number;
  setReject(reason: string): void;
  /** Forwards the message as received to a verified destination address (only X- headers may be added). */
  forward?(rcptTo: string, headers?: Headers): Promise<unknown>;
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
  /** The worker's other sending identities (the configured check address), besides the address the mail was sent to. */
  ownAddresses?: string[];
  maxBytes?: number;
  log?: (entry: Record<string, unknown>) => void;
  /** Operator settings (wrangler.toml [vars]); defaults when absent. */
  settings?: Settings;
  /** The reports database; absent = nothing is recorded. */
  reports?: ReportStore;
  /** Runs work after the answer without delaying it (ctx.waitUntil). */
  defer?: (work: Promise<unknown>) => void;
};

export type SilentReason = "bounce" | "auto_submitted" | "bulk" | "list" | "loop" | "duplicate" | "rate_limited";
export type ReplyKind = "verdict" | "too_big" | "rate_limited" | "help" | "feedback";

export type Outcome =
  | { action: "reply" | "reject"; kind: ReplyKind; verdict?: CheckResult["verdict"] }
  | { action: "none"; why: SilentReason };

export type Finish = (o: Outcome, extra?: Record<string, unknown>) => Outcome;

export type Log = (entry: Record<string, unknown>) => void;

/** What the flow's branches share: the incoming Message-ID, our From name, the one-outcome finisher, the log. */
export type FlowCtx = { messageId: string | null; fromName: string; finish: Finish; log: Log };
