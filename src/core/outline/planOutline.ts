import type { ParsedPlan } from '../model';
import { splitLines } from '../text/lines';
import { parsePlan } from '../parsing/parsePlan';
import { planFoldingRanges, type LineSpan } from './foldingRanges';
import { buildOutline, type OutlineNode } from './outlineTree';

/** What the Outline view and folding need of one document version, computed in one parse. */
export interface PlanOutline {
  symbols: OutlineNode[];
  folds: LineSpan[];
}

/** Derives both the outline tree and the folding spans from one parse of `text` (given, or made here). */
export function outlinePlan(text: string, plan: ParsedPlan = parsePlan(text)): PlanOutline {
  const lines = splitLines(text);
  return { symbols: buildOutline(plan, lines), folds: planFoldingRanges(plan, lines) };
}
