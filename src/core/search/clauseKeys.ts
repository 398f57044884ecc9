import { bigramSet, type BigramSet } from './bigramSimilarity';
import { clauseSearchKey } from './normalizeKey';
import { sentenceEnds, type PassageTerms, type SentenceEnds } from './passageScore';

/**
 * A clause is a few hundred characters, but an own-corpus file without numbering or line breaks is
 * one page-long "clause": folded and bigrammed in full for every candidate of every query, 30 files
 * of 990,000 characters cost a hover about 5 s of CPU. Its key is read from its first
 * `keyMaxChars` characters (enough to find typed words in a long paragraph), and it is compared by
 * the bigrams of the key's first `gramsMaxChars` (past the longest clause of a real plan's body; a
 * hover query itself is cut at 2,000, see `hoverMaxChars`).
 */
export const keyMaxChars = 20_000;
export const gramsMaxChars = 5_000;

/** A corpus clause as a hover compares it: its folded key and that key's bigram set. */
export interface ClauseKey {
  key: string;
  grams: BigramSet;
  /** Where its sentences end in `key`, for a clause long enough to be scored by passages (`passageScore`). */
  sentenceEnds?: SentenceEnds;
  /** Its term ids by position, once a query first scored its passages: kept, so the next query does not look them up again. */
  passageTerms?: PassageTerms;
}

/**
 * The folded keys and bigram sets of the clauses hovers read, kept for the next hover: a hover
 * folds some forty candidates, the same ones again when the drafter moves within a clause or
 * to a like one, and folding (NFKC, the punctuation scan) cost more than ranking them. Bounded:
 * when full it starts afresh, so a long session over a large own corpus does not grow it without end.
 */
export class ClauseKeys {
  private readonly keys = new Map<number, ClauseKey>();

  constructor(
    private readonly textOf: (clause: number) => string,
    private readonly capacity = 20_000,
    /** Clauses whose key is longer than `over` get their sentence ends (passages of `width`), from the same read of the text. */
    private readonly passages?: { over: number; width: number },
  ) {}

  of(clause: number): ClauseKey {
    let known = this.keys.get(clause);
    if (known) return known;
    if (this.keys.size >= this.capacity) this.keys.clear();
    const text = this.textOf(clause);
    const read = text.length > keyMaxChars ? text.slice(0, keyMaxChars) : text;
    const key = clauseSearchKey(read);
    known = { key, grams: bigramSet(key.length > gramsMaxChars ? key.slice(0, gramsMaxChars) : key) };
    if (this.passages && key.length > this.passages.over) known.sentenceEnds = sentenceEnds(read, key, clauseSearchKey, this.passages.width);
    this.keys.set(clause, known);
    return known;
  }
}
