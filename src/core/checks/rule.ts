import type { PlanAnalysis } from '../parsing/parsePlan';
import type { Fix } from './fix';
import type { RuleFinding } from './finding';

/** How loudly an adapter reports a check's findings; each check has its own setting. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/**
 * One drafting check, whole in one file: its code (the diagnostic code and the name suppression
 * comments use), the settings it owns (`policyDraft.<setting>.enabled` and `.severity`), its default
 * severity, what it finds and how to fix it. The registry gathers them; nothing else lists checks.
 */
export interface Rule<C extends string = string, S extends string = string> {
  code: C;
  /** Settings key stem, e.g. `checks.numberingForm`. */
  setting: S;
  defaultSeverity: Severity;
  /** The findings on one analysed draft; a finding may carry its fixes already (`Finding.fixes`). */
  check(analysis: PlanAnalysis): RuleFinding[];
  /**
   * Fixes computed on demand from the draft's text (an adapter asks for them when the drafter looks
   * at a finding), added after those the finding carries.
   */
  fixes?(text: string, finding: RuleFinding): Fix[];
}

/** Declares a rule keeping its code and setting as literal types, so the registry can list them. */
export function defineRule<C extends string, S extends string>(rule: Rule<C, S>): Rule<C, S> {
  return rule;
}
