import brands from "../../rules/brands.json";
import phrases from "../../rules/phrases.json";
import domains from "../../rules/domains.json";
import { RuleSetSchema, type RuleSet } from "./schema";

/** The rule packs in `rules/`, bundled into the worker: the rules in force while KV holds none. */
export function defaultRules(): RuleSet {
  return RuleSetSchema.parse({ ...brands, ...phrases, ...domains });
}
