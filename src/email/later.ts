import type { EmailDeps, Log } from "./types";

/** Database work after the answer (ctx.waitUntil): a failure is logged, never reaches the reader. */
export function later(deps: EmailDeps, log: Log, what: string, work: (store: NonNullable<EmailDeps["reports"]>) => Promise<void>): void {
  const store = deps.reports;
  if (!store) return;
  const p = (async () => work(store))().catch((e: unknown) => {
    log({ event: "db_error", what, error: e instanceof Error ? e.message.slice(0, 160) : "error" });
  });
  if (deps.defer) deps.defer(p);
}
