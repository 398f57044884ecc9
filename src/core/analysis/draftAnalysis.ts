import type { Finding } from '../checks/finding';
import { runSteps } from './checkDraft';
import { lintSteps } from './lintDraft';
import type { AnalysisBudget, PartialCheck } from './analysisBudget';
import type { AnyCheck } from '../checks/registry';
import type { SuppressionProblem } from '../checks/suppression';
import type { ParsedPlan } from '../model';
import { planFoldingRanges, type LineSpan } from '../outline/foldingRanges';
import { buildOutline, type OutlineNode } from '../outline/outlineTree';
import type { Settings } from '../config/settings';
import type { TargetStatement } from '../targets/targetStatements';
import type { Outline } from '../structure/outline';

/** What the parse of a draft gives, before any check runs: enough for hovers, the outline and folding. */
export interface DraftParse {
  /** The draft's lines as written (LF, CRLF and a lone CR each end a line). */
  lines: string[];
  plan: ParsedPlan;
  symbols: OutlineNode[];
  folds: LineSpan[];
  targets: TargetStatement[];
  /** The structure as the parser read it (Insert precedent renumbers from it), and the text it read. */
  outline: Outline;
  read: string;
  /** The draft is a web page read as its text: no quick fix may edit it. */
  webPage: boolean;
}

/**
 * Everything the editor shows of one version of a draft, from one parse: diagnostics, hover,
 * quick fixes, completion, the outline and folding all read this, so a version is analysed once.
 */
export interface DraftAnalysis extends DraftParse {
  /** The findings left after suppression comments, in document order. */
  findings: Finding[];
  /** How many findings suppression comments silenced. */
  suppressed: number;
  /** Suppression comments that name unknown codes and the like. */
  problems: SuppressionProblem[];
  /** Present when the analysis stopped at its budget: the checks that did not run. */
  partial?: PartialCheck;
}

/** Analyses a draft once, whole; `policy-draft lint` and the language server report the same findings. */
export function analyseDraft(text: string, settings: Settings): DraftAnalysis {
  return runSteps(draftSteps(text, settings));
}

export interface AnalysisPacing {
  budget: AnalysisBudget;
  /** Lets other work run (the server: one turn of its event loop); awaited after the parse and each check. */
  pause(): Promise<void>;
  /** Told the parse as soon as it exists, before the checks. */
  onParsed?(parse: DraftParse): void;
  /** The checks to run; the registry's by default. */
  rules?: readonly AnyCheck[];
}

/**
 * `analyseDraft` for the language server's one thread: it pauses after the parse and after every
 * check, so requests waiting meanwhile (a hover on this draft or another) are answered between
 * them, and skips the checks left once the budget is spent (`partial` says which).
 */
export async function analyseDraftPaced(text: string, settings: Settings, { budget, pause, onParsed, rules }: AnalysisPacing): Promise<DraftAnalysis> {
  const steps = draftSteps(text, settings, budget, rules);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value) onParsed?.(step.value);
    await pause();
  }
}

function* draftSteps(text: string, settings: Settings, budget?: AnalysisBudget, rules?: readonly AnyCheck[]): Generator<DraftParse | undefined, DraftAnalysis> {
  const lint = lintSteps(text, settings, budget, rules);
  let parse: DraftParse | undefined;
  for (;;) {
    const step = lint.next();
    if (step.done) {
      const { findings, suppressed, problems, skipped } = step.value;
      const whole = { ...parse!, findings, suppressed, problems };
      return skipped.length > 0 && budget ? { ...whole, partial: { skipped, budgetMs: budget.ms } } : whole;
    }
    if (step.value) {
      const { analysis, lines, read } = step.value;
      const { plan, targets, outline } = analysis;
      parse = { lines, plan, symbols: buildOutline(plan, lines), folds: planFoldingRanges(plan, lines), targets, outline, read, webPage: analysis.page !== undefined };
      yield parse;
    } else yield undefined;
  }
}
