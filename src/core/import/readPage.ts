import { decodeText } from '../text/decodeText';
import { cleanPage } from './importPage';
import type { DetectedMeta } from './detectMeta';
import type { ImportReport } from './importPage';

/**
 * The importer's page-cleaning pipeline as one call, for any reader of saved pages: bytes (UTF-8,
 * UTF-16 or GBK, as `decodeText` reads them) or text, from a .html/.htm page, a .txt that holds
 * HTML, portal Markdown or plain text, become the document's Markdown, its title as the text states
 * it, and the facts the text states. Never throws for bad input.
 *
 * @example
 *   const page = readPage(bytes, 'notice.html');
 *   if (page.ok) index(page.text, page.title ?? fallbackTitle);
 */

export type ReadPageResult =
  | {
      ok: true;
      /** The cleaned document as Markdown (no front matter): title heading, parts, paragraphs, tables. */
      text: string;
      /** The title the text states (印发 notice, 《…》, first heading); undefined when it states none. */
      title: string | undefined;
      /** Issuer, region, level, kind, period and date where the text states them. */
      facts: DetectedMeta;
      /** What was removed as site furniture, line by line. */
      removed: ImportReport['removed'];
    }
  | { ok: false; reason: string };

export function readPage(input: Uint8Array | string, fileName: string): ReadPageResult {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    if (input.length === 0) return { ok: false, reason: 'empty file' };
    const decoded = decodeText(input);
    if (!decoded.ok) return decoded;
    text = decoded.text;
  }
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  const cleaned = cleanPage(text, { html: isHtmlName(fileName) });
  if (cleaned.markdown.trim() === '') return { ok: false, reason: 'no document text left after cleaning' };
  const { title, ...facts } = cleaned.facts;
  return { ok: true, text: cleaned.markdown, title, facts: title === undefined ? facts : { title, ...facts }, removed: cleaned.removed };
}

function isHtmlName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return lower.endsWith('.html') || lower.endsWith('.htm') || lower.endsWith('.xhtml');
}
