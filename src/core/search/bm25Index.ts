import { Bm25Counts } from './bm25Counts';
import type { GrowableInt32 } from './growableArray';
import { TermDictionary, type TermDictionaryParts } from './termDictionary';

/**
 * BM25 over character unigrams and bigrams of folded clause keys. Chinese has no spaces, and
 * bigrams were measured here as the best trade of recall, speed and memory (see
 * ../shared/perf-notes.md). Postings are delta-encoded varints in one Uint8Array, so 100k clauses
 * fit in tens of MB; a query decodes only the postings of the terms it keeps.
 *
 * The term-frequency part is BM25L's (Lv & Zhai, "When documents are very long, BM25 fails!",
 * SIGIR 2011): the length-normalised frequency gets a floor `delta` before saturation, so a term
 * matched in a long clause is not discounted towards nothing. Precedents are often the long,
 * multi-sentence clauses of a plan. With `delta` 0 this is plain BM25.
 */

/** A query term with its weight (query term frequency times a kind factor). */
export interface QueryTerm {
  term: number;
  weight: number;
  /** Counted in `Candidate.required` when the clause contains it (palette exact matching). */
  required: boolean;
}

export interface Candidate {
  clause: number;
  score: number;
  /** How many distinct required terms the clause contains. */
  required: number;
}

/** BM25's term-frequency saturation (`k1`) and length normalisation (`b`); BM25L's floor `delta`. */
export interface Bm25Parameters {
  k1: number;
  b: number;
  delta: number;
}

/** Gives a clause's folded key as UTF-16 units, in a buffer it may reuse, and how many there are. */
export type KeyOf = (clause: number) => { units: Uint16Array; length: number };

/** Clauses indexed between two pauses of `buildYielding`: a few milliseconds of work … */
const sliceClauses = 256;
/** … or fewer, when they hold this many characters: page-long own-corpus clauses held a slice for seconds. */
const sliceUnits = 1 << 16;

/** An index's arrays, for saving a built index (see `engineSnapshot`). */
export interface Bm25Parts {
  dictionary: TermDictionaryParts;
  postingStart: Uint32Array;
  postings: Uint8Array;
  documentFrequency: Int32Array;
  inverseLengthNorm: Float32Array;
}

export class Bm25Index {
  private readonly scores: Float64Array;
  private readonly requiredHits: Uint16Array;
  private readonly touched: Int32Array;

  private constructor(
    readonly dictionary: TermDictionary,
    private readonly postingStart: Uint32Array,
    private readonly postings: Uint8Array,
    private readonly documentFrequency: Int32Array,
    /** The inverse of BM25's length normalisation, `1 / (1 − b + b · len / avgLen)`, per clause. */
    private readonly inverseLengthNorm: Float32Array,
    private readonly parameters: Bm25Parameters,
  ) {
    const count = inverseLengthNorm.length;
    this.scores = new Float64Array(count);
    this.requiredHits = new Uint16Array(count);
    this.touched = new Int32Array(count);
  }

  get parts(): Bm25Parts {
    const { postingStart, postings, documentFrequency, inverseLengthNorm } = this;
    return { dictionary: this.dictionary.parts, postingStart, postings, documentFrequency, inverseLengthNorm };
  }

  /**
   * An index from saved parts, or undefined when they are not consistent: postings in bounds and
   * in order, one frequency per term. Decoding trusts the bytes themselves; `engineSnapshot`
   * checks those against their hash.
   */
  static fromParts(parts: Bm25Parts, parameters: Bm25Parameters): Bm25Index | undefined {
    const dictionary = TermDictionary.fromParts(parts.dictionary);
    const { postingStart, postings, documentFrequency, inverseLengthNorm } = parts;
    if (!dictionary || postingStart.length !== dictionary.size + 1 || documentFrequency.length !== dictionary.size) return undefined;
    if (postingStart[0] !== 0 || postingStart[dictionary.size] !== postings.length) return undefined;
    for (let t = 0; t < dictionary.size; t++)
      if (postingStart[t]! > postingStart[t + 1]! || documentFrequency[t]! < 0 || documentFrequency[t]! > inverseLengthNorm.length) return undefined;
    return new Bm25Index(dictionary, postingStart, postings, documentFrequency, inverseLengthNorm, parameters);
  }

  get clauseCount(): number {
    return this.inverseLengthNorm.length;
  }

