import type { CompiledRules } from "../rules/compile";
import type { Original } from "../original/types";
import type { BrandClaims } from "../facts/brand-claims";
import type { SenderFacts } from "../facts/domain-facts";

import type { ReasonCode, Severity } from "../reasons/catalogue";

export type { ReasonCode, Severity };

/**
 * One thing we noticed. `points` feed the score (negative for evidence of a genuine mail);
 * `params` are the raw evidence (domains, names, phrases) the message quotes, defanged when shown.
 */
export type Signal = {
  code: ReasonCode;
  severity: Severity;
  points: number;
  params: Record<string, string>;
};

export type SignalContext = {
  original: Original;
  rules: CompiledRules;
  claims: BrandClaims;
  /** The From domain and its facts (null when the mail has no usable From). */
  sender: SenderFacts;
  /** Ids of rule phrases found in the subject and body. */
  phraseHits: number[];
};
