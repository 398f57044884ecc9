import { splitLines } from '../text/lines';
import { readMarker, type Marker } from './markers';
import { displayWidth, markHardWraps } from './hardWrap';
import { findInlineClauses } from './inlineNumbering';
import { foldWidth, isBlank } from './width';

/**
 * One source line, read once: what kind of line it is and where its content starts. Every later
 * step works from these, so the document is scanned a bounded number of times.
 */
export type LineKind =
  | 'blank'
  /** HTML comments, fenced code and horizontal rules: not policy text. */
  | 'ignored'
  | 'table'
  /** A Markdown `#` heading without numbering (`## 附件　重点任务分解表`). */
  | 'heading'
  | 'numbered'
  | 'text';

export interface SourceLine {
  index: number;
  /** The line as written, without its line break. */
  text: string;
  /** `text` with full-width ASCII forms folded; same length, same columns. */
  folded: string;
  kind: LineKind;
  /** Column where the content starts, after indentation and Markdown `#`, `>`, `-`, `**` prefixes. */
  contentStart: number;
  /** Number of Markdown `#` markers; 0 when there are none. */
  headingLevel: number;
  marker?: Marker;
  /** In a hard-wrapped document (see `markHardWraps`): this line goes on with the previous one. */
  joinsPrevious?: true;
  /**
   * Where the line is in the document, when that is not line `index`, column 0: a clause glued to
   * the text before it (see `findInlineClauses`) is read as a line of its own, and every line after
   * it is shifted.
   */
  source?: SourcePlace;
}

/** A line's place in the document as written. */
export interface SourcePlace {
  line: number;
  column: number;
  /** Display width of the written line before this piece of it (for the hard-wrap width). */
  leadWidth: number;
}

/**
 * A portal's own headings around the document it shows (`## 政策全文`): page furniture, not a part of
 * the plan, so they neither open a part nor close one.
 */
const portalHeadings = new Set([
  '政策全文',
  '全文',
  '正文',
  '政策原文',
  '原文',
  '文件全文',
  '政策正文',
  '文件正文',
  '原文下载',
  '附件下载',
  '相关附件',
  '政策解读',
  '相关解读',
  '相关文件',
]);

function skipBlanks(line: string, at: number): number {
  while (at < line.length && isBlank(line[at])) at++;
  return at;
}

function isSeparatorRow(folded: string): boolean {
  let dashes = 0;
  let pipes = 0;
  for (const char of folded) {
    if (char === '-') dashes++;
    else if (char === '|') pipes++;
    else if (char !== ':' && !isBlank(char)) return false;
  }
  return dashes > 0 && pipes > 0;
}

/** Pipes in a line, full-width `｜` included. */
function pipes(line: string): number {
  let count = 0;
  for (const char of line) if (char === '|' || char === '｜') count++;
  return count;
}

function isRule(folded: string, at: number): boolean {
  if (folded[at] !== '-' && folded[at] !== '*' && folded[at] !== '_') return false;
  const rest = folded.slice(at).replace(/\s/g, '');
  return rest.length >= 3 && (/^-+$/.test(rest) || /^\*+$/.test(rest) || /^_+$/.test(rest));
}

interface Prefix {
  at: number;
  headingLevel: number;
  bullet: boolean;
}

/** Strips Markdown block prefixes: quote `>`, heading `#`, bullet `-`/`*`/`+`, emphasis `**`. */
function readPrefix(folded: string): Prefix {
  let at = skipBlanks(folded, 0);
  while (folded[at] === '>') at = skipBlanks(folded, at + 1);
  let headingLevel = 0;
  if (folded[at] === '#') {
    let end = at;
    while (folded[end] === '#' && end - at < 6) end++;
    if (end >= folded.length || isBlank(folded[end])) {
      headingLevel = end - at;
      at = skipBlanks(folded, end);
    }
  }
  let bullet = false;
  if ((folded[at] === '-' || folded[at] === '*' || folded[at] === '+') && isBlank(folded[at + 1])) {
    bullet = true;
    at = skipBlanks(folded, at + 1);
  }
  while ((folded[at] === '*' || folded[at] === '_') && folded[at + 1] === folded[at]) at = skipBlanks(folded, at + 2);
  return { at, headingLevel, bullet };
}

/**
 * A line with every field present, in one order. Lines built by spreading a partial object took as
 * many hidden classes as there are kinds, and each later pass over a document's lines paid for
 * that on every line (a draft of 100,000 blank lines: 470 ms in `lint`).
 */
function sourceLine(index: number, text: string, folded: string, kind: LineKind, contentStart: number, source: SourcePlace | undefined, headingLevel = 0): SourceLine {
  return { index, text, folded, kind, contentStart, headingLevel, marker: undefined, joinsPrevious: undefined, source };
}

/** The lines as read: the document's own, with each clause glued mid-line cut out as a line of its own. */
interface Pieces {
  texts: string[];
  /** Each text width-folded (folding maps one unit to one, so a piece of a folded line is the folded piece). */
  folded: string[];
  /** Where each piece is in the document; all undefined when nothing was cut. */
  sources: (SourcePlace | undefined)[];
}

