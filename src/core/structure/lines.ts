import { splitLines } from '../text/lines';
import { readMarker, type Marker } from './markers';
import { markHardWraps } from './hardWrap';
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
}

/**
 * A portal's own headings around the document it shows (`## 政策全文`): page furniture, not a part of
 * the plan, so they neither open a part nor close one.
 */
const portalHeadings = new Set(['政策全文', '全文', '正文', '政策原文', '原文', '文件全文', '政策正文', '文件正文', '原文下载', '附件下载', '相关附件', '政策解读', '相关解读', '相关文件']);

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
function sourceLine(index: number, text: string, folded: string, kind: LineKind, contentStart: number, headingLevel = 0): SourceLine {
  return { index, text, folded, kind, contentStart, headingLevel, marker: undefined, joinsPrevious: undefined };
}

/** Classifies every line of a document. */
export function readLines(text: string): SourceLine[] {
  const raw = splitLines(text);
  const lines: SourceLine[] = [];
  let inFence = false;
  let inComment = false;
  for (let index = 0; index < raw.length; index++) {
    const lineText = raw[index];
    const folded = foldWidth(lineText);
    const start = skipBlanks(folded, 0);
    if (inComment) {
      if (folded.includes('-->')) inComment = false;
      lines.push(sourceLine(index, lineText, folded, 'ignored', start));
      continue;
    }
    if (folded.startsWith('```', start) || folded.startsWith('~~~', start)) {
      inFence = !inFence;
      lines.push(sourceLine(index, lineText, folded, 'ignored', start));
      continue;
    }
    if (inFence) {
      lines.push(sourceLine(index, lineText, folded, 'ignored', start));
      continue;
    }
    if (start >= folded.length) {
      lines.push(sourceLine(index, lineText, folded, 'blank', start));
      continue;
    }
    if (folded.startsWith('<!--', start)) {
      inComment = !folded.includes('-->', start + 4);
      lines.push(sourceLine(index, lineText, folded, 'ignored', start));
      continue;
    }
    const continuesTable = lines[index - 1]?.kind === 'table' && folded.includes('|');
    // Tables without outer pipes or without a separator row: two pipes here and on the next line.
    const opensTable = folded.includes('|') && pipes(folded) >= 2 && pipes(raw[index + 1] ?? '') >= 2;
    if (folded[start] === '|' || continuesTable || opensTable || (folded.includes('|') && isSeparatorRow(foldWidth(raw[index + 1] ?? '')))) {
      lines.push(sourceLine(index, lineText, folded, 'table', start));
      continue;
    }
    if (isRule(folded, start)) {
      lines.push(sourceLine(index, lineText, folded, 'ignored', start));
      continue;
    }
    const prefix = readPrefix(folded);
    if (prefix.at >= folded.length) {
      lines.push(sourceLine(index, lineText, folded, 'blank', start));
      continue;
    }
    const marker = readMarker(folded, prefix.at);
    const line = sourceLine(index, lineText, folded, 'text', prefix.at, prefix.headingLevel);
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
