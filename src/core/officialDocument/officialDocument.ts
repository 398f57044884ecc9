import type { Run } from './inlineRuns';
import type { OfficialFields } from './officialFields';

/**
 * A draft laid out as an official document, before any file format: paragraphs with a named
 * style and tables, in reading order. `draftToOfficialDocument` builds it from the draft's text,
 * `writeOfficialDocx` writes it; tests read either side.
 */

/** The named paragraph styles an office template can restyle (GB/T 9704-2012 7.2–7.4). */
export type ParagraphStyle =
  | 'title'
  | 'subtitle'
  | 'addressee'
  | 'body'
  | 'chapter'
  | 'subchapter'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'tableCaption'
  | 'attachmentNote'
  | 'signature'
  | 'date'
  | 'attachmentMark'
  | 'attachmentTitle';

export interface ParagraphBlock {
  kind: 'paragraph';
  style: ParagraphStyle;
  runs: Run[];
  /** 0-based source line; absent for text taken from the front matter or generated (附件说明). */
  line?: number;
  /** Starts a new page (each 附件). */
  pageBreakBefore?: boolean;
}

export interface TableBlock {
  kind: 'table';
  /** Cells as runs; every row has as many cells as the widest row. */
  header: Run[][];
  rows: Run[][][];
  line: number;
}

export type Block = ParagraphBlock | TableBlock;

export interface OfficialDocument {
  /** The title as plain text, for the file's properties. */
  title?: string;
  fields: OfficialFields;
  blocks: Block[];
  /** Something the drafter should know (front matter that could not be read). */
  notes: string[];
}
