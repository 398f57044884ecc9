import { findCellTable, formatMarkdownTable } from './cellTable';
import { isTableRow } from './markdownSource';
import { numberingLevel } from './numbering';
import { isPeriodLine, isTitleLine } from './titleLine';

/**
 * Lays cleaned lines out as readable Markdown that keeps the document's own structure: document
 * titles become `#` headings (a period on the next line joins its title), stand-alone part and
 * section headings (`一、总体要求`, `（二）行动目标`) get `##`/`###` in front of their own numbering,
 * a flattened table is rebuilt under its title as a `##` heading, and every other line is a
 * paragraph. Nothing is reworded; numbering stays as written, so the parser reads it either way.
 */

const maxHeadingLength = 40;

function isStandaloneHeading(line: string): boolean {
  return line.length <= maxHeadingLength && !/[。；：:;]/.test(line);
}

export function layoutMarkdown(lines: readonly string[], title?: string): string {
  const blocks: string[] = [];
  const table = findCellTable(lines);
  if (title !== undefined && !lines.slice(0, 3).some(isTitleLine)) blocks.push(`# ${title}`);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (table && i === table.start) {
      blocks.push(formatMarkdownTable(table.header, table.rows).join('\n'));
      i = table.end;
      continue;
    }
    if (table && i === table.start - 1 && isStandaloneHeading(line.replace(/[《》]/g, ''))) {
      blocks.push(`## ${line}`);
      continue;
    }
    if (isTitleLine(line)) {
      const period = lines[i + 1];
      blocks.push(`# ${line}${period !== undefined && isPeriodLine(period) ? period : ''}`);
      if (period !== undefined && isPeriodLine(period)) i++;
      continue;
    }
    if (isTableRow(line)) {
      // A table's rows stay together: a blank line between them would end the table.
      const rows = [line];
      while (i + 1 < lines.length && isTableRow(lines[i + 1]!)) rows.push(lines[++i]!);
      blocks.push(rows.join('\n'));
      continue;
    }
    const level = numberingLevel(line);
    if (level === 'part' && isStandaloneHeading(line)) blocks.push(`## ${line}`);
    else if (level === 'section' && isStandaloneHeading(line)) blocks.push(`### ${line}`);
    else blocks.push(line);
  }
  return blocks.join('\n\n') + '\n';
}
