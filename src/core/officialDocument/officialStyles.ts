import { AlignmentType, LineRuleType, type IParagraphStyleOptions } from 'docx';
import { charTwips, fonts, linePitch, pageNumberLayout, pointSize, type FontRole } from './gbt9704';
import type { ParagraphStyle } from './officialDocument';

/**
 * The named paragraph styles of the exported file, with the names a Chinese office uses, so a
 * template (or 样式管理) can restyle a whole level at once. Sizes and typefaces per GB/T 9704-2012:
 * 标题 2号小标宋 centred; body 3号仿宋; 一级标题 黑体, 二级标题 楷体, 三级/四级 仿宋; every body
 * paragraph 左空二字. Lines are set at the grid's pitch, so a page holds 22 of them.
 */

/** Style ids are ASCII (Word and LibreOffice key on them); names are what the drafter sees. */
export const styleIds: Record<ParagraphStyle | 'tableText' | 'tableHeader' | 'pageNumber', { id: string; name: string }> = {
  title: { id: 'GwTitle', name: '标题' },
  subtitle: { id: 'GwSubtitle', name: '副标题' },
  addressee: { id: 'GwAddressee', name: '主送机关' },
  body: { id: 'GwBody', name: '正文' },
  chapter: { id: 'GwChapter', name: '章标题' },
  subchapter: { id: 'GwSubchapter', name: '节标题' },
  heading1: { id: 'GwHeading1', name: '一级标题' },
  heading2: { id: 'GwHeading2', name: '二级标题' },
  heading3: { id: 'GwHeading3', name: '三级标题' },
  heading4: { id: 'GwHeading4', name: '四级标题' },
  tableCaption: { id: 'GwTableCaption', name: '表题' },
  attachmentNote: { id: 'GwAttachmentNote', name: '附件说明' },
  signature: { id: 'GwSignature', name: '发文机关署名' },
  date: { id: 'GwDate', name: '成文日期' },
  attachmentMark: { id: 'GwAttachmentMark', name: '附件标识' },
  attachmentTitle: { id: 'GwAttachmentTitle', name: '附件标题' },
  tableText: { id: 'GwTableText', name: '表格文字' },
  tableHeader: { id: 'GwTableHeader', name: '表头' },
  pageNumber: { id: 'GwPageNumber', name: '页码' },
};

/** Run fonts: the role's typeface for Chinese, Times New Roman for digits and Latin letters. */
export function runFont(role: FontRole): { eastAsia: string; ascii: string; hAnsi: string; cs: string } {
  const eastAsia = fonts[role].name;
  const latin = role === 'pageNumber' ? fonts.pageNumber.name : fonts.latin.name;
  return { eastAsia, ascii: latin, hAnsi: latin, cs: latin };
}

/**
 * 3号 characters condensed by 0.25 pt (in twentieths of a point): 28 of them then fit the 156 mm line
 * whether a program compresses them onto the grid's 15.8 pt pitch (Word) or lays them out one grid
 * cell each only when they fit in it (LibreOffice).
 */
const condensed = -5;

/*
 * Body text is set flush left, not justified: a line of 3号 characters is full either way, and
 * LibreOffice drops a closing `：` that it hangs into the margin of a justified line.
 */
const onGrid = { line: linePitch, lineRule: LineRuleType.EXACT } as const;
const indentTwo = { firstLine: 2 * charTwips, firstLineChars: 200 } as const;

interface StyleSpec {
  font: FontRole;
  pt: number;
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  indent?: { firstLine?: number; firstLineChars?: number; left?: number; hanging?: number };
  before?: number;
  after?: number;
  line?: { line: number; lineRule: (typeof LineRuleType)[keyof typeof LineRuleType] };
  keepNext?: boolean;
  outlineLevel?: number;
  /** Off for text larger or smaller than the grid's character (标题, tables, page numbers). */
  snapToGrid?: false;
}

