import { splitTableRow } from '../text/tableRow';
import type { SourceLine } from './lines';

/**
 * A Markdown table read tolerantly: the separator row may be missing, rows may lack their outer
 * pipes or have more or fewer cells than the header.
 */
export interface TableBlock {
  startLine: number;
  endLine: number;
  header: string[];
  rows: string[][];
  /** The source line of each row of `rows`. */
  rowLines: number[];
}

/** A `| --- | :-: |` row (a scan, not a pattern: rows are user text of any length). */
export function isSeparator(folded: string): boolean {
  let dashes = 0;
  for (const char of folded) {
    if (char === '-') dashes++;
    else if (char !== '|' && char !== ':' && !/\s/.test(char)) return false;
  }
  return dashes > 0;
}

/** Cells of one row, as written (full-width text kept), trimmed. */
export function splitRow(line: SourceLine): string[] {
  return splitTableRow(line.text, line.folded, line.contentStart);
}

/** Reads the table whose first line is `lines[start]`; it runs over the following table lines. */
export function readTableBlock(lines: SourceLine[], start: number): TableBlock {
  let end = start;
  while (lines[end + 1]?.kind === 'table') end++;
  const rows: string[][] = [];
  const rowLines: number[] = [];
  for (let index = start; index <= end; index++) {
    const line = lines[index];
    if (!line || isSeparator(line.folded)) continue;
    rows.push(splitRow(line));
    rowLines.push(index);
  }
  const header = rows.shift() ?? [];
  rowLines.shift();
  return { startLine: start, endLine: end, header, rows, rowLines };
}
