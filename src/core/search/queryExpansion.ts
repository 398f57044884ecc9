import type { Bm25Index, Candidate, QueryTerm } from './bm25Index';
import { keepRarest, queryTerms } from './queryTerms';

/**
 * Pseudo-relevance feedback: a draft clause says in its own words what the precedents say in
 * theirs, so the distinctive bigrams of the best few first-round matches join the query at a low
 * weight, and a second round finds precedents that share them.
 */

export interface FeedbackOptions {
  /** At most this many bigrams join the query … */
  terms: number;
  /** … from this many best first-round matches … */
  docs: number;
  /** … each weighing this much against a bigram of the draft clause … */
  weight: number;
  /** … and only bigrams found in at least this many of those matches. */
  agreement: number;
  /** The postings the added terms may cost (`keepRarest`). */
  maxPostings: number;
}

/** The query's terms, then the feedback terms of the first round's best matches (`pool`, best first). */
export function withFeedback(index: Bm25Index, keyOf: (clause: number) => string, terms: QueryTerm[], pool: Candidate[], options: FeedbackOptions): QueryTerm[] {
  const weights = new Map<number, number>();
  const matches = new Map<number, number>();
  for (const candidate of pool.slice(0, options.docs)) {
    const key = keyOf(candidate.clause);
    for (const term of queryTerms(index, [key], { unigramWeight: 0, unigramsOnlyForSingles: true, markRequired: false })) {
      // Rare bigrams of short matches say most about the topic.
      weights.set(term.term, (weights.get(term.term) ?? 0) + index.idf(term.term) / Math.sqrt(key.length));
      matches.set(term.term, (matches.get(term.term) ?? 0) + 1);
    }
  }
  const own = new Set(terms.map((t) => t.term));
  const agreement = Math.min(options.agreement, pool.length);
  const extra = [...weights]
    .filter(([term]) => !own.has(term) && matches.get(term)! >= agreement)
    .sort((a, b) => b[1] - a[1])
    .slice(0, options.terms)
    .map(([term]) => ({ term, weight: options.weight, required: false }));
  // The same postings budget as the query's own terms, so a large corpus stays fast.
  return [...terms, ...keepRarest(index, extra, options.terms, options.maxPostings)];
}
