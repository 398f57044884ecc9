import type { Settings } from '../settings';
import { checkDraft } from './checkDraft';
import type { Finding } from './finding';
import { parseSuppressions, suppressionTest, type SuppressionProblem } from './suppression';

/** What the editor and the CLI show for one draft. */
export interface LintResult {
  findings: Finding[];
  /** How many findings a suppression comment silenced, so a summary can say so. */
  suppressed: number;
  /** Suppression comments that name unknown codes and the like. */
  problems: SuppressionProblem[];
}

/**
 * Runs the enabled checks on a draft with its suppression comments taken out first (so they cannot
 * disturb parsing), then drops the findings they silence.
 */
export function lintDraft(text: string, settings: Settings): LintResult {
  const { masked, rules, problems } = parseSuppressions(text);
  const all = checkDraft(masked, settings);
  const isSuppressed = suppressionTest(rules);
  const findings = all.filter((f) => !isSuppressed(f));
  return { findings, suppressed: all.length - findings.length, problems };
}
