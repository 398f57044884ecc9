import type { PlanAnalysis } from '../structure/parsePlan';
import type { CheckCode, Finding } from './finding';

/** One drafting check: reads the analysed plan, returns its findings. */
export interface Rule {
  code: CheckCode;
  check(analysis: PlanAnalysis): Finding[];
}
