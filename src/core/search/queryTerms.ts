import type { Bm25Index, QueryTerm } from './bm25Index';

/**
 * Turns folded query keys into weighted index terms. Bigrams carry the meaning of Chinese text
 * (most words are two characters); unigrams only smooth over typos and one-character words, so
 * they weigh less.
 */

export interface TermOptions {
  /** Weight of a unigram relative to a bigram. */
  unigramWeight: number;
  /** Add unigrams only for one-character parts (their postings are the longest there are). */
  unigramsOnlyForSingles: boolean;
  /** Mark each part's bigrams (its character, for one-character parts) as required. */
  markRequired: boolean;
}

export function queryTerms(index: Bm25Index, parts: string[], options: TermOptions): QueryTerm[] {
  const byTerm = new Map<number, QueryTerm>();
  const add = (term: number, weight: number, required: boolean): void => {
    // A term of no weight would only mark clauses as touched without scoring them.
    if (term < 0 || weight <= 0) return;
    const known = byTerm.get(term);
    if (known) {
      known.weight += weight;
      known.required ||= required;
    } else byTerm.set(term, { term, weight, required });
  };
  const dictionary = index.dictionary;
  for (const part of parts) {
    const single = part.length === 1;
    for (let i = 0; i < part.length; i++) {
      const code = part.charCodeAt(i);
      if (single || !options.unigramsOnlyForSingles) add(dictionary.unigram(code, false), options.unigramWeight, options.markRequired && single);
      if (i > 0) add(dictionary.bigram(part.charCodeAt(i - 1), code, false), 1, options.markRequired);
    }
  }
  return [...byTerm.values()];
}

/** How many required terms the parts have, counting the ones the index has never seen. */
export function requiredCount(parts: string[]): number {
  const grams = new Set<string>();
  for (const part of parts) {
    if (part.length === 1) grams.add(part);
    for (let i = 1; i < part.length; i++) grams.add(part.slice(i - 1, i + 1));
  }
  return grams.size;
}

/**
 * Keeps the rarest terms: they carry most of the score, and common ones (发展, 推进) cost the
 * longest postings. The cut is by count and by postings to decode, so a small corpus keeps every
 * term and a large one stays fast.
 */
export function keepRarest(index: Bm25Index, terms: QueryTerm[], maxTerms: number, maxPostings: number): QueryTerm[] {
  const sorted = [...terms].sort((x, y) => index.df(x.term) - index.df(y.term));
  const kept: QueryTerm[] = [];
  let postings = 0;
  for (const term of sorted) {
    if (kept.length >= maxTerms) break;
    postings += index.df(term.term);
    if (kept.length > 0 && postings > maxPostings) break;
    kept.push(term);
  }
  return kept;
}
