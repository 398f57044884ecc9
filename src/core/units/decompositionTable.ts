import type { UnitAssignment } from '../model';
import { numberValue } from '../structure/chineseNumerals';
import type { Outline, OutlineNode, OutlineTable } from '../structure/outline';
import type { PlanVocabulary } from '../structure/vocabulary';
import { isNamedMember, splitMembers } from './bodies';
import { decompositionWords } from './taskClauses';

/**
 * Task decomposition tables (任务分解表, 责任分工): a table under a heading, or after a caption,
 * naming 任务分解 / 分工, with a column of responsible units. Each row assigns units to the task
 * with the same number, or whose title the row's task text contains (or that contains it).
 */
export interface RowAssignment {
  /** The row's number (序号), Chinese numerals converted. */
  number?: number;
  /** The row's other cells, keyed for matching (punctuation and blanks removed). */
  taskKey: string;
  assignment: UnitAssignment;
  /**
   * A row naming a task but no unit (`| 8 | 开展数字素养提升行动 |  |  |`): it still stands for its task
   * in the table, so the task is not missing from it, but it assigns nothing.
   */
  unitless?: true;
}

/** Header words of a column of responsible units. */
export const unitColumnWords = ['单位', '部门', '处室', '责任主体'];
const supportColumnWords = ['配合', '协办', '参与'];
const numberColumnWords = ['序号', '编号'];

/** Text reduced for matching: no punctuation, symbols or blanks. */
export function matchKey(text: string): string {
  return text.replace(/[\p{P}\p{S}\s]/gu, '');
}

function isDecompositionTable(table: OutlineTable): boolean {
  const context = [...table.headings, table.caption ?? '', table.header.join(' ')];
  return context.some((text) => decompositionWords.some((word) => text.includes(word)));
}

function rowsOf(table: OutlineTable, outline: Outline, vocabulary: PlanVocabulary): RowAssignment[] {
  const unitColumns = table.header.flatMap((cell, index) => (unitColumnWords.some((w) => cell.includes(w)) ? [index] : []));
  if (unitColumns.length === 0 || !isDecompositionTable(table)) return [];
  let numberColumn = table.header.findIndex((cell) => numberColumnWords.some((w) => cell.includes(w)) || cell === '序' || cell === '号');
  if (numberColumn < 0 && table.rows.filter((row) => numberValue(row[0] ?? '') !== undefined).length * 2 > table.rows.length) numberColumn = 0;
  const rows: RowAssignment[] = [];
  table.rows.forEach((row, index) => {
    // A row repeating the header (`| 1 | 重点任务 | 具体工作 | 责任部门 |` under `| 序号 | 重点任务 | 具体工作 | 责任部门 |`)
    // is a template's row left unfilled: it stands for no task.
    if (row.every((cell, column) => column === numberColumn || matchKey(cell) === matchKey(table.header[column] ?? ''))) return;
    const lead: string[] = [];
    const support: string[] = [];
    for (const column of unitColumns) {
      const members = splitMembers(row[column] ?? '').filter((member) => isNamedMember(member, vocabulary));
      (supportColumnWords.some((w) => table.header[column]?.includes(w)) ? support : lead).push(...members);
    }
    const lineIndex = table.rowLines[index];
    if (lineIndex === undefined) return; // rows and their lines are read together: never
    const taskKey = matchKey(row.filter((_, column) => column !== numberColumn && !unitColumns.includes(column)).join(''));
    const unitless = lead.length === 0 && support.length === 0;
    if (unitless && taskKey.length < minimumKeyLength) return; // an empty row
    const assignment: UnitAssignment = {
      form: 'table',
      lead: lead.length > 0 ? lead : support,
      support: lead.length > 0 ? support : [],
      range: { start: { line: lineIndex, column: 0 }, end: { line: lineIndex, column: outline.lines[lineIndex]?.text.length ?? 0 } },
    };
    const rowNumber = numberColumn >= 0 ? numberValue(row[numberColumn] ?? '') : undefined;
    const read: RowAssignment = rowNumber === undefined ? { taskKey, assignment } : { number: rowNumber, taskKey, assignment };
    if (unitless) read.unitless = true;
    rows.push(read);
  });
  return rows;
}

