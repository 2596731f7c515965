import brands from "../../rules/brands.json";
import phrases from "../../rules/phrases.json";
import domains from "../../rules/domains.json";
import { RuleSetSchema, type RuleSet, type RuleSetInput } from "./schema";

/** The rule packs in `rules/` merged into one rule set, as written (not yet validated). */
export function rulePacks(): RuleSetInput {
  return { ...brands, ...phrases, ...domains } as RuleSetInput;
}

/** The rule packs in `rules/`, bundled into the worker: the rules in force while KV holds none. */
export function defaultRules(): RuleSet {
  return RuleSetSchema.parse(rulePacks());
}
