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
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    if (previous !== undefined && isWrapped(previous, full) && continues(line)) out[out.length - 1] = previous.trimEnd() + line.trim();
    else out.push(line);
  }
  return out.join('\n');
}

function isWrapped(line: string, full: number): boolean {
  const trimmed = line.trimEnd();
  const last = trimmed.at(-1);
  return last !== undefined && isWide(last) && !sentenceEnds.has(last) && displayWidth(trimmed) >= full;
}

function continues(line: string): boolean {
  const first = line[0];
  return first !== undefined && isWide(first) && first !== '\u3000' && !startsWithNumbering(line) && !'#|>'.includes(first);
}