  /**
   * Builds the index from the folded key of each clause, given as UTF-16 units: `keyOf` is called
   * once per clause and returns the units (in a buffer it may reuse) and how many there are.
   */
  static build(count: number, keyOf: KeyOf, parameters: Bm25Parameters): Bm25Index {
    const steps = Bm25Index.buildSteps(count, keyOf, parameters);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * `build`, pausing (`await pause()`) after every slice of clauses, so an editor can index a large
   * own corpus without holding its thread for more than a few milliseconds at a time.
   */
  static async buildYielding(count: number, keyOf: KeyOf, parameters: Bm25Parameters, pause: () => Promise<void>): Promise<Bm25Index> {
    const steps = Bm25Index.buildSteps(count, keyOf, parameters);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await pause();
    }
  }

  /** The build as a generator that yields between slices of `sliceClauses` clauses and between passes. */
  private static *buildSteps(count: number, keyOf: KeyOf, parameters: Bm25Parameters): Generator<void, Bm25Index> {
    const counts = new Bm25Counts();
    let slice = { clauses: 0, units: 0 };
    for (let clause = 0; clause < count; clause++) {
      if (slice.clauses >= sliceClauses || slice.units >= sliceUnits) {
        yield;
        slice = { clauses: 0, units: 0 };
      }
      const { units, length } = keyOf(clause);
      slice.clauses++;
      slice.units += length;
      counts.add(units, length);
    }
    yield;
    return yield* Bm25Index.fromCountsSteps(counts, parameters);
  }

