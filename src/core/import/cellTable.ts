/**
 * Rebuilds a table that a scrape flattened into one cell per line, as the Pudong 任务分解表 comes:
 * header cells (`重点任务` `序号` `具体工作` `责任部门`), then per row a number line followed by its
 * cells, with group rows (the 重点任务 spanning several rows) on a line of their own before the
 * rows they head. The result is a Markdown table keyed on `序号`: columns from `序号` on, and each
 * group as a row whose first cell holds the group's text and whose other cells are empty.
 */

export interface CellTable {
  /** First and last (inclusive) line the table occupied. */
  start: number;
  end: number;
  header: string[];
  /** Rows in order; a group row has its text in the first cell and empty strings after. */
  rows: string[][];
}

const maxHeaderCell = 8;
/** A task table has a handful of columns; the bound also keeps the search linear in the page. */
const maxColumns = 12;
const numberColumn = '序号';
/** Columns left of 序号 hold the groups (重点任务, 领域); more than two is not a task table. */
const maxGroupColumns = 2;

function isHeaderCell(line: string): boolean {
  return line.length > 0 && line.length <= maxHeaderCell && !/[，。、；：,.;:]/.test(line) && !/^\d+$/.test(line);
}

/** `附件`, `附件2`, `重点任务分解表`: the caption above a table, not one of its header cells. */
function isTableCaption(line: string): boolean {
  return line.startsWith('附件') || line.endsWith('表');
}

function isRowNumber(line: string | undefined): boolean {
  return line !== undefined && /^\d{1,3}$/.test(line);
}

/** Finds a flattened table starting with header cells around a `序号` line; undefined when none. */
export function findCellTable(lines: readonly string[]): CellTable | undefined {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== numberColumn) continue;
    let first = i;
    while (first > 0 && i - first < maxGroupColumns && isHeaderCell(lines[first - 1]!) && !isTableCaption(lines[first - 1]!)) first--;
    const groupColumns = i - first;
    let last = i;
    // With group columns, a short line followed by a row number is the first group, not a header.
    while (last + 1 < lines.length && last - i + 1 <= maxColumns && isHeaderCell(lines[last + 1]!) && !(groupColumns > 0 && isRowNumber(lines[last + 2]))) last++;
    const width = last - i + 1;
    if (width < 2 || width > maxColumns) continue;
    const table = readRows(lines, last + 1, width, groupColumns > 0);
    if (table.rows.some((row) => row[0] !== '' && isRowNumber(row[0]))) {
      return { start: first, end: table.end, header: lines.slice(i, last + 1), rows: table.rows };
    }
  }
  return undefined;
}

function readRows(lines: readonly string[], from: number, width: number, grouped: boolean): { rows: string[][]; end: number } {
  const rows: string[][] = [];
  let at = from;
  let end = from - 1;
  while (at < lines.length) {
    const line = lines[at]!;
    if (isRowNumber(line) && at + width - 1 < lines.length) {
      rows.push(lines.slice(at, at + width));
      at += width;
      end = at - 1;
    } else if (grouped && isRowNumber(lines[at + 1])) {
      rows.push([line, ...Array<string>(width - 1).fill('')]);
      at++;
    } else {
      break;
    }
  }
  return { rows, end };
}

/** Markdown for the table; `|` inside a cell is escaped so a cell cannot split a row. */
export function formatMarkdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}
