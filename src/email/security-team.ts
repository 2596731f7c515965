import type { CheckResult } from "../check";
import type { Settings } from "./settings";
import type { IncomingEmail } from "./types";

/** Whether this verdict goes to the security team (dangerous always, suspicious when enabled). */
export function forSecurityTeam(settings: Settings, verdict: CheckResult["verdict"]): boolean {
  return !!settings.securityTeam && (verdict === "dangerous" || (verdict === "suspicious" && settings.securityTeamSuspicious));
}

/**
 * Sends the mail as received to SECURITY_TEAM_ADDRESS (message.forward: Cloudflare forwards only
 * to verified destination addresses), with the verdict in added X- headers. Our X-Phishcheck
 * marker goes with it, so if the team's mailbox sends it back to the check address it is not
 * answered. A failure is logged; it never affects the reader's answer.
 */
export async function forwardToTeam(msg: IncomingEmail, settings: Settings, result: CheckResult, log: (e: Record<string, unknown>) => void): Promise<void> {
  if (!settings.securityTeam || !forSecurityTeam(settings, result.verdict)) return;
  if (!msg.forward) return log({ event: "security_forward", ok: false, error: "forward unavailable" });
  const headers = new Headers({
    "X-Phishcheck": "forwarded",
    "X-Phishcheck-Verdict": result.verdict,
    "X-Phishcheck-Score": String(result.score),
    "X-Phishcheck-Codes": [...new Set(result.reasons.map((r) => r.code))].join(" ").slice(0, 900),
  });
  if (result.brand?.id) headers.set("X-Phishcheck-Brand", result.brand.id);
  try {
    await msg.forward(settings.securityTeam, headers);
    log({ event: "security_forward", ok: true, verdict: result.verdict });
  } catch (e) {
    log({ event: "security_forward", ok: false, error: e instanceof Error ? e.message.slice(0, 120) : "error" });
  }
}
