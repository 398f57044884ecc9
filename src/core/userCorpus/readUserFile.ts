import type { PlanParser } from '../corpus/corpusIndex';
import { splitLines, withoutBom } from '../text/lines';
import { FrontMatterError, readFrontMatter } from '../corpus/frontMatter';
import { looksLikeHtml } from '../import/htmlText';
import { readPage } from '../import/readPage';
import { readMarker } from '../structure/markers';
import { foldWidth } from '../structure/width';
import { decodeText } from '../text/decodeText';
import { joinHardWraps } from './hardWraps';
import { docxText, type DocxText } from './docxText';
import type { UserFileKind } from './folderSource';
import { UserMetaSchema, type UserFileContent, type UserFileResult, type UserMeta } from './userDocument';

/**
 * Reads the bytes of one user file into indexable content, or says why it cannot be. Never
 * throws for bad input: a corrupt .docx, a binary or empty file, or one over the limits comes back
 * as `{ ok: false, reason }` so one file never stops a folder.
 */

export interface UserFileLimits {
  /** Files larger than this are not read at all (a .docx full of images can be large). */
  maxBytes: number;
  /** Text longer than this after extraction is not indexed (a long 规划 is about 60k characters). */
  maxChars: number;
}

export const defaultLimits: UserFileLimits = { maxBytes: 32 * 1024 * 1024, maxChars: 1_000_000 };

export interface ReadUserFileOptions {
  parse: PlanParser;
  /** Line-preserving text normalisation, the same the bundled corpus went through. */
  normalize: (text: string) => string;
  limits?: UserFileLimits;
  /** Reads a Word file's text; the editor passes one that runs off its thread. Default `docxText`. */
  docx?: (bytes: Uint8Array) => Promise<DocxText>;
}

