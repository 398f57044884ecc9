import type { BigramSet } from '../search/bigramSimilarity';
import { isDigit } from '../search/figureTerms';
import { diversify, type SearchEngine } from '../search/searchEngine';
import type { SearchHit } from '../search/types';
import { everySource, included, preference, type SourceChoice } from './sources';

/**
 * How far to trust a precedent: one figure, 0–1, read as the chance that a drafter would call the
 * clause a precedent of theirs. It is a layer over the engine: the engine orders clauses by its
 * own score, which means nothing across queries (a 养老床位 clause's best match in a biomedicine
 * corpus scores like a real precedent); this turns what the clause shares with the draft into a
 * figure that does, so a floor can say "no close precedent".
 *
 * The weights are a logistic regression fitted by `npm run calibrate` (scripts/calibrateConfidence.ts)
 * on the retrieval dev set and the project's own sets (in-domain) and an off-domain set written
 * for it; the README of test/fixtures/offdomain/ says how, and which set was kept out of it.
 */

/** What the draft clause shares with the corpus as a whole: does the corpus speak of this at all? */
export interface QueryEvidence {
  /** The best `coverage` among the candidates. */
  best: number;
  /** The best `similarity` among them. */
  similar: number;
}

/** What one candidate shares with the draft clause. */
export interface ResultEvidence {
  /** Share of the draft clause's rarity-weighted bigrams found in the precedent. */
  coverage: number;
  /** Dice over bigrams (the engine's `similarity`). */
  similarity: number;
  /** The engine's score over the best score among this query's candidates. */
  relative: number;
}

export interface Calibration {
  /** Logistic weights of "the corpus holds precedents of this clause": intercept, best, similar. */
  query: [number, number, number];
  /** Logistic weights of "this candidate is one of them": intercept, coverage, similarity, relative. */
  result: [number, number, number, number];
}

/**
 * Fitted by `npm run calibrate -- --fit` (see the module comment); refit when the engine's
 * ranking changes.
 */
export const calibration: Calibration = { query: [-1.782, 9.106, 6.298], result: [-3.915, 2.323, 1.41, 5.536] };

/**
 * When no candidate reaches this, the hover and search say the corpus holds no close precedent
 * rather than show noise.
 */
export const defaultFloor = 0.4;

/**
 * A best candidate over the floor but under this is shown alone: the corpus may hold this one
 * precedent, worded unlike the draft, and a drafter loses nothing by seeing it with its low figure;
 * its weaker neighbours are mostly noise. Off-domain clauses that clear the floor are then one
 * result, not five. The pair is chosen by `npm run calibrate` (see test/fixtures/offdomain/README.md).
 */
export const defaultAlone = 0.45;

/**
 * Once one candidate clears `defaultAlone`, the others are shown down to this share of that level:
 * the clause is one the corpus speaks of, and a weaker match is often the precedent a drafter
 * wanted (the gold sets' recall falls fast when each result must clear the level itself).
 * `npm run calibrate -- --heldout --tail 0.05,0.1,0.15,0.2,0.25`: from 0.25 to 0.2 four in-domain
 * sets gain recall@5 (dev 0.831 → 0.841, own 0.768 → 0.780, own-3 0.603 → 0.628, own-4 0.576 →
 * 0.605) and off-domain clauses get at most 0.07 more results each (blind-2 0.30 → 0.37); under
 * 0.2 blind-3 reaches one result per clause.
 */
export const defaultTail = 0.2;

/** Candidates the engine is asked for, per place shown, for the confidence to choose among. */
export const defaultPool = 2;

/**
 * Each further precedent of a document already shown counts for this share of its confidence.
 * Milder than the engine's own spread (`sameDocumentDecay`, 0.6), which has already chosen the
 * candidates across documents: spreading them a second time as hard pushed a document's second
 * close precedent below another's loose match (`npm run calibrate -- --decay`: at 0.8 every in-domain
 * set gains recall@5 — dev 0.806 → 0.818, own-2 0.675 → 0.685, own 0.756 → 0.758 — and 0.9 loses it).
 */
export const defaultDecay = 0.8;

const logistic = (z: number): number => 1 / (1 + Math.exp(-z));

export function queryConfidence(evidence: QueryEvidence, weights: Calibration = calibration): number {
  const [b, best, similar] = weights.query;
  return logistic(b + best * evidence.best + similar * evidence.similar);
}

export function resultConfidence(evidence: ResultEvidence, weights: Calibration = calibration): number {
  const [b, coverage, similarity, relative] = weights.result;
  return logistic(b + coverage * evidence.coverage + similarity * evidence.similarity + relative * evidence.relative);
}

/**
 * The chance a candidate is a precedent: that the corpus holds any for this clause, times that
 * this is one of them. The first factor is what separates a 养老床位 clause's best match from a
 * real precedent; the second orders the candidates of one clause.
 */
export function confidenceOf(query: QueryEvidence, result: ResultEvidence, weights: Calibration = calibration): number {
  return queryConfidence(query, weights) * resultConfidence(result, weights);
}

