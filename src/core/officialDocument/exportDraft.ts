import { draftToOfficialDocument, type DraftFormat } from './draftToOfficialDocument';
import { exportFileName } from './exportFileName';
import { placeholderLines } from './placeholders';
import { writeOfficialDocx } from './writeOfficialDocx';

/** A draft exported as an official-format .docx: the file's bytes and what the drafter should know. */
export interface ExportedDraft {
  bytes: Uint8Array;
  title?: string;
  /** The file name (without `.docx`) for a draft never saved, from `title` (see `exportFileName`). */
  fileName?: string;
  paragraphs: number;
  tables: number;
  notes: string[];
  /** 1-based lines still holding a skeleton's or quick fix's placeholder (`××`, `……`, `N个`): the file has them too. */
  placeholderLines: number[];
}

/**
 * Exports a draft (Markdown or plain text) as a .docx laid out per GB/T 9704-2012. Pure apart from
 * the zip the `docx` library builds in memory: the CLI and the editor's worker write the bytes.
 * @example await exportDraft('# 某市…行动计划\n\n## 一、总体要求\n…', 'markdown')
 */
export async function exportDraft(text: string, format: DraftFormat): Promise<ExportedDraft> {
  const model = draftToOfficialDocument(text, format);
  const bytes = await writeOfficialDocx(model);
  const exported: ExportedDraft = {
    bytes,
    paragraphs: model.blocks.filter((block) => block.kind === 'paragraph').length,
    tables: model.blocks.filter((block) => block.kind === 'table').length,
    notes: model.notes,
    placeholderLines: placeholderLines(text),
  };
  if (model.title !== undefined) exported.title = model.title;
  const fileName = exportFileName(model);
  if (fileName !== undefined) exported.fileName = fileName;
  return exported;
}

/** `.md`/`.markdown` files and the editor's `markdown` language are Markdown; the rest is plain text. */
export function formatOf(nameOrLanguage: string): DraftFormat {
  return /(?:^markdown$|\.(?:md|markdown)$)/i.test(nameOrLanguage) ? 'markdown' : 'plaintext';
}
