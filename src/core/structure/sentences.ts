import { endsSentence } from './sentenceEnd';

/**
 * Sentences as the spec counts them: a sentence ends at `。`, `！`, `？` (or their half-width forms,
 * see `endsSentence`) or at the end of the paragraph; `；` does not end one. Closing quotes right after the end mark
 * belong to the sentence.
 */
export interface Sentence {
  /** Columns in the line, end exclusive. */
  start: number;
  end: number;
}

const closers = new Set(['”', '’', '」', '』', '"', "'"]);

/** Splits the folded line `line` from column `from` on; blank stretches are skipped. */
export function splitSentences(line: string, from: number): Sentence[] {
  const sentences: Sentence[] = [];
  let start = from;
  for (let at = from; at < line.length; at++) {
    if (!endsSentence(line, at)) continue;
    let end = at + 1;
    while (end < line.length && (closers.has(line.charAt(end)) || endsSentence(line, end))) end++;
    pushTrimmed(line, start, end, sentences);
    start = end;
    at = end - 1;
  }
  pushTrimmed(line, start, line.length, sentences);
  return sentences;
}

function pushTrimmed(line: string, start: number, end: number, into: Sentence[]): void {
  while (start < end && /\s/.test(line.charAt(start))) start++;
  while (end > start && /\s/.test(line.charAt(end - 1))) end--;
  if (end > start) into.push({ start, end });
}
