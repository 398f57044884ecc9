import { allClauses } from '../corpus/corpusIndex';
import type { ParsedPlan, Position, Range, Target } from '../model';
import { before, ownText, slice } from './ownText';

/**
 * The clause of a draft under the cursor, as a hover compares it: the clause's own text (see
 * `ownText`, the same cut as corpus clauses), its range and its targets. A table row counts as a
 * clause; a heading alone does not.
 */

export interface DraftClause {
  text: string;
  /**
   * What to search with: the text without its responsible-unit annotations (`（责任单位：…）`), which
   * say who does the task, not what it is, and would pull in precedents naming the same bureau.
   */
  query: string;
  range: Range;
  targets: Target[];
}

const minLength = 6;

export function draftClauseAt(lines: readonly string[], plan: ParsedPlan, at: Position): DraftClause | undefined {
  // A clause's range runs on over a table that follows it; a row under the cursor is the clause.
  for (const table of plan.tables) {
    if (at.line <= table.range.start.line + 1 || at.line > table.range.end.line) continue;
    // The parser's cells of the row: a separator line is no row, and a hovered row reads as parsed.
    const row = table.rows[table.rowLines.indexOf(at.line)] ?? [];
    const text = row.filter((cell) => cell !== '').join('　');
    const length = lines[at.line]?.length ?? 0;
    return text.length >= minLength ? { text, query: text, range: { start: { line: at.line, column: 0 }, end: { line: at.line, column: length } }, targets: [] } : undefined;
  }
  let best: DraftClause | undefined;
  for (const clause of allClauses(plan)) {
    // A clause's own text starts where it starts and ends by its first child: skip the others unread.
    const child = clause.children[0]?.range.start;
    const reach = child && before(clause.range.end, child) ? child : clause.range.end;
    if (before(at, clause.range.start) || before(reach, at)) continue;
    const own = ownText(lines, clause, plan.tables);
    if (!own || !contains(own.range, at)) continue;
    // Depth first, parents before children: a later match is the deeper clause.
    const units = clause.units.filter((u) => u.form !== 'table').map((u) => u.range);
    const query = slice(lines, own.range, units).trim();
    best = { text: own.text, query: query.length >= minLength ? query : own.text, range: own.range, targets: clause.targets.filter((t) => before(t.range.start, own.range.end)) };
  }
  return best;
}

function contains(range: Range, at: Position): boolean {
  return !before(at, range.start) && (before(at, range.end) || (at.line === range.end.line && at.column === range.end.column));
}
