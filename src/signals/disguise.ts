import { reason } from "../reasons/catalogue";
import { mixesScripts } from "../text/confusables";
import { type Disguise, disguiseOf, scrambleTricks, stuffedCode } from "../facts/disguise";
import type { Signal, SignalContext } from "./types";

/**
 * Names and subjects written to slip past filters: a brand named only in disguise
 * (`brand_name_disguised`), disguised letters at all (`text_disguised`; Cyrillic look-alikes in the
 * sender's name have their own reason, in sender.ts), words broken up (`text_scrambled`).
 */
export function disguiseSignals({ original, rules, claims }: SignalContext): Signal[] {
  const from = original.from;
  if (!from) return [];
  const out: Signal[] = [];
  const subjectTricks = scrambleTricks(original.subject).length;
  const tricks = scrambleTricks(from.name).length + subjectTricks;
  const stuffed = tricks >= 2 ? null : stuffedCode(original.text);
  if (tricks >= 2) out.push(reason("text_scrambled", { text: subjectTricks ? original.subject : from.name }, tricks >= 3 ? "many" : "two"));
  else if (stuffed) out.push(reason("text_scrambled", { text: stuffed }, "stuffed"));

  const disguisedClaim = claims.find((c) => c.disguised);
  if (disguisedClaim) {
    const text = disguisedClaim.place === "display_name" ? from.name : disguisedClaim.place === "subject" ? original.subject : disguisedClaim.quote;
    out.push(reason("brand_name_disguised", { text, brand: rules.brands[disguisedClaim.brand]!.names.en[0]! }));
    return out;
  }
  const mixedName = mixesScripts(from.name) || mixesScripts(from.address.split("@")[0] ?? "");
  const places: [string, string, Disguise | null][] = [
    ["name", from.name, mixedName ? null : disguiseOf(from.name)],
    ["subject", original.subject, disguiseOf(original.subject)],
    ["address", from.address, disguiseOf(from.address)],
  ];
  const hit = places.find(([, , how]) => how);
  if (hit) out.push(reason("text_disguised", { text: hit[1], where: hit[0] }, hit[2] === "styled" ? "styled" : "letters"));
  return out;
}
