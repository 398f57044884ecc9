import type { Finding } from '../checks/finding';
import { lintPlan } from './lintDraft';
import type { SuppressionProblem } from '../checks/suppression';
import type { ParsedPlan } from '../model';
import { planFoldingRanges, type LineSpan } from '../outline/foldingRanges';
import { buildOutline, type OutlineNode } from '../outline/outlineTree';
import type { Settings } from '../config/settings';
import type { TargetStatement } from '../targets/targetStatements';

/**
 * Everything the editor shows of one version of a draft, from one parse: diagnostics, hover,
 * quick fixes, completion, the outline and folding all read this, so a version is analysed once.
 */
export interface DraftAnalysis {
  /** The draft's lines as written (LF, CRLF and a lone CR each end a line). */
  lines: string[];
  plan: ParsedPlan;
  /** The findings left after suppression comments, in document order. */
  findings: Finding[];
  /** How many findings suppression comments silenced. */
  suppressed: number;
  /** Suppression comments that name unknown codes and the like. */
  problems: SuppressionProblem[];
  symbols: OutlineNode[];
  folds: LineSpan[];
  targets: TargetStatement[];
}

/** Analyses a draft once; `policy-draft lint` and the language server report the same findings. */
export function analyseDraft(text: string, settings: Settings): DraftAnalysis {
  const { findings, suppressed, problems, analysis, lines } = lintPlan(text, settings);
  const { plan, targets } = analysis;
  return { lines, plan, findings, suppressed, problems, symbols: buildOutline(plan, lines), folds: planFoldingRanges(plan, lines), targets };
}