const specs: Record<keyof typeof styleIds, StyleSpec> = {
  // 7.3.2 标题: 2号小标宋, centred, a blank line under it. One grid line per line of the title.
  title: { font: 'title', pt: pointSize.二号, alignment: AlignmentType.CENTER, after: linePitch, line: onGrid, keepNext: true, snapToGrid: false },
  subtitle: { font: 'heading2', pt: pointSize.三号, alignment: AlignmentType.CENTER, keepNext: true },
  // 7.3.3 主送机关: under the title after one blank line, flush left.
  addressee: { font: 'body', pt: pointSize.三号 },
  body: { font: 'body', pt: pointSize.三号, indent: indentTwo },
  chapter: { font: 'heading1', pt: pointSize.三号, alignment: AlignmentType.CENTER, keepNext: true, outlineLevel: 0 },
  subchapter: { font: 'heading2', pt: pointSize.三号, alignment: AlignmentType.CENTER, keepNext: true, outlineLevel: 1 },
  heading1: { font: 'heading1', pt: pointSize.三号, indent: indentTwo, keepNext: true, outlineLevel: 0 },
  heading2: { font: 'heading2', pt: pointSize.三号, indent: indentTwo, keepNext: true, outlineLevel: 1 },
  heading3: { font: 'body', pt: pointSize.三号, indent: indentTwo, outlineLevel: 2 },
  heading4: { font: 'body', pt: pointSize.三号, indent: indentTwo, outlineLevel: 3 },
  tableCaption: { font: 'heading1', pt: pointSize.三号, alignment: AlignmentType.CENTER, keepNext: true },
  // 7.3.4 附件说明: one blank line under the body, 左空二字; a second name lines up under the first.
  attachmentNote: { font: 'body', pt: pointSize.三号, indent: { left: 2 * charTwips } },
  // 7.3.5 署名 and 成文日期, right-aligned; the right indents are set per paragraph from their lengths.
  signature: { font: 'body', pt: pointSize.三号, alignment: AlignmentType.RIGHT, before: linePitch },
  date: { font: 'body', pt: pointSize.三号, alignment: AlignmentType.RIGHT },
  // 8 附件: 3号黑体 flush left on the first line of a new page; its title centred on the third line.
  attachmentMark: { font: 'heading1', pt: pointSize.三号, keepNext: true },
  attachmentTitle: { font: 'title', pt: pointSize.二号, alignment: AlignmentType.CENTER, before: linePitch, after: linePitch, line: onGrid, keepNext: true, snapToGrid: false },
  tableText: { font: 'body', pt: pointSize.四号, line: { line: 360, lineRule: LineRuleType.EXACT }, snapToGrid: false },
  tableHeader: { font: 'heading1', pt: pointSize.四号, alignment: AlignmentType.CENTER, line: { line: 360, lineRule: LineRuleType.EXACT }, snapToGrid: false },
  pageNumber: { font: 'pageNumber', pt: pageNumberLayout.pt, line: { line: 360, lineRule: LineRuleType.EXACT }, snapToGrid: false },
};

/** Normal carries the body size: the grid's character pitch is counted from it (Word and LibreOffice alike). */
const normal: IParagraphStyleOptions = {
  id: 'Normal',
  name: 'Normal',
  run: { font: runFont('body'), size: pointSize.三号 * 2, characterSpacing: condensed },
  paragraph: { spacing: { ...onGrid, before: 0, after: 0 } },
};

export function paragraphStyles(): IParagraphStyleOptions[] {
  return [
    normal,
    ...(Object.keys(styleIds) as (keyof typeof styleIds)[]).map((key) => {
      const spec = specs[key];
      const spacing = { ...(spec.line ?? onGrid), before: spec.before ?? 0, after: spec.after ?? 0 };
      return {
        id: styleIds[key].id,
        name: styleIds[key].name,
        basedOn: 'Normal',
        quickFormat: true,
        run: { font: runFont(spec.font), size: spec.pt * 2, ...(spec.snapToGrid === false ? { snapToGrid: false } : { characterSpacing: condensed }) },
        paragraph: {
          spacing,
          ...(spec.alignment ? { alignment: spec.alignment } : {}),
          indent: spec.indent ?? { firstLine: 0, firstLineChars: 0 },
          ...(spec.keepNext ? { keepNext: true } : {}),
          ...(spec.outlineLevel !== undefined ? { outlineLevel: spec.outlineLevel } : {}),
        },
      };
    }),
  ];
}