  /** The index over the clauses `counts` has counted, in the order they were added. */
  static fromCounts(counts: Bm25Counts, parameters: Bm25Parameters): Bm25Index {
    const steps = Bm25Index.fromCountsSteps(counts, parameters);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** Writes the postings the counts have sized, yielding after each slice of clauses. */
  private static *fromCountsSteps(counts: Bm25Counts, parameters: Bm25Parameters): Generator<void, Bm25Index> {
    const terms = counts.dictionary.size;
    const postingStart = counts.postingStart();
    const postings = new Uint8Array(postingStart[terms]!);
    const cursor = postingStart.slice(0, terms);
    const last = new Int32Array(terms).fill(-1);
    yield* forEachPair(counts.pairTerm, counts.pairTf, (clause, term, freq) => {
      cursor[term] = writePosting(postings, cursor[term]!, clause - last[term]!, freq);
      last[term] = clause;
    });
    const count = counts.clauseCount;
    const average = count > 0 ? counts.totalLength / count : 1;
    const { b } = parameters;
    const inverseLengthNorm = new Float32Array(count);
    for (let c = 0; c < count; c++) inverseLengthNorm[c] = 1 / (1 - b + (b * counts.lengths.get(c)) / (average || 1));
    return new Bm25Index(counts.dictionary, postingStart, postings, counts.documentFrequency(), inverseLengthNorm, parameters);
  }

  /** How many clauses contain the term. */
  df(term: number): number {
    return this.documentFrequency[term]!;
  }

  /** Inverse document frequency, BM25's smoothed form (never negative). */
  idf(term: number): number {
    const n = this.clauseCount;
    const df = this.documentFrequency[term]!;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Bytes the index holds in typed arrays (the dictionary's map is not counted). */
  get byteSize(): number {
    return this.postings.byteLength + this.postingStart.byteLength + this.documentFrequency.byteLength + this.inverseLengthNorm.byteLength;
  }

  /**
   * A term's BM25L contribution, by its frequency, in a passage of `length` units of `clause`
   * scored as if it were a clause of its own: its length normalisation follows from the clause's,
   * `1 / norm = 1 − b + b · len / avgLen`, so the index keeps no lengths for it.
   */
  passageTermScore(weights: ReadonlyMap<number, number>, clause: number, clauseLength: number, length: number): (term: number, freq: number) => number {
    const { k1, b, delta } = this.parameters;
    const inverseNorm = 1 / (1 - b + (length / Math.max(1, clauseLength)) * (1 / this.inverseLengthNorm[clause]! - 1 + b));
    return (term, freq) => {
      if (freq <= 0) return 0;
      const c = freq * inverseNorm + delta;
      return (this.idf(term) * (weights.get(term) ?? 0) * (k1 + 1) * c) / (k1 + c);
    };
  }

  /**
   * Scores every clause containing a query term and returns the best `limit`, best first.
   * `rank` may adjust a candidate's score before the cut (the palette lifts exact matches).
   */
  search(query: QueryTerm[], limit: number, rank?: (candidate: Candidate) => number): Candidate[] {
    const { scores, requiredHits, touched, postings, inverseLengthNorm } = this;
    const { k1, delta } = this.parameters;
    let touchedCount = 0;
    for (const { term, weight, required } of query) {
      const idf = this.idf(term) * weight * (k1 + 1);
      let p = this.postingStart[term]!;
      const end = this.postingStart[term + 1]!;
      let clause = -1;
      while (p < end) {
        let value = 0;
        let shift = 0;
        let byte: number;
        do {
          byte = postings[p++]!;
          value |= (byte & 127) << shift;
          shift += 7;
        } while (byte & 128);
        clause += value >>> 1;
        let freq = 1;
        if (value & 1) {
          freq = 0;
          shift = 0;
          do {
            byte = postings[p++]!;
            freq |= (byte & 127) << shift;
            shift += 7;
          } while (byte & 128);
        }
        if (scores[clause] === 0 && requiredHits[clause] === 0) touched[touchedCount++] = clause;
        // BM25L: idf · (k1 + 1) · c / (k1 + c), c = tf / lengthNorm + delta.
        const c = freq * inverseLengthNorm[clause]! + delta;
        scores[clause]! += (idf * c) / (k1 + c);
        if (required) requiredHits[clause]!++;
      }
    }
    const best = new TopK(limit);
    const probe: Candidate = { clause: 0, score: 0, required: 0 };
    for (let i = 0; i < touchedCount; i++) {
      const clause = touched[i]!;
      probe.clause = clause;
      probe.score = scores[clause]!;
      probe.required = requiredHits[clause]!;
      if (rank) probe.score = rank(probe);
      // Only a candidate that enters the heap is copied: most of a long list never does.
      if (best.admits(probe)) best.offer({ ...probe });
      scores[clause] = 0;
      requiredHits[clause] = 0;
    }
    return best.sorted();
  }
}

/** Visits every (clause, term, tf) pair, yielding after each slice of clauses like pass 1. */
function* forEachPair(terms: GrowableInt32, freqs: GrowableInt32, visit: (clause: number, term: number, freq: number) => void): Generator<void> {
  let clause = 0;
  let pairs = 0;
  for (let i = 0; i < terms.length; i++) {
    const term = terms.get(i);
    if (term >= 0) {
      visit(clause, term, freqs.get(i));
      pairs++;
    } else if (++clause % sliceClauses === 0 || pairs >= sliceUnits) {
      pairs = 0;
      yield;
    }
  }
}

/** Writes one posting (the layout: `postingSize` in bm25Counts.ts, which sized the array). */
function writePosting(out: Uint8Array, at: number, delta: number, freq: number): number {
  at = writeVarint(out, at, delta * 2 + (freq > 1 ? 1 : 0));
  return freq > 1 ? writeVarint(out, at, freq) : at;
}

function writeVarint(out: Uint8Array, at: number, value: number): number {
  while (value >= 128) {
    out[at++] = (value & 127) | 128;
    value = Math.floor(value / 128);
  }
  out[at++] = value;
  return at;
}

/** Keeps the `limit` highest-scoring candidates in a min-heap; ties go to the earlier clause. */
class TopK {
  private readonly heap: Candidate[] = [];

  constructor(private readonly limit: number) {}

  admits(candidate: Candidate): boolean {
    return this.limit > 0 && (this.heap.length < this.limit || worse(this.heap[0]!, candidate));
  }

  offer(candidate: Candidate): void {
    const heap = this.heap;
    if (this.limit <= 0) return;
    if (heap.length < this.limit) {
      heap.push(candidate);
      this.up(heap.length - 1);
    } else if (worse(heap[0]!, candidate)) {
      heap[0] = candidate;
      this.down(0);
    }
  }

  sorted(): Candidate[] {
    return [...this.heap].sort((x, y) => (worse(x, y) ? 1 : worse(y, x) ? -1 : 0));
  }

  private up(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && worse(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heap.length && worse(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === i) return;
      [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
      i = smallest;
    }
  }
}

function worse(a: Candidate, b: Candidate): boolean {
  return a.score < b.score || (a.score === b.score && a.clause > b.clause);
}
