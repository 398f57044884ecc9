import { endsSentence } from './sentenceEnd';

/**
 * An item's title is its first short phrase ending in `。` (`1. 强化前沿基础研究。围绕…`); a heading
 * written without one (`（一）实施算力基础设施提升行动`) is its own title.
 */

/** Longest phrase still read as a title rather than as the first sentence of a body. */
const maxTitleLength = 40;

export interface Title {
  text: string;
  /** Column just after the title and its end mark: where the body of the line starts. */
  end: number;
}

function clean(text: string): string {
  let out = text.trim();
  while (out.endsWith('*') || out.endsWith('_')) out = out.slice(0, -1).trimEnd();
  while (out.endsWith(':') || out.endsWith('：')) out = out.slice(0, -1).trimEnd();
  return out;
}

/**
 * @param original the line as written (titles keep their full-width punctuation)
 * @param folded the same line width-folded
 * @param from column where the text after the number starts
 * @param isHeading parts and sections fall back to the whole line
 */
export function readTitle(original: string, folded: string, from: number, isHeading: boolean): Title | undefined {
  let at = from;
  while (at < folded.length && !endsSentence(folded, at)) at++;
  if (at < folded.length) {
    const text = clean(original.slice(from, at));
    if (text.length > 0 && (isHeading || text.length <= maxTitleLength)) return { text, end: at + 1 };
    return undefined;
  }
  const text = clean(original.slice(from));
  if (text.length === 0) return undefined;
  if (isHeading || text.length <= maxTitleLength) return { text, end: folded.length };
  return undefined;
}
