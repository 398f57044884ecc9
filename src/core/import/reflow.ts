import { displayWidth, isAsciiAlnum, isWide } from './charClass';
import { startsWithNumbering } from './numbering';

/**
 * Re-flows text that a PDF or DOCX scrape flattened: the page's line breaks became spaces, so a
 * whole document sits on one line with a space every ~35 characters, often inside a word
 * (`科技创 新高地`). A space whose neighbours are both wide characters is a former line end. If the
 * line before it was (nearly) full, the break was a wrap and is joined; if it was short, or the
 * next text starts with numbering (`二、`, `(三)`, `1.`), it ended a paragraph or heading.
 * Spaces next to ASCII (`( 2022 - 2024年)`) are the text's own and are left to the spacing step.
 */

/** A line needs re-flowing when it holds at least this many wide-space-wide breaks. */
const minBreaks = 3;
/** A segment at least this share of the typical (upper-quartile) width was a wrapped, full line. */
const fullShare = 0.85;

export function reflowLines(lines: readonly string[]): string[] {
  return lines.flatMap((line) => (wrapBreaks(line).length >= minBreaks ? reflowLine(line) : [line]));
}

/** Indexes of spaces between wide characters, or before numbering like `(三)` (runs count once). */
function wrapBreaks(line: string): number[] {
  const breaks: number[] = [];
  for (let i = 1; i < line.length - 1; i++) {
    if (line[i] !== ' ') continue;
    let end = i;
    while (line[end] === ' ') end++;
    if (isWide(line[i - 1]) && (isWide(line[end]) || startsWithNumbering(line.slice(end, end + 6)))) breaks.push(i);
    i = end - 1;
  }
  return breaks;
}

function reflowLine(line: string): string[] {
  const segments: string[] = [];
  let from = 0;
  for (const at of wrapBreaks(line)) {
    segments.push(line.slice(from, at));
    from = at;
    while (line[from] === ' ') from++;
  }
  segments.push(line.slice(from));
  const widths = segments.map(displayWidth);
  const full = upperQuartile(widths) * fullShare;
  const paragraphs: string[] = [];
  // A paragraph's parts are joined once it ends: reading the last character of a string grown by
  // `+=` flattens it, and a page-long paragraph took 7.9 s for 380,000 characters.
  let current = [segments[0]!];
  for (let i = 1; i < segments.length; i++) {
    const next = segments[i]!;
    if (widths[i - 1]! >= full && !startsWithNumbering(next)) {
      const last = segments[i - 1]!;
      if (isAsciiAlnum(last.at(-1)) && isAsciiAlnum(next[0])) current.push(' ');
      current.push(next);
    } else {
      paragraphs.push(current.join(''));
      current = [next];
    }
  }
  paragraphs.push(current.join(''));
  return paragraphs;
}

/** The typical full line: most segments of a wrapped page are full lines, short ones end paragraphs. */
function upperQuartile(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.75)] ?? 0;
}
