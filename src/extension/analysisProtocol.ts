import { vocabularyOf } from '../core/checks/checkDraft';
import { lintDraft, type LintResult } from '../core/checks/lintDraft';
import type { ParsedPlan } from '../core/model';
import { outlinePlan, type PlanOutline } from '../core/outline/planOutline';
import type { Settings } from '../core/settings';
import { parsePlan } from '../core/structure/parsePlan';
import { docxText, type DocxText } from '../core/userCorpus/docxText';

/** The analyses that run off the extension host's thread, and what each returns. */
export interface Analyses {
  lint: { input: { text: string; settings: Settings }; result: LintResult };
  outline: { input: { text: string; settings: Settings }; result: PlanOutline };
  /** The parsed draft a hover looks its clause up in. */
  plan: { input: { text: string; settings: Settings }; result: ParsedPlan };
  /** A Word file's text: mammoth reads a document in one go, for up to a second on a long one. */
  docx: { input: { bytes: Uint8Array }; result: DocxText };
}

export type AnalysisKind = keyof Analyses;

export type AnalysisRequest = { [K in AnalysisKind]: { id: number; kind: K; input: Analyses[K]['input'] } }[AnalysisKind];

export type AnalysisResponse = { id: number; result: Analyses[AnalysisKind]['result'] } | { id: number; error: string };

/** Computes one analysis; the worker and the inline fallback both call this, so they cannot differ. */
export function analyse<K extends AnalysisKind>(kind: K, input: Analyses[K]['input']): Analyses[K]['result'] | Promise<Analyses[K]['result']>;
export function analyse(kind: AnalysisKind, input: Analyses[AnalysisKind]['input']): Analyses[AnalysisKind]['result'] | Promise<DocxText> {
  switch (kind) {
    case 'docx':
      return docxText((input as Analyses['docx']['input']).bytes);
    case 'lint': {
      const { text, settings } = input as Analyses['lint']['input'];
      return lintDraft(text, settings);
    }
    case 'outline': {
      const { text, settings } = input as Analyses['outline']['input'];
      return outlinePlan(text, planOf(text, settings));
    }
    case 'plan': {
      const { text, settings } = input as Analyses['plan']['input'];
      return planOf(text, settings);
    }
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