export async function readUserFile(bytes: Uint8Array, kind: UserFileKind, options: ReadUserFileOptions): Promise<UserFileResult> {
  const limits = options.limits ?? defaultLimits;
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > limits.maxBytes) return { ok: false, reason: tooLargeReason(bytes.length, limits.maxBytes) };
  const extracted = kind === 'docx' ? await fromDocx(bytes, options.docx ?? docxText) : kind === 'md' ? fromText(bytes) : fromPage(bytes, kind);
  if (!extracted.ok) return extracted;
  const { text, docxTitle } = extracted;
  if (text.length > limits.maxChars) return { ok: false, reason: `text is ${text.length} characters, over the ${limits.maxChars} limit for corpus files` };
  const lines = splitLines(withoutBom(text));
  const warnings: string[] = [];
  const head = kind === 'md' ? frontMatter(lines, warnings) : { fields: extracted.facts ?? {}, bodyLine: 0 };
  const body = lines.map((line, i) => (i < head.bodyLine ? line : normalizeMarkdownLine(line, options.normalize)));
  if (!body.slice(head.bodyLine).some((line) => line.trim() !== '')) return { ok: false, reason: 'no text to index' };
  const meta = pickMeta(head.fields, warnings);
  const title = meta.title ?? docxTitle;
  meta.title = title === undefined ? firstHeading(body, head.bodyLine) : options.normalize(title);
  if (meta.title === undefined) delete meta.title;
  let plan;
  try {
    plan = options.parse(body.map((line, i) => (i < head.bodyLine ? '' : line)).join('\n'));
  } catch (error) {
    return { ok: false, reason: `could not be parsed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const content: UserFileContent = { meta, lines: body, bodyLine: head.bodyLine, plan, warnings };
  return { ok: true, content };
}

/** Why a file over the size limit is not read, the same whether its size came from disk or from its bytes. */
export function tooLargeReason(size: number, maxBytes: number): string {
  return `file is ${megabytes(size)} MB, over the ${megabytes(maxBytes)} MB limit for corpus files`;
}

/**
 * A read that failed for a reason outside the file (a time budget, a restarted process): thrown by
 * a reader the caller passes in, reported as `transient`, never cached.
 */
export class TransientReadError extends Error {}

/**
 * The process reading the file crashed or ran out of memory on it. Once may be the machine; twice on
 * the same bytes, each time in a fresh reader, is a verdict on the file (see `readThroughCache`).
 */
export class ReaderCrashError extends TransientReadError {}

/** The text to index, with the title and facts (issuer, region …) its source states, if any. */
type Extracted = { ok: true; text: string; docxTitle?: string; facts?: Record<string, unknown> } | { ok: false; reason: string; transient?: true };

async function fromDocx(bytes: Uint8Array, read: (bytes: Uint8Array) => Promise<DocxText>): Promise<Extracted> {
  try {
    const { markdown, title } = await read(bytes);
    return title === undefined ? { ok: true, text: markdown } : { ok: true, text: markdown, docxTitle: title };
  } catch (error) {
    if (error instanceof TransientReadError) return { ok: false, reason: error.message, transient: true };
    return { ok: false, reason: `not a readable Word (.docx) file: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * A saved web page, a .txt holding HTML, or a page as found (portal Markdown, scraper lines,
 * hard-wrapped or run-on text) through the importer's cleaning: tags, entities and site furniture
 * go, numbering is rebuilt, and the title comes from the text (the 印发 notice, 《…》, the first
 * heading), never from a file name.
 */
function fromPage(bytes: Uint8Array, kind: 'txt' | 'html'): Extracted {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const text = kind === 'html' || looksLikeHtml(decoded.text) ? decoded.text : joinHardWraps(decoded.text);
  const page = readPage(text, `page.${kind}`);
  if (!page.ok) return page;
  const { title, ...facts } = page.facts;
  return title === undefined ? { ok: true, text: page.text, facts } : { ok: true, text: page.text, docxTitle: title, facts };
}

function fromText(bytes: Uint8Array): Extracted {
  const decoded = decodeText(bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : decoded;
}

/**
 * Normalises a line's text but not its Markdown marker: the normaliser removes spaces next to
 * Chinese characters, which would turn the heading `# 总体要求` into the paragraph `#总体要求`.
 */
export function normalizeMarkdownLine(line: string, normalize: (text: string) => string): string {
  let i = 0;
  while (line[i] === ' ' || line[i] === '\t') i++;
  let marker = i;
  while (line[marker] === '#' && marker - i < 6) marker++;
  if (marker === i && '-*+>'.includes(line[marker] ?? 'x')) marker++;
  if (marker > i && line[marker] === ' ') return line.slice(0, marker + 1) + normalize(line.slice(marker + 1));
  return line.slice(0, i) + normalize(line.slice(i));
}

/** Front matter is optional in user files; a broken block is reported and read as body text. */
function frontMatter(lines: string[], warnings: string[]): { fields: Record<string, unknown>; bodyLine: number } {
  if (lines[0]?.trim() !== '---') return { fields: {}, bodyLine: 0 };
  try {
    return readFrontMatter(lines, (problem) => warnings.push(`front matter: ${problem.message}; that field is left out`));
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    warnings.push(`front matter ignored (${error.message})`);
    return { fields: {}, bodyLine: 0 };
  }
}

/** Keeps each known field that is valid by itself, so one typo costs only that field. */
function pickMeta(fields: Record<string, unknown>, warnings: string[]): Partial<UserMeta> {
  const meta: Record<string, unknown> = {};
  const shape = UserMetaSchema.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (fields[key] === undefined) continue;
    const parsed = shape[key].safeParse(fields[key]);
    if (parsed.success) meta[key] = parsed.data;
    else warnings.push(`front matter field \`${key}\` ignored: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return meta as Partial<UserMeta>;
}

/**
 * The first Markdown heading of the body, without its `#` marks; none when it is numbered. A page that
 * states no title opens at its first part (`## 一、实施背景`, `## 一、总体要求`): that names a part, not
 * the document, and labelled every precedent of a 青岛 实施意见 〔参考文件〕一、实施背景; the file's name
 * says more.
 */
function firstHeading(lines: string[], from: number): string | undefined {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line.startsWith('#')) continue;
    let start = 0;
    while (line[start] === '#') start++;
    const title = line.slice(start).trim();
    if (start <= 6 && title) return readMarker(foldWidth(title), 0) === undefined ? title : undefined;
  }
  return undefined;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