/** A decomposition written as a list: items under a 分工 heading that carry units. */
function listRows(outline: Outline): RowAssignment[] {
  return outline.nodes
    .filter((node) => node.clause.kind === 'item' && node.headings.some((h) => decompositionWords.some((w) => h.includes(w))))
    .flatMap((node) => {
      const assignment = node.clause.units[0];
      if (!assignment) return [];
      const rowNumber = node.clause.number === undefined ? undefined : numberValue(node.clause.number);
      const taskKey = matchKey(node.clause.title ?? node.clause.text);
      return [rowNumber === undefined ? { taskKey, assignment } : { number: rowNumber, taskKey, assignment }];
    });
}

export function readDecompositionRows(outline: Outline, vocabulary: PlanVocabulary): RowAssignment[] {
  return [...outline.tables.flatMap((table) => rowsOf(table, outline, vocabulary)), ...listRows(outline)];
}

/** Shortest title or row text trusted for matching by containment. */
const minimumKeyLength = 4;

/** Past this many tasks a numbered row is not compared with every title (it stays linear). */
const maxTasksCompared = 2000;

/**
 * Assigns rows to task clauses. A number matches only when no other task clause carries the same
 * number (numbering restarts in each section of some plans); otherwise only titles match. A
 * table's 序号 numbers the outer items: a `（1）` under a `1.` matches by title only, and its
 * number does not count as another task's.
 */
export function matchRows(tasks: readonly OutlineNode[], rows: readonly RowAssignment[]): Map<OutlineNode, RowAssignment> {
  const numberOf = (node: OutlineNode) => (node.clause.number === undefined || hasItemAncestor(node) ? undefined : numberValue(node.clause.number));
  const counts = new Map<number, number>();
  for (const task of tasks) {
    const value = numberOf(task);
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  // Rows that assign units are matched first; a row without units (a group row, or a task the
  // table lists without units) only takes a task no other row does.
  const ordered = [...rows.filter((row) => !row.unitless), ...rows.filter((row) => row.unitless)];
  const byNumber = new Map<number, RowAssignment>();
  for (const row of ordered) if (row.number !== undefined && !byNumber.has(row.number)) byNumber.set(row.number, row);

  const titleOf = (node: OutlineNode) => matchKey(node.clause.title ?? '');
  const names = (row: RowAssignment, node: OutlineNode) => {
    const title = titleOf(node);
    return title.length >= minimumKeyLength && row.taskKey.includes(title);
  };
  // A row numbered as the task but naming another task's title is that other task's row: a table
  // numbering its tasks 1 … n beside a text numbering them again in each section (`（四）` ≠ row 4).
  const namesAnother = (row: RowAssignment, task: OutlineNode) =>
    !names(row, task) && tasks.length <= maxTasksCompared && tasks.some((other) => other !== task && names(row, other));

  const matches = new Map<OutlineNode, RowAssignment>();
  for (const task of tasks) {
    const value = numberOf(task);
    const numbered = value !== undefined && counts.get(value) === 1 ? byNumber.get(value) : undefined;
    if (numbered && !namesAnother(numbered, task)) {
      matches.set(task, numbered);
      continue;
    }
    const title = matchKey(task.clause.title ?? '');
    if (title.length < minimumKeyLength) continue;
    const titled = ordered.find((row) => row.taskKey.length > 0 && (row.taskKey.includes(title) || (row.taskKey.length >= minimumKeyLength && title.includes(row.taskKey))));
    if (titled) matches.set(task, titled);
  }
  return matches;
}

function hasItemAncestor(node: OutlineNode): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) if (parent.clause.kind === 'item') return true;
  return false;
}