/** What each hit shares with the query text, and what the query shares with the corpus. */
export function evidenceOf(engine: SearchEngine, query: string, hits: readonly SearchHit[]): { query: QueryEvidence; results: ResultEvidence[] } {
  const { grams, weights } = engine.bigramRarity(query);
  // A year or a quantity is what a precedent states differently, not what makes it one: `到2027年`
  // in a 养老床位 target matched biomedicine targets by their dates (issue 12).
  grams.forEach((code, i) => {
    if (isDigit(code >>> 16) || isDigit(code & 0xffff)) weights[i] = 0;
  });
  const total = weights.reduce((sum, w) => sum + w, 0);
  const best = hits.reduce((max, hit) => Math.max(max, hit.score), 0);
  const results = hits.map((hit) => ({
    coverage: total > 0 ? weightedShare(grams, weights, engine.clauseKey(hit.clause).grams) / total : 0,
    similarity: hit.similarity,
    relative: best > 0 ? hit.score / best : 0,
  }));
  const most = (pick: (r: ResultEvidence) => number): number => results.reduce((max, r) => Math.max(max, pick(r)), 0);
  return { query: { best: most((r) => r.coverage), similar: most((r) => r.similarity) }, results };
}

/** Sum of the weights of `grams` present in `other` (both sorted). */
function weightedShare(grams: BigramSet, weights: Float64Array, other: BigramSet): number {
  let sum = 0;
  for (let i = 0, j = 0; i < grams.length && j < other.length;) {
    if (grams[i] === other[j]) {
      sum += weights[i]!;
      i++;
      j++;
    } else if (grams[i]! < other[j]!) i++;
    else j++;
  }
  return sum;
}

/** A hover precedent with its confidence. */
export interface RatedHit extends SearchHit {
  confidence: number;
}

export interface PrecedentOptions {
  limit: number;
  /** With no result at this confidence there is no close precedent; 0 keeps every one. */
  floor?: number;
  /** Under this (but over the floor) the best is shown alone; the floor when only a floor is given. */
  alone?: number;
  /** Share of `alone` the other results must reach once one clears it. */
  tail?: number;
  exclude?: number;
  weights?: Calibration;
  /** Candidates asked of the engine per place shown (`defaultPool`). */
  pool?: number;
  /** Weight of each further precedent of a document already shown (`defaultDecay`). */
  decay?: number;
  /** Sources searched and preferred; every source, none preferred, when absent. */
  sources?: SourceChoice;
}

export interface Precedents {
  /** Best first, by confidence. */
  hits: RatedHit[];
  /** How many candidates the floor left out. */
  belowFloor: number;
}

/**
 * The engine's precedents of a draft clause, rated and ordered by confidence: none when the best
 * is under the floor, the best alone when it is under `alone`, else those down to the tail. The engine is asked for twice the places so
 * ordering by confidence has room to lift one it placed lower (more when sources are left out).
 * Precedents of a preferred level, region or kind come before the others; within each, confidence
 * decides.
 */
export function ratedPrecedents(engine: SearchEngine, text: string, options: PrecedentOptions): Precedents {
  const floor = options.floor ?? defaultFloor;
  const alone = Math.max(floor, options.alone ?? (options.floor === undefined ? defaultAlone : floor));
  const tail = alone * (options.tail ?? defaultTail);
  const sources = options.sources ?? everySource;
  const narrowed = sources !== everySource && engine.corpus.documents.some((d) => !included(d, sources));
  const perPlace = options.pool ?? defaultPool;
  const pool = engine.hover(text, { limit: options.limit * perPlace * (narrowed ? 4 : 1), ...(options.exclude === undefined ? {} : { exclude: options.exclude }) });
  const hits = narrowed ? pool.filter((hit) => included(engine.documentOf(hit.clause), sources)).slice(0, options.limit * perPlace) : pool;
  const evidence = evidenceOf(engine, text, hits);
  const rank = (hit: SearchHit): number => preference(engine.documentOf(hit.clause), sources);
  const rated = hits
    .map((hit, i) => ({ ...hit, confidence: confidenceOf(evidence.query, evidence.results[i]!, options.weights) }))
    .sort((x, y) => y.confidence - x.confidence || x.clause - y.clause);
  const best = rated[0]?.confidence ?? 0;
  const kept = best < floor ? [] : best < alone ? rated.slice(0, 1) : rated.filter((hit) => hit.confidence >= tail);
  if (Object.keys(sources.prefer).length > 0) {
    kept.sort((x, y) => rank(y) - rank(x) || y.confidence - x.confidence || x.clause - y.clause);
    return { hits: kept.slice(0, options.limit), belowFloor: rated.length - kept.length };
  }
  // Which to show is chosen by spreading them over documents (each further precedent of a document
  // counts for less, `defaultDecay`), then shown by confidence: ordering the doubled pool by
  // confidence alone filled the places with one document's clauses, undoing the engine's spread.
  const shown = new Set(
    diversify(
      kept.map((hit) => ({ ...hit, score: hit.confidence })),
      (hit) => engine.clause(hit.clause).doc,
      options.limit,
      options.decay ?? defaultDecay,
    ).map((hit) => hit.clause),
  );
  return { hits: kept.filter((hit) => shown.has(hit.clause)), belowFloor: rated.length - kept.length };
}
