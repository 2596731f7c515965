import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every .eml under the given paths (files as named, directories walked), without loading rules. */
export function mailFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string, explicit: boolean) => {
    const st = statSync(p);
    if (st.isDirectory()) for (const name of readdirSync(p).sort()) walk(join(p, name), false);
    else if (explicit || /\.eml$/i.test(p)) out.push(p);
  };
  for (const p of paths) walk(p, true);
  return out;
}
