/**
 * One mail checked the ways a reader can send it to us: directly, with its Authentication-Results taken
 * out (a client or a forward that drops them), and forwarded inline in each of the given client shapes
 * (cli/forward-shapes.ts). Each with its verdict and reason codes, for tests that hold a rule to a
 * verdict in every shape.
 */
import { describeOriginal, FORWARDER, forwardAs } from "../cli/forward-shapes";
import { checkMail } from "../src/check";
import { parseMail } from "../src/mail/parse";
import { rules } from "./signal-helpers";

export type ShapeResult = { how: string; verdict: string; codes: string[] };

export async function everyShape(raw: string | Uint8Array, shapes: readonly string[]): Promise<ShapeResult[]> {
  const bytes = typeof raw === "string" ? new TextEncoder().encode(raw) : raw;
  const o = describeOriginal(Buffer.from(bytes).toString("latin1"), await parseMail(bytes));
  const stripped = Buffer.from(bytes).toString("latin1").replace(/^Authentication-Results:.*(?:\r?\n[ \t].*)*\r?\n/gim, "");
  const out = [{ how: "direct", r: await checkMail(bytes, rules) }, { how: "stripped", r: await checkMail(Buffer.from(stripped, "latin1"), rules) }];
  for (const s of shapes) out.push({ how: s, r: await checkMail(forwardAs(s, o), rules, { forwarder: FORWARDER }) });
  return out.map(({ how, r }) => ({ how, verdict: r.verdict, codes: r.reasons.map((x) => x.code) }));
}
