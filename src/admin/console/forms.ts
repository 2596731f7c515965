import { zodIssues, type Issue } from "../errors";
import { PatchBodySchema, type PatchOp } from "../patch";
import { type Form, many, one } from "./context";

export function opsFromForm(f: Form): { ops: PatchOp[] } | { issues: Issue[] } {
  const raw: unknown[] = [];
  const text = one(f, "ops").trim();
  if (text) {
    try {
      const v: unknown = JSON.parse(text);
      const list = Array.isArray(v) ? v : v && typeof v === "object" && Array.isArray((v as { ops?: unknown }).ops) ? (v as { ops: unknown[] }).ops : [v];
      raw.push(...list);
    } catch {
      return { issues: [{ path: "ops", message: "not JSON: write an array of PATCH ops" }] };
    }
  }
  for (const o of many(f, "op")) {
    try {
      raw.push(JSON.parse(o));
    } catch {
      return { issues: [{ path: "op", message: "not JSON" }] };
    }
  }
  const kind = one(f, "kind");
  const value = one(f, "value").trim();
  if (!text && raw.length === 0 && kind && value) {
    if (kind === "add_tld") raw.push({ op: "add_tld", tld: value.replace(/^\./, "") });
    else if (kind === "add_domain") raw.push({ op: "add_domain", brand: one(f, "brand").trim(), domain: value });
    else if (kind === "add_phrase") raw.push({ op: "add_phrase", text: value, lang: one(f, "lang"), kind: one(f, "pkind"), weight: Number(one(f, "weight")) });
    else raw.push({ op: kind, domain: value });
  }
  if (raw.length === 0) return { issues: [{ path: "ops", message: "nothing to change: fill in the form or choose at least one item" }] };
  const parsed = PatchBodySchema.safeParse({ ops: raw });
  return parsed.success ? { ops: parsed.data.ops } : { issues: zodIssues(parsed.error) };
}
