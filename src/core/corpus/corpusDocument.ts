import { splitLines, withoutBom } from '../text/lines';
import { CorpusMetaSchema, type CorpusMeta } from './corpusMeta';
import { FrontMatterError, readFrontMatter, writeFrontMatter } from './frontMatter';

/** A corpus Markdown file read into its validated metadata and its lines. */
export interface CorpusDocument {
  meta: CorpusMeta;
  /** Every line of the file, front matter included, so line numbers match the file. */
  lines: string[];
  /** 0-based line where the Markdown body starts. */
  bodyLine: number;
}

/** A corpus file that cannot be used; the message names the file, the line or the field. */
export class CorpusDocumentError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/** Reads one corpus file; `file` only labels error messages. */
export function parseCorpusDocument(text: string, file: string): CorpusDocument {
  if (text.includes('\u0000')) throw new CorpusDocumentError(file, 'binary content (NUL bytes), not a Markdown corpus file');
  const lines = splitLines(withoutBom(text));
  let split;
  try {
    split = readFrontMatter(lines);
  } catch (error) {
    if (error instanceof FrontMatterError) throw new CorpusDocumentError(file, `front matter ${error.message}`);
    throw error;
  }
  const result = CorpusMetaSchema.safeParse(split.fields);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(front matter)'}: ${issue.message}`);
    throw new CorpusDocumentError(file, `invalid front matter — ${issues.join('; ')}`);
  }
  if (!lines.slice(split.bodyLine).some((line) => line.trim() !== '')) throw new CorpusDocumentError(file, 'the document has no body');
  return { meta: result.data, lines, bodyLine: split.bodyLine };
}

/** The file text of a corpus document: front matter in the corpus dialect, then the body. */
export function formatCorpusDocument(meta: CorpusMeta, body: string): string {
  const { id, title, issuer, region, level, kind, period, date, source, note, corrections } = meta;
  const head = writeFrontMatter({ id, title, issuer, region, level, kind, period, date, source, note, corrections });
  return `${head}\n${body.trim()}\n`;
}

/**
 * The body as the structure parser should see it: front-matter lines blanked, not removed, so
 * every range the parser reports is a line of the file itself.
 */
export function bodyText(doc: CorpusDocument): string {
  return doc.lines.map((line, i) => (i < doc.bodyLine ? '' : line)).join('\n');
}
