import { GrowableInt32 } from './growableArray';
import { TermDictionary } from './termDictionary';

/**
 * The first part of a BM25 index build, one clause at a time: each clause's distinct terms with
 * their frequencies, every term's document frequency, and the bytes its postings will take. A
 * caller that gets its clauses one by one (the CLI, as the reader threads answer) counts each as
 * it comes, so only the postings are left to write once the last clause is in; `Bm25Index.build`
 * counts the same way. Term ids are given in the order terms are first seen, clause after clause,
 * so the same clauses added in the same order always give the same index.
 */
export class Bm25Counts {
  readonly dictionary = new TermDictionary();
  /** Each clause's distinct terms, in clause order, with a -1 after each clause … */
  readonly pairTerm = new GrowableInt32(1 << 16);
  /** … and their frequencies (0 after each clause). */
  readonly pairTf = new GrowableInt32(1 << 16);
  /** Each clause's length in UTF-16 units. */
  readonly lengths = new GrowableInt32(1 << 12);
  totalLength = 0;
  /**
   * Four counters per term, side by side (a term's four in one cache line: the counting visits
   * terms in no order, and four arrays took four misses): at `4t` its frequency in the clause
   * being added, at `4t + 1` how many clauses hold it, at `4t + 2` the bytes of its postings so
   * far, at `4t + 3` the last clause that held it plus one (0: none yet), which each posting's
   * delta is taken from. Grown with the dictionary.
   */
  private stats: Int32Array = new Int32Array(4 << 14);
  /** Scratch, per clause: its distinct terms, their frequencies, and its units' term ids (`TermDictionary.addTerms`). */
  private seen: Int32Array = new Int32Array(1 << 12);
  private freqs: Int32Array = new Int32Array(1 << 12);
  private ids: Int32Array = new Int32Array(1 << 12);

  get clauseCount(): number {
    return this.lengths.length;
  }

  /** Counts the next clause's terms: its folded key, `length` UTF-16 units of `units`. */
  add(units: Uint16Array, length: number): void {
    const clause = this.lengths.length;
    this.lengths.push(length);
    this.totalLength += length;
    if (2 * length > this.seen.length) {
      this.seen = new Int32Array(2 * length);
      this.freqs = new Int32Array(2 * length);
      this.ids = new Int32Array(2 * length);
    }
    const { seen, freqs, ids } = this;
    this.dictionary.addTerms(units, length, ids);
    if (4 * this.dictionary.size > this.stats.length) this.grow(this.dictionary.size);
    const stats = this.stats;
    let seenCount = 0;
    for (let i = 0; i < 2 * length; i++) {
      const term = ids[i]!;
      if (term >= 0 && stats[4 * term]!++ === 0) seen[seenCount++] = term;
    }
    for (let k = 0; k < seenCount; k++) {
      const at = 4 * seen[k]!;
      const freq = stats[at]!;
      freqs[k] = freq;
      stats[at] = 0;
      stats[at + 1]!++;
      // `postingSize`, written out: a call per pair is a real call in a CLI run (see `TermDictionary.addTerms`).
      const value = (clause + 1 - stats[at + 3]!) * 2 + (freq > 1 ? 1 : 0);
      let bytes = 1 + (value < 128 ? 0 : value < 16384 ? 1 : value < 2097152 ? 2 : value < 268435456 ? 3 : 4);
      if (freq > 1) bytes += 1 + (freq < 128 ? 0 : freq < 16384 ? 1 : freq < 2097152 ? 2 : freq < 268435456 ? 3 : 4);
      stats[at + 2]! += bytes;
      stats[at + 3] = clause + 1;
    }
    this.pairTerm.pushAll(seen, seenCount);
    this.pairTf.pushAll(freqs, seenCount);
    this.pairTerm.push(-1);
    this.pairTf.push(0);
  }

  /** Each term's document frequency, trimmed to the dictionary. */
  documentFrequency(): Int32Array {
    const terms = this.dictionary.size;
    const df = new Int32Array(terms);
    for (let t = 0; t < terms; t++) df[t] = this.stats[4 * t + 1]!;
    return df;
  }

  /** Where each term's postings start in one byte array, and (last) its length. */
  postingStart(): Uint32Array {
    const terms = this.dictionary.size;
    const start = new Uint32Array(terms + 1);
    for (let t = 0; t < terms; t++) start[t + 1] = start[t]! + this.stats[4 * t + 2]!;
    return start;
  }

  /** Grows the counters to hold `needed` terms. */
  private grow(needed: number): void {
    const next = new Int32Array(4 * Math.max(needed, (this.stats.length / 4) * 2));
    next.set(this.stats);
    this.stats = next;
  }
}

/** A posting is varint(delta · 2 + [tf > 1]) followed, when tf > 1, by varint(tf). */
export function postingSize(delta: number, freq: number): number {
  return varintSize(delta * 2 + (freq > 1 ? 1 : 0)) + (freq > 1 ? varintSize(freq) : 0);
}

function varintSize(value: number): number {
  let size = 1;
  while (value >= 128) {
    value = Math.floor(value / 128);
    size++;
  }
  return size;
}
