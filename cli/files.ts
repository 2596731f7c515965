import { readFileSync } from "node:fs";
import { compileRules, type CompiledRules } from "../src/rules/compile";
import { defaultRules } from "../src/rules/default";
import { RuleSetSchema } from "../src/rules/schema";

export { mailFiles } from "./mail-files";

/** The embedded rules, or a rule set from a JSON file (the body you would PUT to /admin/rules). */
export function loadRules(file: string | undefined): CompiledRules {
  if (!file) return compileRules(defaultRules(), 0);
  const parsed = RuleSetSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${file}: ${issue.path.join(".")}: ${issue.message}`);
    process.exit(2);
  }
  return compileRules(parsed.data, 0);
}

/** Pulls `--name value` and `--flag` options out of argv; the rest are paths. */
export function parseArgs(argv: string[], valued: string[]) {
  const opts: Record<string, string | true> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith("--")) {
      const name = a.slice(2);
      if (valued.includes(name)) opts[name] = argv[++i] ?? "";
      else opts[name] = true;
    } else rest.push(a);
  }
  return { opts, rest };
}
