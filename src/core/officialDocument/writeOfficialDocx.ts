import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { fontTableXml } from './fontTable';
import { bodyPt, charSpace, charTwips, fonts, linePitch, mmToTwips, page, pageNumberLayout, pointSize, textBlock } from './gbt9704';
import type { Run } from './inlineRuns';
import type { Block, OfficialDocument, ParagraphBlock, TableBlock } from './officialDocument';
import { paragraphStyles, runFont, styleIds } from './officialStyles';
import { addParagraphTypography } from './paragraphTypography';

/**
 * Writes the document model as a .docx with the `docx` library: one A4 section with the GB/T 9704
 * margins and a 22 × 28 document grid, the named styles, page numbers `— 1 —` in the footer (odd
 * pages right, even pages left) and tables whose header row repeats on every page.
 */

/** Width of text in body characters: a CJK character is one, a digit or Latin letter half. */
export function textWidthInChars(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return width;
}

function textRuns(runs: readonly Run[]): TextRun[] {
  return runs.map((run) => new TextRun({ text: run.text, ...(run.bold ? { bold: true } : {}), ...(run.breakBefore ? { break: 1 } : {}) }));
}

/**
 * 7.3.5.2: 署名 右空二字; the date's first character two to the right of the 署名's first; when the
 * date is the longer, it keeps 右空二字 and the 署名 moves left instead.
 */
function closingIndents(signature: string | undefined, date: string | undefined): { signature: number; date: number } {
  const s = signature === undefined ? 0 : textWidthInChars(signature);
  const d = date === undefined ? 0 : textWidthInChars(date);
  if (signature === undefined) return { signature: 2, date: 2 };
  if (date === undefined || s - d >= 2) return { signature: 2, date: Math.max(2, s - d) };
  return { signature: d + 4 - s, date: 2 };
}

function paragraphOf(block: ParagraphBlock, indents: { signature: number; date: number }): Paragraph {
  const style = styleIds[block.style].id;
  const children = textRuns(block.runs);
  if (block.style === 'signature') return new Paragraph({ style, children, indent: { right: indents.signature * charTwips } });
  if (block.style === 'date') return new Paragraph({ style, children, indent: { right: indents.date * charTwips } });
  if (block.style === 'attachmentNote' && !block.runs[0]?.text.startsWith('附件')) {
    // A later name of a 附件说明 list lines up under the first one, after `附件：`.
    return new Paragraph({ style, children, indent: { left: 5 * charTwips } });
  }
  return new Paragraph({ style, children, ...(block.pageBreakBefore ? { pageBreakBefore: true } : {}) });
}

/** Table text is 四号: how many of its characters one line of the 版心 holds (about 31.6). */
const tableCharsPerLine = textBlock.width / (pointSize.四号 * 20);

/** A column this narrow holds a name or a date (`市教育局`, `2026年12月底前` with its room): it is kept whole. */
const shortColumnChars = 9;

/** The least a long column (重点任务, 配合单位) is given for the short ones to keep their width. */
const longColumnFloorChars = 6;

/**
 * Column widths in twips, filling the 版心: each column wants its longest cell with a character and a half
 * of room, for the cell margins and the space Word and LibreOffice put between digits and Chinese
 * (`2027 年底前`), between 3 and 16 characters. When the wants fit they grow in proportion. When they do
 * not, the short columns (序号, 牵头单位, 完成时限) keep what they want and the long ones share the rest:
 * shrinking every column alike broke `市教育局` and `2027年底前` over two lines, and a long 重点任务 cell
 * wraps anyway. Only when that would leave a long column under six characters do all shrink alike.
 */
