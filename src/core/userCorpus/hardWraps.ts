import { displayWidth, isWide } from '../import/charClass';
import { startsWithNumbering } from '../import/numbering';

/**
 * Joins the lines of a hard-wrapped page (text saved from a PDF, an e-mail or a portal that breaks
 * every ~35 characters), so a clause is one paragraph and not two halves cut mid-sentence. A line
 * is a wrap when it is (nearly) as wide as the page's full lines, does not end a sentence, and the
 * next line goes on with text: not blank, not indented, not numbered, not Markdown. One pass,
 * linear in the text.
 */

/** A line at least this share of the page's typical full width (upper quartile) was wrapped. */
const fullShare = 0.85;
/** Lines narrower than this never set the page's width (headings, signatures). */
const minWidth = 24;
const sentenceEnds = new Set(['。', '！', '？', '；', '：', '!', '?', ';', ':']);

export function joinHardWraps(text: string): string {
  const lines = text.split('\n');
  const widths = lines
    .map((line) => displayWidth(line.trimEnd()))
    .filter((w) => w >= minWidth)
    .sort((a, b) => a - b);
  if (widths.length < 2) return text;
  const full = widths[Math.floor(widths.length * 0.75)]! * fullShare;
  // Each output line as its pieces, joined once at the end: growing one string and trimming it
  // for every wrapped line flattened it each time, quadratic in a paragraph's length.
  const out: string[][] = [];
  for (const line of lines) {
    const pieces = out.at(-1);
    if (pieces !== undefined && isWrapped(pieces, full) && continues(line)) {
      pieces[pieces.length - 1] = pieces.at(-1)!.trimEnd();
      pieces.push(line.trim());
    } else out.push([line]);
  }
  return out.map((pieces) => pieces.join('')).join('\n');
}

/**
 * Whether the line made of `pieces` was wrapped. Lines joined already are as wide as a full line:
 * they are at least as wide as their first piece, which was.
 */
function isWrapped(pieces: readonly string[], full: number): boolean {
  const trimmed = pieces.at(-1)!.trimEnd();
  const last = trimmed.at(-1);
  return last !== undefined && isWide(last) && !sentenceEnds.has(last) && (pieces.length > 1 || displayWidth(trimmed) >= full);
}

function continues(line: string): boolean {
  const first = line[0];
  return first !== undefined && isWide(first) && first !== '\u3000' && !startsWithNumbering(line) && !'#|>'.includes(first);
}
