import type { CheckCode } from '../checks/registry';

/**
 * How long one analysis of a draft may run on the thread that answers every other request. It is
 * checked between steps (the parse, then each check), so a normal edit pays nothing for it: no
 * copy to another thread, no timer. A step already running finishes; the steps after it are
 * skipped and named (`PartialCheck`).
 */
export interface AnalysisBudget {
  /** The budget, for the message that says it ran out. */
  readonly ms: number;
  expired(): boolean;
}

/** A budget of `ms` from now; `clock` in milliseconds (tests pass their own). */
export function budgetOf(ms: number, clock: () => number = () => performance.now()): AnalysisBudget {
  const end = clock() + ms;
  return { ms, expired: () => clock() >= end };
}

/** What an analysis stopped at its budget left out. */
export interface PartialCheck {
  /** The checks that did not run, in registry order. */
  skipped: CheckCode[];
  budgetMs: number;
}