function pieces(written: string[]): Pieces {
  const folded = written.map(foldWidth);
  const cuts = findInlineClauses(written, folded);
  if (cuts.length === 0) return { texts: written, folded, sources: new Array<undefined>(written.length) };
  const out: Pieces = { texts: [], folded: [], sources: [] };
  const push = (line: number, from: number, to: number, source: SourcePlace | undefined) => {
    out.texts.push(written[line]!.slice(from, to));
    out.folded.push(folded[line]!.slice(from, to));
    out.sources.push(source);
  };
  let next = 0;
  for (const { line, columns } of cuts) {
    for (; next < line; next++) push(next, 0, written[next]!.length, out.texts.length === next ? undefined : { line: next, column: 0, leadWidth: 0 });
    const starts = [0, ...columns];
    let leadWidth = 0;
    starts.forEach((from, k) => {
      const to = starts[k + 1] ?? written[line]!.length;
      push(line, from, to, out.texts.length === line && from === 0 ? undefined : { line, column: from, leadWidth });
      leadWidth += displayWidth(written[line]!.slice(from, to));
    });
    next = line + 1;
  }
  for (; next < written.length; next++) push(next, 0, written[next]!.length, { line: next, column: 0, leadWidth: 0 });
  return out;
}

/** Classifies every line of a document. */
export function readLines(text: string): SourceLine[] {
  const read = pieces(splitLines(text));
  const raw = read.texts;
  const lines: SourceLine[] = [];
  let inFence = false;
  let inComment = false;
  for (const [index, lineText] of raw.entries()) {
    const folded = read.folded[index]!;
    const start = skipBlanks(folded, 0);
    const source = read.sources[index];
    if (inComment) {
      if (folded.includes('-->')) inComment = false;
      lines.push(sourceLine(index, lineText, folded, 'ignored', start, source));
      continue;
    }
    if (folded.startsWith('```', start) || folded.startsWith('~~~', start)) {
      inFence = !inFence;
      lines.push(sourceLine(index, lineText, folded, 'ignored', start, source));
      continue;
    }
    if (inFence) {
      lines.push(sourceLine(index, lineText, folded, 'ignored', start, source));
      continue;
    }
    if (start >= folded.length) {
      lines.push(sourceLine(index, lineText, folded, 'blank', start, source));
      continue;
    }
    if (folded.startsWith('<!--', start)) {
      inComment = !folded.includes('-->', start + 4);
      lines.push(sourceLine(index, lineText, folded, 'ignored', start, source));
      continue;
    }
    const continuesTable = lines[index - 1]?.kind === 'table' && folded.includes('|');
    // Tables without outer pipes or without a separator row: two pipes here and on the next line.
    const opensTable = folded.includes('|') && pipes(folded) >= 2 && pipes(raw[index + 1] ?? '') >= 2;
    if (folded[start] === '|' || continuesTable || opensTable || (folded.includes('|') && isSeparatorRow(foldWidth(raw[index + 1] ?? '')))) {
      lines.push(sourceLine(index, lineText, folded, 'table', start, source));
      continue;
    }
    if (isRule(folded, start)) {
      lines.push(sourceLine(index, lineText, folded, 'ignored', start, source));
      continue;
    }
    const prefix = readPrefix(folded);
    if (prefix.at >= folded.length) {
      lines.push(sourceLine(index, lineText, folded, 'blank', start, source));
      continue;
    }
    const marker = readMarker(folded, prefix.at);
    const line = sourceLine(index, lineText, folded, 'text', prefix.at, source, prefix.headingLevel);
    if (marker) {
      line.kind = 'numbered';
      line.marker = marker;
    } else if (prefix.bullet) {
      // A Markdown bullet is a lead-dash item written the Markdown way.
      line.kind = 'numbered';
      line.marker = { kind: 'dash', rank: 6, bodyStart: prefix.at };
    } else if (prefix.headingLevel > 0 && !portalHeadings.has(folded.slice(prefix.at).replace(/[*\s:：]/g, ''))) {
      line.kind = 'heading';
    }
    lines.push(line);
  }
  markHardWraps(lines);
  return lines;
}

/** Where a position in the lines as read is in the document as written. */
export function sourcePosition(lines: readonly SourceLine[], position: { line: number; column: number }): { line: number; column: number } {
  const source = lines[position.line]?.source;
  return source ? { line: source.line, column: source.column + position.column } : position;
}

/** Whether any line was cut out of another, so that positions must be mapped back. */
export function hasCutLines(lines: readonly SourceLine[]): boolean {
  return lines.length > 0 && lines[lines.length - 1]!.source !== undefined;
}

/** Where a line's words begin: past its content start and a bold mark there (`**附件**`, `**专栏1**`). */
export function wordsStart(line: SourceLine): number {
  return line.folded.startsWith('**', line.contentStart) ? line.contentStart + 2 : line.contentStart;
}
