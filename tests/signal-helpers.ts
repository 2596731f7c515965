/**
 * A small factory for the signal tests (tests/unit/signals-*.test.ts): an ordinary person at an
 * ordinary company writing to Hanako, which each test overrides with just the thing it is about.
 */
import { analyse } from "../src/check";
import type { Link, Original } from "../src/original/types";
import { compileRules, type CompiledRules } from "../src/rules/compile";
import { defaultRules } from "../src/rules/default";
import { RuleSetSchema } from "../src/rules/schema";

export const rules = compileRules(defaultRules());
export const rulesBlocking = (...blockDomains: string[]): CompiledRules => compileRules(RuleSetSchema.parse({ ...defaultRules(), blockDomains }));
export const YOU = "hanako@example.jp";

export type Init = Partial<Omit<Original, "from" | "headers">> & { from?: string | null; headers?: Record<string, string> | null };

export function original({ from = "Taro Yamada <taro.yamada@yamada-kogyo.co.jp>", headers = null, ...rest }: Init = {}): Original {
  const m = from === null ? null : /^\s*"?(.*?)"?\s*<([^>]*)>\s*$/.exec(from);
  return {
    via: "direct",
    from: from === null ? null : m ? { name: m[1]!, address: m[2]!.toLowerCase() } : { name: "", address: from.toLowerCase() },
    replyTo: [],
    subject: "Lunch next week",
    date: null,
    text: "Hanako, are we still on for lunch on Tuesday? Taro",
    links: [],
    imageAlts: [],
    attachments: [],
    headers: headers && Object.entries(headers).map(([k, value]) => ({ key: k.toLowerCase(), originalKey: k, value })),
    recipients: [YOU],
    truncated: false,
    ...rest,
  };
}

export function run(o: Original, r = rules) {
  const res = analyse(o, r);
  return { ...res, codes: res.signals.map((s) => s.code), signal: (code: string) => res.signals.find((s) => s.code === code) };
}

export const check = (init: Init = {}, r = rules) => run(original(init), r);
export const link = (href: string, text = ""): Link => ({ href, text });
