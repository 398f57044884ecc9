import { Bm25Index } from '../../src/core/search/bm25Index';
import { foldUnitsInto } from '../../src/core/search/normalizeKey';
import { defaultTuning } from '../../src/core/search/searchEngine';

/** A BM25 index over a few sentences, each one clause, folded as the engine folds a corpus. */
export function bm25Of(texts: readonly string[]): Bm25Index {
  let buffer: Uint16Array = new Uint16Array(256);
  return Bm25Index.build(
    texts.length,
    (i) => {
      const folded = foldUnitsInto(texts[i]!, buffer);
      buffer = folded.units;
      return folded;
    },
    defaultTuning,
  );
}
