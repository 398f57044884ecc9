import type { ParsedPlan, PlanPeriod, PlanTable, UnitAssignment } from '../model';
import { collectTargets, type TargetStatement } from '../targets/targetStatements';
import { matchRows, readDecompositionRows, type RowAssignment } from '../units/decompositionTable';
import { findInlineUnits } from '../units/inlineUnits';
import { findTaskClauses, isTaskClause } from '../units/taskClauses';
import { findDraftYear } from '../structure/draftDate';
import { joinedLine } from '../structure/hardWrap';
import type { SourceLine } from '../structure/lines';
import { buildOutline, type Outline, type OutlineNode } from '../structure/outline';
import { findPlanPeriod } from '../structure/planPeriod';
import { defaultVocabulary, type PlanVocabulary } from '../structure/vocabulary';
import { planInSource, positionMap, type PageSource, type PositionMap } from './sourcePlan';

/**
 * Everything the core reads from a plan in one pass: the outline, the task clauses with their
 * responsible units (inline or from a 任务分解表), and the target statements with their quantities.
 * The checks use this; everyone else uses the plain `ParsedPlan` in it.
 */
export interface PlanAnalysis {
  plan: ParsedPlan;
  outline: Outline;
  tasks: OutlineNode[];
  targets: TargetStatement[];
  /** The rows of the draft's 任务分解表, and the clause each row was matched to. */
  decomposition: { rows: RowAssignment[]; matched: Map<OutlineNode, RowAssignment> };
  /** The plan period the draft states, found once (front matter, title, or a sentence). */
  period?: PlanPeriod;
  /** The year the document was issued or dated, when it says so. */
  year?: number;
  /**
   * Where a position of the outline is in the document, when a clause glued mid-line was read as a
   * line of its own (see structure/inlineNumbering); absent when the lines are the document's own.
   * `plan` is already in the document's positions; the outline, tasks and targets are not.
   */
  toSource?: PositionMap;
  /** Present when the plan is a web page's text: positions map into the page, and no fix may edit it. */
  page?: PageSource;
}

/**
 * The units written on a clause's first line, read on as far as a hard wrap carries it (an
 * annotation cut as `（责任单位：市交` / `通局）`), with their ranges where they are in the document.
 */
function unitsOnFirstLine(lines: readonly SourceLine[], index: number, from: number, vocabulary: PlanVocabulary): UnitAssignment[] {
  const line = lines[index]!;
  const joined = joinedLine(lines, index);
  if (joined.lastIndex === index) return findInlineUnits(line, from, vocabulary);
  return findInlineUnits({ ...line, text: joined.text, folded: joined.folded }, from, vocabulary).map((unit) => {
    const last = joined.positionAt(Math.max(unit.range.start.column, unit.range.end.column - 1));
    return { ...unit, range: { start: joined.positionAt(unit.range.start.column), end: { line: last.line, column: last.column + 1 } } };
  });
}

function sourceLineCount(outline: Outline): number {
  const last = outline.lines[outline.lines.length - 1];
  return last?.source ? last.source.line + 1 : outline.lines.length;
}

/**
 * @param page when `text` is a web page's text: the way back into the page, composed with the map
 *   of any line the parser cut out of a longer one
 */
export function analysePlan(text: string, vocabulary: PlanVocabulary = defaultVocabulary, page?: PageSource): PlanAnalysis {
  const outline = buildOutline(text);
  for (const node of outline.nodes) node.clause.units = unitsOnFirstLine(outline.lines, node.startLine, node.textStart, vocabulary);
  const tasks = findTaskClauses(outline.nodes, vocabulary);
  const rows = readDecompositionRows(outline, vocabulary);
  const matches = matchRows(tasks, rows);
  // Rows left over may belong to clauses that are tasks but for an exclusion keyword
  // (`（六）夯实人才智力保障` under 重点任务): they keep their units, for precedents to show.
  const taken = new Set(matches.values());
  const isTask = new Set(tasks);
  const excluded = outline.nodes.filter((node) => !isTask.has(node) && isTaskClause(node, vocabulary, true));
  const more = matchRows(
    excluded,
    rows.filter((row) => !taken.has(row)),
  );
  const matched = new Map([...matches, ...more]);
  for (const [node, row] of matched) if (!row.unitless) node.clause.units.push(row.assignment);
  const targets = collectTargets(outline, vocabulary);

  const tables: PlanTable[] = outline.tables.map((table) => {
    const planTable: PlanTable = {
      path: table.headings,
      header: table.header,
      rows: table.rows,
      rowLines: table.rowLines,
      range: { start: { line: table.startLine, column: 0 }, end: { line: table.endLine, column: outline.lines[table.endLine]?.text.length ?? 0 } },
    };
    if (table.caption !== undefined) planTable.caption = table.caption;
    return planTable;
  });
  const read: ParsedPlan = { clauses: outline.roots.map((node) => node.clause), tables, lineCount: outline.lines.length };
  const period = findPlanPeriod(outline.lines);
  if (period) read.period = period;
  const year = findDraftYear(outline.lines);
  const cut = positionMap(outline.lines);
  const toSource: PositionMap | undefined = page ? (cut ? (position) => page.toDocument(cut(position)) : page.toDocument) : cut;
  const plan = toSource ? planInSource(read, toSource, page?.lineCount ?? sourceLineCount(outline)) : read;
  return {
    plan,
    outline,
    tasks,
    targets,
    decomposition: { rows, matched },
    ...(period ? { period } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(toSource ? { toSource } : {}),
    ...(page ? { page } : {}),
  };
}

/**
 * Parses a plan (Markdown or plain text, with or without `#` markers) into its parts, sections,
 * items, lead-dash items and paragraphs, with responsible units and targets on each clause.
 * @param vocabulary word lists; the spec's defaults unless settings extend them
 * @example parsePlan('三、重点任务\n1. 建设智能算力中心。…（责任单位：市数据局）').clauses[0].children[0].units
 */
export function parsePlan(text: string, vocabulary: PlanVocabulary = defaultVocabulary): ParsedPlan {
  return analysePlan(text, vocabulary).plan;
}
