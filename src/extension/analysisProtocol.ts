import { vocabularyOf } from '../core/checks/checkDraft';
import { lintDraft, type LintResult } from '../core/checks/lintDraft';
import type { ParsedPlan } from '../core/model';
import { outlinePlan, type PlanOutline } from '../core/outline/planOutline';
import type { Settings } from '../core/settings';
import { parsePlan } from '../core/structure/parsePlan';

/** The analyses that run off the extension host's thread, and what each returns. */
export interface Analyses {
  lint: { input: { text: string; settings: Settings }; result: LintResult };
  outline: { input: { text: string; settings: Settings }; result: PlanOutline };
  /** The parsed draft a hover looks its clause up in. */
  plan: { input: { text: string; settings: Settings }; result: ParsedPlan };
}

export type AnalysisKind = keyof Analyses;

export type AnalysisRequest = { [K in AnalysisKind]: { id: number; kind: K; input: Analyses[K]['input'] } }[AnalysisKind];

export type AnalysisResponse = { id: number; result: Analyses[AnalysisKind]['result'] } | { id: number; error: string };

/** Computes one analysis; the worker and the inline fallback both call this, so they cannot differ. */
export function analyse<K extends AnalysisKind>(kind: K, input: Analyses[K]['input']): Analyses[K]['result'];
export function analyse(kind: AnalysisKind, input: Analyses[AnalysisKind]['input']): Analyses[AnalysisKind]['result'] {
  switch (kind) {
    case 'lint':
      return lintDraft(input.text, (input as Analyses['lint']['input']).settings);
    case 'outline':
      return outlinePlan(input.text, planOf(input.text, (input as Analyses['outline']['input']).settings));
    case 'plan':
      return planOf(input.text, (input as Analyses['plan']['input']).settings);
  }
}

let lastParse: { text: string; vocabulary: string; plan: ParsedPlan } | undefined;

/** The outline and the hover ask for the same document version one after the other: parse it once. */
function planOf(text: string, settings: Settings): ParsedPlan {
  const vocabulary = vocabularyOf(settings);
  const key = JSON.stringify(vocabulary);
  if (lastParse?.text !== text || lastParse.vocabulary !== key) lastParse = { text, vocabulary: key, plan: parsePlan(text, vocabulary) };
  return lastParse.plan;
}
