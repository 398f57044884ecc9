import type { LintResult } from '../core/checks/lintDraft';
import type { Settings } from '../core/settings';

/** What the extension host sends the lint worker, and what comes back. */
export interface LintRequest {
  id: number;
  text: string;
  settings: Settings;
}

export type LintResponse = { id: number; result: LintResult } | { id: number; error: string };
