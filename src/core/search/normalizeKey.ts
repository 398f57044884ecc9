import type { ConverterOptions } from 'opencc-js' with { 'resolution-mode': 'import' };

type OpenCC = { Converter(options: ConverterOptions): (text: string) => string };

/**
 * One definition of "the same text" for search and for scoring it: traditional → simplified
 * (opencc-js), Unicode NFKC (full-width letters and digits become ASCII), and every whitespace,
 * punctuation and symbol character removed. `normalizeKey` is exactly the `key(s)` of
 * ../shared/eval/README.md, so the engine matches what the evaluation counts as a match; the
 * search keys add lower case so `ai` finds `AI`.
 */

let convert: ((text: string) => string) | undefined;

/** Traditional → simplified; the converter is built on first use (its tables take a moment). */
export function toSimplified(text: string): string {
  // opencc-js declares itself an ES module but ships a CommonJS build: a plain `require` loads it
  // (and lets esbuild bundle it) and defers building its tables until a query needs them.
  convert ??= (require('opencc-js/t2cn') as OpenCC).Converter({ from: 't', to: 'cn' });
  return convert(text);
}

/** A single character class, so the scan is linear whatever the input. */
const droppable = /[\s\p{P}\p{S}]/gu;

/**
 * The fold without the traditional → simplified step. The bundled corpus is already simplified
 * by its importer, so the index uses this and saves opencc's cost on every clause.
 */
export function foldKey(text: string): string {
  return text.normalize('NFKC').replace(droppable, '');
}

/** The full key of a user-written query or draft clause, which may be in traditional characters. */
export function normalizeKey(text: string): string {
  return foldKey(toSimplified(text));
}

/** The key a corpus clause is indexed under (the corpus is already simplified). */
export function clauseSearchKey(text: string): string {
  return foldKey(text).toLowerCase();
}

/** The key a typed query or draft clause is searched with. */
export function querySearchKey(text: string): string {
  return normalizeKey(text).toLowerCase();
}

/** A folded text with, for each of its UTF-16 units, the offset of the source unit it came from. */
export interface FoldedText {
  key: string;
  offsets: number[];
}

/**
 * Folds character by character so every key unit maps back to the source text; the diff marker
 * needs this to mark differences on the text as written. Characters NFKC expands (e.g. `㈠`) map
 * all their units to the one source character.
 */
export function foldWithOffsets(text: string, simplify: boolean): FoldedText {
  const source = simplify ? sameLengthSimplified(text) : text;
  let key = '';
  const offsets: number[] = [];
  for (let i = 0; i < source.length; ) {
    const code = source.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const folded = foldKey(source.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) offsets.push(i);
    key += folded;
    i += width;
  }
  return { key, offsets };
}

/** opencc maps some phrases to a different length; offsets then only hold for the unconverted text. */
function sameLengthSimplified(text: string): string {
  const simplified = toSimplified(text);
  return simplified.length === text.length ? simplified : text;
}