export function columnWidths(block: TableBlock): number[] {
  const columns = block.header.length;
  const wants = Array.from({ length: columns }, (_, column) => {
    const longest = Math.max(...[block.header, ...block.rows].map((row) => textWidthInChars((row[column] ?? []).map((run) => run.text).join(''))));
    return Math.min(16, Math.max(3, longest + 1.5));
  });
  const chars = [...wants];
  if (wants.reduce((sum, want) => sum + want, 0) > tableCharsPerLine) {
    const long = wants.map((want, column) => (want > shortColumnChars ? column : -1)).filter((column) => column >= 0);
    const room = tableCharsPerLine - wants.reduce((sum, want) => (want > shortColumnChars ? sum : sum + want), 0);
    const longWants = long.reduce((sum, column) => sum + wants[column]!, 0);
    const keepsShort = long.length > 0 && long.every((column) => (room * wants[column]!) / longWants >= longColumnFloorChars);
    if (keepsShort) for (const column of long) chars[column] = (room * wants[column]!) / longWants;
  }
  const total = chars.reduce((sum, width) => sum + width, 0);
  const widths = chars.map((width) => Math.floor((textBlock.width * width) / total));
  // The last column takes what rounding down left over.
  const rest = textBlock.width - widths.reduce((sum, width) => sum + width, 0);
  return widths.map((width, column) => (column === widths.length - 1 ? width + rest : width));
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function tableOf(block: TableBlock): Table {
  const widths = columnWidths(block);
  const row = (cells: Run[][], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      // Every row has a cell per column (see TableBlock); one missing would be an empty cell.
      children: widths.map(
        (size, column) =>
          new TableCell({
            width: { size, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            children: [new Paragraph({ style: styleIds[header ? 'tableHeader' : 'tableText'].id, children: textRuns(cells[column] ?? []) })],
          }),
      ),
    });
  return new Table({
    width: { size: textBlock.width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder, insideHorizontal: cellBorder, insideVertical: cellBorder },
    rows: [row(block.header, true), ...block.rows.map((cells) => row(cells, false))],
  });
}

function pageNumberFooter(alignment: 'right' | 'left'): Footer {
  const inset = { [alignment]: pageNumberLayout.insetTwips };
  return new Footer({
    children: [
      new Paragraph({
        style: styleIds.pageNumber.id,
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: inset,
        children: [new TextRun({ children: [`${pageNumberLayout.dash} `, PageNumber.CURRENT, ` ${pageNumberLayout.dash}`] })],
      }),
    ],
  });
}

function bodyOf(blocks: readonly Block[]): (Paragraph | Table)[] {
  const find = (style: 'signature' | 'date') => {
    const block = blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph' && b.style === style);
    return block?.runs.map((run) => run.text).join('');
  };
  const indents = closingIndents(find('signature'), find('date'));
  const children: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') {
      children.push(tableOf(block));
      // Word needs a paragraph between two tables and after a table that ends the document.
      children.push(new Paragraph({ style: styleIds.tableText.id, children: [] }));
    } else children.push(paragraphOf(block, indents));
  }
  if (children.length === 0) children.push(new Paragraph({ style: styleIds.body.id, children: [] }));
  return children;
}

export function buildOfficialDocx(model: OfficialDocument): Document {
  return new Document({
    ...(model.title ? { title: model.title } : {}),
    creator: 'policy-draft',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: runFont('body'), size: bodyPt * 2 },
          paragraph: { spacing: { line: linePitch, lineRule: LineRuleType.EXACT } },
        },
      },
      paragraphStyles: paragraphStyles(),
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: page.top, bottom: page.bottom, left: page.left, right: page.right, header: mmToTwips(15), footer: mmToTwips(pageNumberLayout.footerMm), gutter: 0 },
          },
          // A line grid of 22 lines; the character pitch of 28 a line is recorded too (Word shows it in
          // 页面设置 and applies it if the drafter switches the grid to 指定行和字符网格), while the
          // condensed 3号 characters give 28 a line in every program (LibreOffice draws a character
          // grid wider than Word does).
          grid: { type: DocumentGridType.LINES, linePitch, charSpace },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children: bodyOf(model.blocks),
      },
    ],
  });
}

/** The .docx file's bytes. The font table names each typeface's fallback (仿宋_GB2312 → 仿宋 …). */
export async function writeOfficialDocx(model: OfficialDocument): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(buildOfficialDocx(model), false, [{ path: 'word/fontTable.xml', data: fontTableXml(Object.values(fonts)) }]);
  return addParagraphTypography(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), [styleIds.title.id, styleIds.attachmentTitle.id]);
}
