import { lintDraft, type LintResult } from '../core/checks/lintDraft';
import { outlinePlan, type PlanOutline } from '../core/outline/planOutline';
import type { Settings } from '../core/settings';

/** The analyses that run off the extension host's thread, and what each returns. */
export interface Analyses {
  lint: { input: { text: string; settings: Settings }; result: LintResult };
  outline: { input: { text: string }; result: PlanOutline };
}

export type AnalysisKind = keyof Analyses;

export type AnalysisRequest = { [K in AnalysisKind]: { id: number; kind: K; input: Analyses[K]['input'] } }[AnalysisKind];

export type AnalysisResponse = { id: number; result: Analyses[AnalysisKind]['result'] } | { id: number; error: string };

/** Computes one analysis; the worker and the inline fallback both call this, so they cannot differ. */
export function analyse<K extends AnalysisKind>(kind: K, input: Analyses[K]['input']): Analyses[K]['result'];
export function analyse(kind: AnalysisKind, input: Analyses[AnalysisKind]['input']): Analyses[AnalysisKind]['result'] {
  return kind === 'lint' ? lintDraft(input.text, (input as Analyses['lint']['input']).settings) : outlinePlan(input.text);
}
