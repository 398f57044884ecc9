import type { Clause, PlanTable, Position, Range } from '../model';
import { keepsUnits } from './normalizeKey';

/**
 * A clause's own text: from its start to its first child (or to a table that follows it, whose
 * rows are clauses of their own), without the Markdown marker (`###`, `-`) of the line the child
 * starts on. A clause's range runs over its children, so this is what a precedent or a hovered
 * draft clause is, and a heading whose own text is only its title is not one.
 */

export interface OwnText {
  text: string;
  range: Range;
}

/** Folded own texts shorter than this are headings or fragments, not clauses to compare. */
const minLength = 6;

export function ownText(lines: readonly string[], clause: Clause, tables: readonly PlanTable[]): OwnText | undefined {
  const childStart = clause.children[0]?.range.start ?? clause.range.end;
  const tableStart = tables.map((t) => t.range.start).find((start) => before(clause.range.start, start) && before(start, clause.range.end));
  let end = tableStart && before(tableStart, childStart) ? tableStart : childStart;
  // A child on its own line, after only its marker: the parent ends at that line's start.
  if (end.line > clause.range.start.line && /^[\s#>*+-]*$/.test((lines[end.line] ?? '').slice(0, end.column))) end = { line: end.line, column: 0 };
  const range = { start: clause.range.start, end };
  const text = slice(lines, range).trim();
  if (!keepsUnits(text, minLength)) return undefined;
  // A part or section that says no sentence is only a heading (`二、重点任务`, `（一）加强组织领导`).
  if ((clause.kind === 'part' || clause.kind === 'section') && !/[。；！？]/.test(text)) return undefined;
  return { text, range };
}

export function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/** The text of `range`, leaving out the parts inside any of `except` (ranges on single lines). */
export function slice(lines: readonly string[], { start, end }: Range, except: readonly Range[] = []): string {
  const out: string[] = [];
  for (let line = start.line; line <= end.line && line < lines.length; line++) {
    const text = lines[line]!;
    const from = line === start.line ? start.column : 0;
    const to = line === end.line ? end.column : text.length;
    let kept = '';
    let at = from;
    for (const cut of except.filter((r) => r.start.line === line && r.end.line === line).sort((a, b) => a.start.column - b.start.column)) {
      if (cut.start.column < at || cut.end.column > to) continue;
      kept += text.slice(at, cut.start.column);
      at = cut.end.column;
    }
    out.push(kept + text.slice(at, to));
  }
  return out.join('\n');
}
