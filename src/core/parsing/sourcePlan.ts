import type { Clause, ParsedPlan, Position, Range } from '../model';
import { hasCutLines, sourcePosition, type SourceLine } from '../structure/lines';

/**
 * A plan read from lines cut out of longer ones (a clause glued mid-line, text whose line breaks
 * were lost) has its positions in the lines as read. Everyone outside the analysis works in the
 * document as written: these map the ranges back. For any other document they are the identity.
 */
export type PositionMap = (position: Position) => Position;

/**
 * A document read through another text: a web page, whose text the checks read (see
 * analysis/draftText). `toDocument` maps a position in that text to the page as written.
 */
export interface PageSource {
  toDocument: PositionMap;
  /** The page's own line count. */
  lineCount: number;
}

/** The map from the lines as read to the document, or undefined when no line was cut. */
export function positionMap(lines: readonly SourceLine[]): PositionMap | undefined {
  return hasCutLines(lines) ? (position) => sourcePosition(lines, position) : undefined;
}

export function mapRange(range: Range, map: PositionMap): Range {
  return { start: map(range.start), end: map(range.end) };
}

function mapClause(clause: Clause, map: PositionMap): Clause {
  const out: Clause = {
    ...clause,
    range: mapRange(clause.range, map),
    units: clause.units.map((unit) => ({ ...unit, range: mapRange(unit.range, map) })),
    targets: clause.targets.map((target) => ({ ...target, range: mapRange(target.range, map) })),
    children: clause.children.map((child) => mapClause(child, map)),
  };
  if (clause.runIn) out.runIn = clause.runIn.map((piece) => ({ ...piece, range: mapRange(piece.range, map) }));
  return out;
}

/** A copy of the plan with every range in the document as written. */
export function planInSource(plan: ParsedPlan, map: PositionMap, lineCount: number): ParsedPlan {
  const out: ParsedPlan = {
    ...plan,
    clauses: plan.clauses.map((clause) => mapClause(clause, map)),
    tables: plan.tables.map((table) => ({ ...table, range: mapRange(table.range, map) })),
    lineCount,
  };
  if (plan.period) out.period = { ...plan.period, line: map({ line: plan.period.line, column: 0 }).line };
  return out;
}
