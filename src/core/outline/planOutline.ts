import { parsePlan } from '../structure/parsePlan';
import { planFoldingRanges, type LineSpan } from './foldingRanges';
import { buildOutline, type OutlineNode } from './outlineTree';

/** What the Outline view and folding need of one document version, computed in one parse. */
export interface PlanOutline {
  symbols: OutlineNode[];
  folds: LineSpan[];
}

/** Parses `text` once and derives both the outline tree and the folding spans from it. */
export function outlinePlan(text: string): PlanOutline {
  const plan = parsePlan(text);
  const lines = text.split(/\r?\n/);
  return { symbols: buildOutline(plan, lines), folds: planFoldingRanges(plan, lines) };
}
