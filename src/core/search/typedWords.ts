import { wordSpans } from '../text/wordSpans';

/**
 * The words of a palette query, for ordering the clauses that hold only part of it. Bigrams alone
 * cannot tell `产业基础` from `产业…基金` as matches of `产业基金`: each shares two of its three bigrams,
 * one of them (`业基`) spanning two words. Counting whole words (`产业`, `基金`) can. Words of one
 * character say too little to count (the segmenter splits many terms it does not know into them).
 */
export function typedWords(parts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const part of parts) {
    for (const span of wordSpans(part)) if (span.wordLike && span.end - span.start >= 2) words.add(part.slice(span.start, span.end));
  }
  return [...words];
}

/** Share of `words` found whole in a clause's folded key; 1 when there are none to look for. */
export function wordShare(words: readonly string[], clauseKey: string): number {
  return words.length === 0 ? 1 : words.filter((word) => clauseKey.includes(word)).length / words.length;
}
