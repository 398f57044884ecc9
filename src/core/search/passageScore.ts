import type { Bm25Index, QueryTerm } from './bm25Index';
import type { TermDictionary } from './termDictionary';

/**
 * A long clause often answers a draft clause in one of its sentences: a 政府工作报告 paragraph
 * runs a dozen measures together (`……推广碳普惠应用场景……`), and as one clause its length
 * normalisation dilutes the sentence that matches below focused clauses on a neighbouring topic.
 * So a clause of more than `minLength` units is also scored by its best passage — whole sentences,
 * as many as fit in `width` units, scored by BM25L as if the passage had been indexed as a clause
 * of its own — and keeps the better of the two scores. The clause stays the result (its text, its
 * place in the document): only its rank changes.
 */

export interface PassageShape {
  /** Units of the folded key a passage holds at most (a sentence longer than this is one passage). */
  width: number;
  /** Clauses whose key is at most this long are scored whole only. */
  minLength: number;
  /** Units of a key read for passages: a page-long "clause" is read by its beginning. */
  maxRead: number;
  /**
   * A passage's score counts this much against the whole clause's: the best of many passages is
   * partly luck, and a long clause has many.
   */
  weight: number;
}

/** A query's terms as passages are scored. */
export interface PassageQuery {
  /** Weight by term id. */
  weights: ReadonlyMap<number, number>;
  /** The query's term ids, each once, in the order `slots` numbers them. */
  terms: readonly number[];
  /** By term id: 1 + the term's place in `terms`, 0 for a term the query does not hold (one read per position, no hashing). */
  slots: Int32Array;
}

/** `dictionarySize`: the engine's number of term ids. */
export function passageQuery(terms: readonly QueryTerm[], dictionarySize: number): PassageQuery {
  const weights = new Map(terms.map((t) => [t.term, t.weight]));
  const slots = new Int32Array(dictionarySize);
  const ids = [...weights.keys()];
  ids.forEach((term, slot) => (slots[term] = slot + 1));
  return { weights, terms: ids, slots };
}

/** Where a clause's sentences end: in its folded key, and in its text when they were found there. */
export interface SentenceEnds {
  key: number[];
  text?: number[];
}

/**
 * Where a clause's sentences end in its folded key, which has no punctuation left: each sentence
 * folded alone, their lengths summed. When the pieces do not add up to the key (a fold that
 * depends on its neighbours), the key is cut every `width` units instead, with no text ends.
 */
export function sentenceEnds(text: string, key: string, fold: (text: string) => string, width: number): SentenceEnds {
  const ends: number[] = [];
  const textEnds: number[] = [];
  let at = 0;
  let textAt = 0;
  for (const sentence of text.split(/(?<=[。；！？!?;])/u)) {
    at += fold(sentence).length;
    textAt += sentence.length;
    if (at > 0 && at !== ends[ends.length - 1]) {
      ends.push(at);
      textEnds.push(textAt);
    } else if (at > 0) textEnds[textEnds.length - 1] = textAt;
  }
  if (at === key.length) return { key: ends, text: textEnds };
  return {
    key: Array.from({ length: Math.ceil(key.length / width) }, (_, i) => Math.min(key.length, (i + 1) * width)),
  };
}

/** A clause's score after its passages were read, and the sentences of its best passage. */
export interface PassageScore {
  score: number;
  /**
   * First and last sentence (indices into the ends) of the best passage, whether it or the whole
   * clause gave `score`: where a long paragraph answers the draft, to show it from there.
   */
  sentences?: { first: number; last: number };
}

/**
 * The term ids at each position of a long clause's key, read up to `maxRead` units: the unigram
 * there, and the bigram ending there (-1 at the first position and where the corpus has none).
 * They depend on the clause and the engine's dictionary only, so they are looked up once per
 * clause and kept (`ClauseKeys`); a query then only asks which of them it holds.
 */
export interface PassageTerms {
  unigrams: Int32Array;
  bigrams: Int32Array;
}

export function passageTerms(dictionary: TermDictionary, key: string, maxRead: number): PassageTerms {
  const length = Math.min(key.length, maxRead);
  const unigrams = new Int32Array(length);
  const bigrams = new Int32Array(length).fill(-1);
  for (let i = 0; i < length; i++) {
    const code = key.charCodeAt(i);
    unigrams[i] = dictionary.unigram(code, false);
    if (i > 0) bigrams[i] = dictionary.bigram(key.charCodeAt(i - 1), code, false);
  }
  return { unigrams, bigrams };
}

/**
 * The best score of a passage of `key` — from each sentence on, as many whole sentences as fit in
 * `width` units, at least one — weighed by `shape.weight`, or the clause's own `score` when that
 * is higher or the clause is short; with the best passage's sentences when any holds a query term. `terms` are the key's term ids by position (`passageTerms`,
 * kept per clause); the query's terms among them are found once per position, and a passage then
 * only counts them.
 */
export function bestPassageScore(
  index: Bm25Index,
  query: PassageQuery,
  clause: number,
  key: string,
  ends: readonly number[],
  terms: PassageTerms,
  score: number,
  shape: PassageShape,
): PassageScore {
  if (key.length <= Math.max(shape.minLength, shape.width) || query.terms.length === 0) return { score };
  const length = Math.min(key.length, shape.maxRead);
  const { unigrams, bigrams } = terms;
  const counts = new Int32Array(query.terms.length);
  const touched: number[] = [];
  // A position's unigram, and the bigram ending there, counted when the query holds them.
  const count = (term: number): void => {
    const slot = term < 0 ? -1 : query.slots[term]! - 1;
    if (slot >= 0 && counts[slot]!++ === 0) touched.push(slot);
  };
  let best = 0;
  let bestSentences = { first: 0, last: 0 };
  let start = 0;
  for (let first = 0; first < ends.length && start < length; first++) {
    let last = first;
    while (last + 1 < ends.length && ends[last + 1]! - start <= shape.width) last++;
    const end = Math.min(ends[last]!, length);
    for (let i = start; i < end; i++) {
      count(unigrams[i]!);
      if (i > start) count(bigrams[i]!);
    }
    const termScore = index.passageTermScore(query.weights, clause, key.length, end - start);
    let passage = 0;
    for (const slot of touched) {
      passage += termScore(query.terms[slot]!, counts[slot]!);
      counts[slot] = 0;
    }
    touched.length = 0;
    if (passage > best) {
      best = passage;
      bestSentences = { first, last };
    }
    start = ends[first]!;
  }
  if (best === 0) return { score };
  return { score: Math.max(score, shape.weight * best), sentences: bestSentences };
}
