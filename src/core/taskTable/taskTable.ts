import type { Range } from '../model';
import { analysePlan } from '../parsing/parsePlan';
import type { OutlineTable } from '../structure/outline';
import type { PlanVocabulary } from '../structure/vocabulary';
import { toSimplifiedInPlace } from '../text/simplify';
import { decompositionWords } from '../units/taskClauses';
import { unitColumnWords } from '../units/decompositionTable';
import { taskTableRows, type TaskRow } from './taskTableRows';

/**
 * The 任务分解表 put into the draft as one text edit: it replaces the draft's own 任务分解表 where
 * there is one, else it goes at the end under a `附件 任务分解表` heading. The table is written the
 * way the checks read a 任务分解表 (a 序号 column, a 重点任务 column holding each title, 牵头单位 and
 * 配合单位 columns), so putting it back leaves every task matched to its own row.
 */
export interface TaskTableEdit {
  rows: TaskRow[];
  /** Replace this range (0-based lines, UTF-16 columns) with `text`. */
  range: Range;
  text: string;
  /** Whether an existing 任务分解表 is replaced (else one is added). */
  replaced: boolean;
}

export const taskTableHeader = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'] as const;

/** The heading the table is put under when the draft has none. */
export const taskTableHeading = '附件 任务分解表';

/** A cell's text with the characters that would break a Markdown table escaped or folded. */
function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');
}

/** The table as Markdown lines. */
export function taskTableMarkdown(rows: readonly TaskRow[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [
    line(taskTableHeader),
    line(taskTableHeader.map(() => '---')),
    ...rows.map((row) => line([String(row.number), row.title, row.lead.join('、'), row.partners.join('、'), row.deadline])),
  ];
}

function isTaskTable(table: OutlineTable): boolean {
  const context = [...table.headings, table.caption ?? '', table.header.join(' ')];
  return context.some((text) => decompositionWords.some((word) => text.includes(word))) && table.header.some((h) => unitColumnWords.some((w) => h.includes(w)));
}

/** The `#` level of the draft's part headings (`## 一、…`), so the added heading sits beside them. */
function partHeadingMarks(lines: readonly { text: string }[]): string {
  for (const { text } of lines) {
    const match = /^(#{1,6})\s+[一二三四五六七八九十]+、/.exec(text);
    if (match?.[1]) return match[1];
  }
  return '##';
}

/**
 * Builds the 任务分解表 of a draft and the edit that puts it in.
 * @param markdown whether the draft is Markdown (a plain-text draft gets its heading without `#`)
 */
export function taskTableEdit(text: string, vocabulary: PlanVocabulary, markdown: boolean): TaskTableEdit {
  const analysis = analysePlan(toSimplifiedInPlace(text), vocabulary);
  const rows = taskTableRows(analysis);
  const table = taskTableMarkdown(rows);
  const { lines } = analysis.outline;
  const existing = analysis.outline.tables.find(isTaskTable);
  const newline = /\r\n/.test(text) ? '\r\n' : '\n';
  if (existing) {
    return {
      rows,
      range: { start: { line: existing.startLine, column: 0 }, end: { line: existing.endLine, column: lines[existing.endLine]?.text.length ?? 0 } },
      text: table.join(newline),
      replaced: true,
    };
  }
  // A text has at least one line, if only an empty one.
  const lastLine = lines.at(-1) ?? { index: 0, text: '' };
  const end = { line: lastLine.index, column: lastLine.text.length };
  const heading = markdown ? `${partHeadingMarks(lines)} ${taskTableHeading}` : taskTableHeading;
  // Blank lines keep the heading and the table apart from the text before them.
  const lead = lastLine.text.trim() === '' ? (lines[lines.length - 2]?.text.trim() === '' || lines.length === 1 ? '' : newline) : newline + newline;
  return { rows, range: { start: end, end }, text: `${lead}${heading}${newline}${newline}${table.join(newline)}${newline}`, replaced: false };
}
