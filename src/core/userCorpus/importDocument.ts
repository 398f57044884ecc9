import { ImportMetadataError, importPage, type ImportOptions, type ImportResult } from '../import/importPage';
import { decodeText } from '../text/decodeText';
import { docxText, type DocxText } from './docxText';

/**
 * The editor's "Import Document" on top of the bundled corpus's importer: gets page text out of
 * a file (Word files through the same extraction as corpus folders), runs the importer, and
 * completes front matter a page does not state, so a drafter can always review and save the
 * result. Completed fields are named in the document's `note`, never passed off as found.
 */

/** What the drafter is asked for when the page does not say it: there is no neutral level. */
export type ImportOutcome = { ok: true; result: ImportResult; filled: string[] } | { ok: false; needs: 'level' };

const unstated = '未载明';

export function importForCorpus(page: string, options: ImportOptions): ImportOutcome {
  try {
    return { ok: true, result: importPage(page, options), filled: [] };
  } catch (error) {
    if (!(error instanceof ImportMetadataError)) throw error;
    const missing = error.fields.filter((field) => (options as unknown as Record<string, unknown>)[field] === undefined);
    if (missing.includes('level')) return { ok: false, needs: 'level' };
    const fill: Partial<ImportOptions> = {};
    for (const field of missing) {
      if (field === 'issuer' || field === 'region') fill[field] = unstated;
      else if (field === 'kind') fill.kind = '其他';
      else if (field === 'title') fill.title = unstated;
      else throw error;
    }
    const note = `导入时原文未载明：${missing.map((f) => fieldNames[f] ?? f).join('、')}，请核对补充`;
    const result = importPage(page, { ...options, ...fill, note: options.note ? `${options.note}；${note}` : note });
    return { ok: true, result, filled: missing };
  }
}

const fieldNames: Record<string, string> = { issuer: '发文机关', region: '地区', kind: '文种', title: '标题' };

export type PageText = { ok: true; text: string } | { ok: false; reason: string };

/**
 * The text of a file to import: a Word file's paragraphs (numbering written out, heading marks
 * dropped since the importer lays out headings itself), or a text file in any encoding
 * `decodeText` reads.
 */
export async function pageTextOf(bytes: Uint8Array, fileName: string, docx: (bytes: Uint8Array) => Promise<DocxText> = docxText): Promise<PageText> {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (fileName.toLowerCase().endsWith('.docx')) {
    try {
      const { markdown } = await docx(bytes);
      return { ok: true, text: markdown.split('\n').map(dropHeadingMark).join('\n') };
    } catch (error) {
      return { ok: false, reason: `not a readable Word (.docx) file: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : decoded;
}

function dropHeadingMark(line: string): string {
  let i = 0;
  while (line[i] === '#') i++;
  return i > 0 && line[i] === ' ' ? line.slice(i + 1) : line;
}

/**
 * A corpus id (lower-case ASCII, digits, dashes) for a file name or, when the name has no ASCII
 * to build one from (most Chinese titles), `plan-YYYYMMDD-HHMM`.
 */
export function suggestImportId(fileName: string | undefined, now: Date): string {
  const base = (fileName ?? '').replace(/\.[^.]*$/, '').toLowerCase();
  let slug = '';
  for (const char of base) {
    if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) slug += char;
    else if (slug !== '' && !slug.endsWith('-')) slug += '-';
  }
  slug = slug.replace(/-+$/, '').slice(0, 48);
  if (slug.length >= 3 && /^[a-z0-9]/.test(slug)) return slug;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `plan-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}
