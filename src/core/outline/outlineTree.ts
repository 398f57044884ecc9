import type { Clause, ClauseKind, ParsedPlan, PlanPeriod, PlanTable, Range } from '../model';
import { formatPeriod, periodSourceName } from '../structure/planPeriod';

/**
 * The plan's hierarchy as the Outline view and breadcrumbs show it: parts, sections, items and
 * —— lines with their numbers and titles, tables where they stand. Built from the parsed plan, so it
 * does not depend on Markdown `#` markers: a plan typed as plain numbered text gets the same tree.
 */

export type OutlineKind = Exclude<ClauseKind, 'paragraph'> | 'table' | 'period';

export interface OutlineNode {
  /** Number as written plus title, e.g. `（一）指导思想`, `1. 强化前沿基础研究`. */
  name: string;
  /** The lead responsible units, when the clause names any; empty otherwise. */
  detail: string;
  kind: OutlineKind;
  range: Range;
  /** The clause's first line: where the cursor goes when the entry is picked. */
  selectionRange: Range;
  children: OutlineNode[];
}

/** Longest name shown; a title that runs on (no `。` for a while) is cut here. */
const MAX_NAME_LENGTH = 40;

/**
 * Maps the clause tree to outline nodes. `lines` are the document's lines, used to find where the
 * first line of a clause ends. Paragraphs are not listed: they have no number or title to show.
 */
export function buildOutline(plan: ParsedPlan, lines: readonly string[]): OutlineNode[] {
  const roots = plan.clauses.flatMap((clause) => fromClause(clause, lines));
  for (const table of plan.tables) place(roots, fromTable(table, lines));
  return plan.period ? [fromPeriod(plan.period, lines), ...roots] : roots;
}

/**
 * The plan period heads the outline, so the drafter sees what the year checks assume and where it
 * was read; picking it goes to that line.
 */
function fromPeriod(period: PlanPeriod, lines: readonly string[]): OutlineNode {
  const name = `规划期 ${formatPeriod(period)}`;
  const range = { start: { line: period.line, column: 0 }, end: { line: period.line, column: lines[period.line]?.length ?? 0 } };
  return { name, detail: `据${periodSourceName(period)}`, kind: 'period', range, selectionRange: range, children: [] };
}

function fromClause(clause: Clause, lines: readonly string[]): OutlineNode[] {
  const children = clause.children.flatMap((child) => fromClause(child, lines));
  if (clause.kind === 'paragraph') return children;
  return [
    {
      name: clauseName(clause, lines),
      detail: [...new Set(clause.units.flatMap((unit) => unit.lead))].join('、'),
      kind: clause.kind,
      range: clause.range,
      selectionRange: firstLine(clause.range, lines),
      children,
    },
  ];
}

/** `number + title` as written in the document; the first words of the line when there is no title. */
function clauseName(clause: Pick<Clause, 'title' | 'range' | 'text'>, lines: readonly string[]): string {
  const line = stripMarkdown(lines[clause.range.start.line] ?? clause.text.split('\n')[0] ?? '');
  const title = clause.title?.trim().replace(/。$/, '');
  if (!title) return truncate(line);
  const at = line.indexOf(title);
  if (at < 0) return truncate(title);
  // The number keeps the punctuation it was written with (`一、`, `（一）`, `1.`, `——`).
  const number = line.slice(0, at).trim();
  return truncate(`${number}${number.endsWith('.') ? ' ' : ''}${title}`);
}

/** Drops Markdown heading marks, list bullets and emphasis around a heading line. */
function stripMarkdown(line: string): string {
  let i = 0;
  while (line[i] === '#' || line[i] === ' ' || line[i] === '\t' || line[i] === '>') i += 1;
  return line.slice(i).replace(/\*\*/g, '').trim();
}

function truncate(name: string): string {
  const chars = [...name];
  return chars.length > MAX_NAME_LENGTH ? `${chars.slice(0, MAX_NAME_LENGTH - 1).join('')}…` : name;
}

function firstLine(range: Range, lines: readonly string[]): Range {
  const line = range.start.line;
  const end = range.end.line === line ? range.end.column : (lines[line] ?? '').length;
  return { start: range.start, end: { line, column: Math.max(end, range.start.column) } };
}

function fromTable(table: PlanTable, lines: readonly string[]): OutlineNode {
  const name = tableCaption(table) ?? `表格：${table.header.filter(Boolean).slice(0, 3).join('、')}`;
  return { name: truncate(name), detail: `${table.rows.length} 行`, kind: 'table', range: table.range, selectionRange: firstLine(table.range, lines), children: [] };
}

/** The table's caption (`附件：重点任务分解表`), else an enclosing heading about 分工. */
function tableCaption(table: PlanTable): string | undefined {
  if (table.caption) return stripMarkdown(table.caption);
  return [...table.path].reverse().find((heading) => /任务分解|分工/.test(heading));
}

const before = (a: Range, b: Range): boolean => a.start.line < b.start.line || (a.start.line === b.start.line && a.start.column < b.start.column);

const contains = (outer: Range, inner: Range): boolean =>
  (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.column <= inner.start.column)) &&
  (outer.end.line > inner.start.line || (outer.end.line === inner.start.line && outer.end.column >= inner.start.column));

/** Puts a table under the innermost node whose range holds it, in document order. */
function place(nodes: OutlineNode[], table: OutlineNode): void {
  const parent = nodes.find((node) => node.kind !== 'table' && contains(node.range, table.range));
  if (parent) {
    place(parent.children, table);
    return;
  }
  const at = nodes.findIndex((node) => before(table.range, node.range));
  nodes.splice(at < 0 ? nodes.length : at, 0, table);
}
