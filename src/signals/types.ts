import type { CompiledRules } from "../rules/compile";
import type { Original } from "../original/types";
import type { BrandClaims } from "../facts/brand-claims";
import type { SenderFacts } from "../facts/domain-facts";

import type { ReasonCode, Severity, Signal } from "../reasons/catalogue";

/**
 * One thing we noticed (made by `reason()` from src/reasons/catalogue.ts). `points` feed the score
 * (negative for evidence of a genuine mail); `params` are the raw evidence (domains, names, phrases)
 * the sentence quotes, defanged when shown.
 */
export type { ReasonCode, Severity, Signal };

export type SignalContext = {
  original: Original;
  rules: CompiledRules;
  claims: BrandClaims;
  /** The From domain and its facts (null when the mail has no usable From). */
  sender: SenderFacts;
  /** Ids of rule phrases found in the subject and body. */
  phraseHits: number[];
};
