import type { QueryTerm } from './bm25Index';
import type { TermDictionary } from './termDictionary';

/**
 * A year or a quantity is what precedents state differently, not what makes a clause one: a draft's
 * `最高500万元`, `降至1%以下` or `到2027年` matched subsidy and target clauses of any topic by their
 * figures (`500`, `00`, `0万`, `至1`, `20`), and those took places from clauses on the draft's object
 * stated with other figures. The confidence already leaves these bigrams out of its evidence
 * (`precedents/confidence`); the hover's query leaves them out too. Chinese numerals (`三级`,
 * `两个`) stay: they are words.
 */

/** An ASCII digit: the folded key is NFKC, so full-width digits are ASCII here. */
export const isDigit = (unit: number): boolean => unit >= 48 && unit <= 57;

/** The term ids of a folded key's digits and of its bigrams that hold a digit. */
export function figureTerms(dictionary: TermDictionary, key: string): Set<number> {
  const figures = new Set<number>();
  for (let i = 0; i < key.length; i++) {
    const unit = key.charCodeAt(i);
    if (isDigit(unit)) figures.add(dictionary.unigram(unit, false));
    if (i > 0 && (isDigit(unit) || isDigit(key.charCodeAt(i - 1)))) figures.add(dictionary.bigram(key.charCodeAt(i - 1), unit, false));
  }
  figures.delete(-1);
  return figures;
}

/** The query's terms but those of its figures. */
export function withoutFigures(dictionary: TermDictionary, key: string, terms: readonly QueryTerm[]): QueryTerm[] {
  const figures = figureTerms(dictionary, key);
  return terms.filter((term) => !figures.has(term.term));
}
