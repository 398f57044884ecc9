import type { Settings } from '../config/settings';
import type { PlanAnalysis } from '../parsing/parsePlan';
import { analyseDraft, checkSteps, runSteps } from './checkDraft';
import type { AnalysisBudget } from './analysisBudget';
import type { AnyCheck, CheckCode } from '../checks/registry';
import type { Finding } from '../checks/finding';
import { parseSuppressions, suppressionTest, type SuppressionProblem } from '../checks/suppression';

/** What the editor and the CLI show for one draft. */
export interface LintResult {
  findings: Finding[];
  /** How many findings a suppression comment silenced, so a summary can say so. */
  suppressed: number;
  /** Suppression comments that name unknown codes and the like. */
  problems: SuppressionProblem[];
}

/** A lint result with the one parse it came from, for callers that show more than findings. */
export interface LintedPlan extends LintResult {
  analysis: PlanAnalysis;
  /** The draft's lines as written (the analysis read them masked and simplified). */
  lines: string[];
}

/**
 * Runs the enabled checks on a draft with its suppression comments taken out first (so they cannot
 * disturb parsing), then drops the findings they silence.
 */
export function lintDraft(text: string, settings: Settings): LintResult {
  const { findings, suppressed, problems } = lintPlan(text, settings);
  return { findings, suppressed, problems };
}

/** `lintDraft`, keeping the parse: the editor's outline, hover and fixes read the same one. */
export function lintPlan(text: string, settings: Settings): LintedPlan {
  return runSteps(lintSteps(text, settings));
}

/** The parse a lint starts with, given before any check runs (a hover needs no findings). */
export interface LintParse {
  analysis: PlanAnalysis;
  lines: string[];
  /**
   * The text the analysis read: the draft with suppression comments masked and traditional
   * characters simplified; for a web page, the page's text (see `draftText`).
   */
  read: string;
}

/**
 * `lintPlan` in steps: it yields the parse first, then once after each check; with a `budget`, the
 * checks left once it has expired are skipped and named in `skipped`.
 */
export function* lintSteps(
  text: string,
  settings: Settings,
  budget?: AnalysisBudget,
  rules?: readonly AnyCheck[],
): Generator<LintParse | undefined, LintedPlan & { skipped: CheckCode[] }> {
  const { lines, masked, rules: suppressions, problems } = parseSuppressions(text);
  const { analysis, read } = analyseDraft(masked, settings);
  yield { analysis, lines, read };
  const { findings: all, skipped } = yield* checkSteps(analysis, settings, budget, rules);
  const isSuppressed = suppressionTest(suppressions);
  const findings = all.filter((f) => !isSuppressed(f));
  return { findings, suppressed: all.length - findings.length, problems, analysis, lines, skipped };
}
