import type { Clause, ParsedPlan } from '../model';

/**
 * Folding by the plan's structure: each part, section, item or —— line that spans more than one
 * line folds to its first line, and so does each table. Trailing blank lines stay visible, so a
 * folded clause does not swallow the gap before the next one.
 */

/** 0-based lines; the first stays visible when folded. */
export interface LineSpan {
  start: number;
  end: number;
}

export function planFoldingRanges(plan: ParsedPlan, lines: readonly string[]): LineSpan[] {
  const spans: LineSpan[] = [];
  const add = (start: number, end: number): void => {
    let last = Math.min(end, lines.length - 1);
    while (last > start && (lines[last] ?? '').trim() === '') last -= 1;
    if (last > start) spans.push({ start, end: last });
  };
  const walk = (clause: Clause): void => {
    if (clause.kind !== 'paragraph') add(clause.range.start.line, lastLine(clause));
    clause.children.forEach(walk);
  };
  plan.clauses.forEach(walk);
  for (const table of plan.tables) add(table.range.start.line, table.range.end.line);
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A range ending at column 0 ends on the line before: that line break belongs to the clause. */
function lastLine(clause: Clause): number {
  const { end, start } = clause.range;
  return end.column === 0 && end.line > start.line ? end.line - 1 : end.line;
}
