import type { SourceLine } from './lines';

/**
 * Text exported from a PDF keeps the page's line breaks: every line of a paragraph runs to one
 * fixed width and breaks wherever the width ran out, mid-sentence, without punctuation. Read line
 * by line, each wrapped line would be a paragraph of its own. Such a document is recognised by its
 * lines: most of them cluster at one width, hardly any runs past it, and many of those at the width
 * end without a sentence end. There a line that runs to about that width and ends without
 * `。；！？：…` goes on at the next line, unless that line opens with a marker or is a heading.
 */

/** A document needs this many content lines before its widths say anything. */
const minLines = 10;
/** Lines shorter than this (display columns, 18 Chinese characters) are titles and short items, never the wrap width of a page. */
const minWidth = 36;
/** A line this many columns short of the width still ran to it (a wide character did not fit, digits set narrower). */
const slack = 4;
const sentenceEnds = new Set(['。', '；', '！', '？', '：', '…', '.', ';', '!', '?', ':']);
const closers = new Set(['”', '’', '」', '』', '"', "'", '）', ')']);

/**
 * Columns a line takes on a page: CJK, full-width forms and the dash and ellipsis of Chinese text
 * (`——`, `……`) two; Latin letters, digits and curly quotes (set narrow by many PDF fonts) one.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    width += code < 0x2e80 && code !== 0x2014 && code !== 0x2026 ? 1 : 2;
  }
  return width;
}

/** Width of the line's content on the page; a clause cut out of a line (see `readLines`) ran from the text before it. */
function contentWidth(line: SourceLine): number {
  return (line.source?.leadWidth ?? 0) + displayWidth(line.text.slice(line.contentStart).trimEnd());
}

/** A page number left between two lines of a page (`3`, `- 3 -`, `—3—`). */
function isPageNumber(line: SourceLine): boolean {
  return /^[\s\-—－]{0,4}\d{1,3}[\s\-—－]{0,4}$/u.test(line.folded);
}

/** Whether the line's last character (past closing quotes and brackets) ends a sentence or clause. */
function endsClause(line: SourceLine): boolean {
  const text = line.folded.trimEnd();
  let at = text.length - 1;
  while (at > 0 && closers.has(text[at]!)) at--;
  if ((text[at] === ':' || text[at] === '：') && opensBracket(text)) return false;
  return sentenceEnds.has(text[at] ?? '') || text[at] === '—';
}

/**
 * A marker a wrap can make out of running text: a bare number (`23微克/立方米。`), `5)` without its
 * opening bracket, one dash (`—东盟国际水产城`). A full marker (`2.`, `（三）`, `——`) after a full line
 * still starts a clause: a title or heading may run to the width.
 */
function isWeakMarker(line: SourceLine): boolean {
  const marker = line.marker;
  if (!marker) return false;
  const first = line.folded[line.contentStart];
  const mark = line.folded[marker.bodyStart - 1];
  if (marker.kind === 'dash') return line.folded[line.contentStart + 1] !== first;
  return (first !== '(' && mark === ')') || (mark !== undefined && mark >= '0' && mark <= '9');
}

/** Whether the line ends in a number or a Latin word that the next line goes on with (`PM2.5浓度达到1` / `0微克`). */
function splitsNumber(line: SourceLine): boolean {
  return /[0-9A-Za-z.]$/.test(line.folded.trimEnd());
}

/** Whether the line ends inside a sentence: not at a closing bracket or quote, which a clause may end with (`…（责任单位：市科委）`). */
function cutMidSentence(line: SourceLine): boolean {
  const last = line.folded.trimEnd().at(-1);
  return last !== undefined && !closers.has(last);
}

/** Whether a bracket opened on the line is still open at its end: `（责任单位：` runs on. */
function opensBracket(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(' || char === '（') depth++;
    else if ((char === ')' || char === '）') && depth > 0) depth--;
  }
  return depth > 0;
}

