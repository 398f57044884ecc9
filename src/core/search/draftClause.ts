import { allClauses } from '../corpus/corpusIndex';
import type { ParsedPlan, Position, Range, Target } from '../model';

/**
 * The clause of a draft under the cursor, as a hover compares it: the clause's own text (up to its
 * first child, as corpus clauses are indexed), its range and its targets. A table row counts as a
 * clause. Headings alone (shorter than a sentence) are not clauses to compare.
 */

export interface DraftClause {
  text: string;
  range: Range;
  targets: Target[];
}

const minLength = 6;

export function draftClauseAt(lines: readonly string[], plan: ParsedPlan, at: Position): DraftClause | undefined {
  let best: DraftClause | undefined;
  for (const clause of allClauses(plan)) {
    const end = clause.children[0]?.range.start ?? clause.range.end;
    const range = { start: clause.range.start, end };
    if (!contains(range, at)) continue;
    const text = slice(lines, range).trim();
    if (text.length < minLength) continue;
    // Depth first, parents before children: a later match is the deeper clause.
    best = { text, range, targets: clause.targets.filter((t) => before(t.range.start, end)) };
  }
  if (best) return best;
  for (const table of plan.tables) {
    if (at.line <= table.range.start.line + 1 || at.line > table.range.end.line) continue;
    const text = (lines[at.line] ?? '').split('|').map((cell) => cell.trim()).filter((cell) => cell !== '').join('　');
    if (text.length >= minLength) return { text, range: { start: { line: at.line, column: 0 }, end: { line: at.line, column: (lines[at.line] ?? '').length } }, targets: [] };
  }
  return undefined;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

function contains(range: Range, at: Position): boolean {
  return !before(at, range.start) && (before(at, range.end) || (at.line === range.end.line && at.column === range.end.column));
}

function slice(lines: readonly string[], { start, end }: Range): string {
  const out: string[] = [];
  for (let line = start.line; line <= end.line && line < lines.length; line++) {
    const text = lines[line]!;
    out.push(text.slice(line === start.line ? start.column : 0, line === end.line ? end.column : text.length));
  }
  return out.join('\n');
}
