import { reason } from "../reasons/catalogue";
import { projectClaim } from "../facts/project-name";
import { lureMailCanApply } from "../facts/stranger-link";
import type { Signal, SignalContext } from "./types";

/**
 * A crypto giveaway under a project's name from a domain that does not carry it (src/facts/project-name.ts):
 * suspicious. Not on a mailing list nor from a brand's own domain (lureMailCanApply), and not when the
 * display name already claims a catalogued brand (the sender signals say that, with the brand's own domains).
 */
export function projectNameSignals({ original, rules, sender, claims }: SignalContext): Signal[] {
  if (claims.some((c) => c.place === "display_name")) return [];
  if (!lureMailCanApply(original, sender, rules)) return [];
  const found = projectClaim(original, sender);
  if (!found || !sender) return [];
  return [reason("crypto_project_elsewhere", { name: found.name, quote: found.echo.slice(0, 60), words: found.words.slice(0, 60), domain: sender.facts.info.host })];
}