/** The width the document's lines were wrapped at, or undefined when they were not wrapped. */
export function wrapWidth(lines: readonly SourceLine[]): number | undefined {
  const counts = new Map<number, number>();
  let content = 0;
  for (const line of lines) {
    if (line.kind !== 'text' && line.kind !== 'numbered') continue;
    content++;
    const width = contentWidth(line);
    if (width >= minWidth) counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  if (content < minLines) return undefined;
  // The width with the most lines at or a little short of it (a line opening with `1.` is set narrower).
  let width = 0;
  let best = 0;
  for (const w of counts.keys()) {
    let band = 0;
    for (let short = 0; short <= slack; short++) band += counts.get(w - short) ?? 0;
    if (band > best || (band === best && w > width)) [width, best] = [w, band];
  }
  let near = 0;
  let beyond = 0;
  let open = 0;
  for (const line of lines) {
    if (line.kind !== 'text' && line.kind !== 'numbered') continue;
    const w = contentWidth(line);
    if (w > width + 1) beyond++;
    else if (w >= width - slack) {
      near++;
      if (!endsClause(line)) open++;
    }
  }
  const wrapped = near >= content * 0.3 && beyond <= Math.max(2, content * 0.08) && open >= near * 0.5;
  return wrapped ? width : undefined;
}

/**
 * Marks the lines that continue the line before them in a hard-wrapped document, and the page
 * numbers between them as not policy text. Lines of any other document are left as they are.
 */
export function markHardWraps(lines: SourceLine[]): void {
  const width = wrapWidth(lines);
  if (width === undefined) return;
  let previous: SourceLine | undefined;
  for (const line of lines) {
    if (line.kind === 'blank' || line.kind === 'table' || line.kind === 'heading') {
      previous = undefined;
      continue;
    }
    if (line.kind === 'ignored') continue;
    if (line.kind === 'text' && isPageNumber(line)) {
      line.kind = 'ignored';
      continue;
    }
    // A wrap can leave a number at a line's start (`23微克/立方米。`, `637.html`, `2、CO分别下降`): after a
    // full line cut mid-sentence it is more of that sentence, not a clause; a clause starts after one ended.
    const wrapsHere = previous !== undefined && contentWidth(previous) >= width - slack && !endsClause(previous);
    if (wrapsHere && (line.kind === 'text' || (line.kind === 'numbered' && cutMidSentence(previous!) && (isWeakMarker(line) || splitsNumber(previous!)))))
      line.joinsPrevious = true;
    previous = line;
  }
}

/** A clause's line with the hard-wrapped lines that go on from it, read as one line. */
export interface JoinedLine {
  /** The first line's index. */
  index: number;
  /** The last line of the run. */
  lastIndex: number;
  text: string;
  folded: string;
  /** Where an offset into `text` is in the document. */
  positionAt(offset: number): { line: number; column: number };
}

/** The line at `index` and every line that continues it; just that line outside hard-wrapped documents. */
export function joinedLine(lines: readonly SourceLine[], index: number): JoinedLine {
  const first = lines[index]!;
  const starts = [{ offset: 0, line: index, column: 0 }];
  // Parts joined once at the end: growing one string and trimming it per line is quadratic.
  const texts = [first.text];
  const foldeds = [first.folded];
  let length = first.text.length;
  let lastIndex = index;
  for (let at = index + 1; at < lines.length; at++) {
    const line = lines[at]!;
    if (line.kind === 'ignored') continue;
    if (!line.joinsPrevious) break;
    const previous = texts.length - 1;
    const kept = texts[previous]!.trimEnd().length;
    length -= texts[previous]!.length - kept;
    texts[previous] = texts[previous]!.slice(0, kept);
    foldeds[previous] = foldeds[previous]!.slice(0, kept);
    starts.push({ offset: length, line: at, column: line.contentStart });
    texts.push(line.text.slice(line.contentStart));
    foldeds.push(line.folded.slice(line.contentStart));
    length += line.text.length - line.contentStart;
    lastIndex = at;
  }
  const text = texts.join('');
  const folded = foldeds.join('');
  const positionAt = (offset: number) => {
    // The last segment starting at or before the offset, found by halving (a paragraph may wrap over thousands of lines).
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]!.offset <= offset) low = middle;
      else high = middle - 1;
    }
    const segment = starts[low]!;
    return { line: segment.line, column: segment.column + offset - segment.offset };
  };
  return { index, lastIndex, text, folded, positionAt };
}
