import { bigramSet, type BigramSet } from './bigramSimilarity';
import { clauseSearchKey } from './normalizeKey';

/** A corpus clause as a hover compares it: its folded key and that key's bigram set. */
export interface ClauseKey {
  key: string;
  grams: BigramSet;
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
  ) {}

  of(clause: number): ClauseKey {
    let known = this.keys.get(clause);
    if (known) return known;
    if (this.keys.size >= this.capacity) this.keys.clear();
    const key = clauseSearchKey(this.textOf(clause));
    known = { key, grams: bigramSet(key) };
    this.keys.set(clause, known);
    return known;
  }
}
