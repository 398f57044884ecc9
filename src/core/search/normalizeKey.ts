import { nfkc } from '../text/nfkc';
import { toSimplified } from '../text/simplify';

/**
 * One definition of "the same text" for search and for scoring it: traditional → simplified
 * (opencc-js), Unicode NFKC (full-width letters and digits become ASCII), and every whitespace,
 * punctuation and symbol character removed. `normalizeKey` is exactly the `key(s)` of
 * ../shared/eval/README.md, so the engine matches what the evaluation counts as a match; the
 * search keys add lower case so `ai` finds `AI`.
 */

/** A single character class, so the scan is linear whatever the input. */
const droppable = /[\s\p{P}\p{S}]/gu;

/**
 * The fold without the traditional → simplified step. The bundled corpus is already simplified
 * by its importer, so the index uses this and saves opencc's cost on every clause.
 */
export function foldKey(text: string): string {
  return nfkc(text).replace(droppable, '');
}

/** The full key of a user-written query or draft clause, which may be in traditional characters. */
export function normalizeKey(text: string): string {
  return foldKey(toSimplified(text));
}

/** The key a corpus clause is indexed under (the corpus is already simplified). */
export function clauseSearchKey(text: string): string {
  return foldKey(text).toLowerCase();
}

let droppableUnits: Uint8Array | undefined;

/**
 * `clauseSearchKey` as UTF-16 units written into `buffer` (grown when too small), without building
 * the string: the index build folds every clause of the corpus, and a per-unit table is several
 * times faster than the regular expression. Same result as `clauseSearchKey`.
 */
export function foldUnitsInto(text: string, buffer: Uint16Array): { units: Uint16Array; length: number } {
  droppableUnits ??= droppableTable();
  const plain = foldPlainInto(text, buffer, droppableUnits);
  if (plain !== undefined) return plain;
  const normalized = nfkc(text).toLowerCase();
  const units = buffer.length >= normalized.length ? buffer : new Uint16Array(normalized.length * 2);
  let length = 0;
  for (let i = 0; i < normalized.length; i++) {
    const code = normalized.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < normalized.length) {
      // A character outside the BMP: classify it whole, as the regular expression does.
      const pair = normalized.slice(i, i + 2);
      i++;
      if (!droppable.test(pair)) {
        units[length++] = pair.charCodeAt(0);
        units[length++] = pair.charCodeAt(1);
      }
      droppable.lastIndex = 0;
      continue;
    }
    if (droppableUnits[code]) continue;
    units[length++] = code;
  }
  return { units, length };
}

/**
 * Whether `text` keeps at least `count` units once whitespace, punctuation and symbols are
 * removed: `text.replace(/[\s\p{P}\p{S}]/gu, '').length >= count` without building the string, and
 * stopping at `count` (a corpus's every clause is asked).
 */
export function keepsUnits(text: string, count: number): boolean {
  droppableUnits ??= droppableTable();
  let kept = 0;
  for (let i = 0; i < text.length && kept < count; i++) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      // A character outside the BMP: classified whole, as the regular expression does.
      if (!singleDroppable.test(text.slice(i, i + 2))) kept += 2;
      i++;
      continue;
    }
    if (!droppableUnits[code]) kept++;
  }
  return kept >= count;
}

/** How `foldPlainInto` treats a unit: not plain, kept as it is, kept as its half-width form, or dropped. */
const notPlain = 0;
const keep = 1;
const halfWidth = 2;
const drop = 3;
let plainUnits: Uint8Array | undefined;

/**
 * `foldUnitsInto` for a text made only of units whose NFKC form is known alone: ASCII, CJK
 * ideographs (no decomposition), the full-width forms of ASCII, and punctuation that NFKC keeps
 * or turns into punctuation. With no combining mark, jamo or other character that composes, such a
 * text normalises unit by unit, so NFKC itself (a copy through ICU per clause, the largest cost of
 * folding the real documents' clauses) is skipped. Any other unit: undefined, and the caller
 * normalises.
 */
function foldPlainInto(text: string, buffer: Uint16Array, droppable: Uint8Array): { units: Uint16Array; length: number } | undefined {
  plainUnits ??= plainTable(droppable);
  const units = buffer.length >= text.length ? buffer : new Uint16Array(text.length * 2);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    const kind = plainUnits[code]!;
    if (kind === notPlain) return undefined;
    if (kind === drop) continue;
    if (kind === halfWidth) code -= 0xfee0;
    if (droppable[code]) continue;
    units[length++] = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  }
  return { units, length };
}

function plainTable(droppable: Uint8Array): Uint8Array {
  const table = new Uint8Array(65536);
  for (let code = 0x20; code <= 0x7e; code++) table[code] = keep;
  for (let code = 0x3400; code <= 0x4dbf; code++) table[code] = keep;
  for (let code = 0x4e00; code <= 0x9fff; code++) table[code] = keep;
  for (let code = 0xff01; code <= 0xff5e; code++) if (String.fromCharCode(code).normalize('NFKC') === String.fromCharCode(code - 0xfee0)) table[code] = halfWidth;
  // Punctuation and spaces whose NFKC form is punctuation or space too (`…` → `...`), all dropped.
  const punctuation = [
    [0x2000, 0x206f],
    [0x3000, 0x303f],
  ];
  for (const [from, to] of punctuation) {
    for (let code = from!; code <= to!; code++) {
      const folded = String.fromCharCode(code).normalize('NFKC');
      if (droppable[code] && [...folded].every((char) => char.length === 1 && droppable[char.charCodeAt(0)])) table[code] = drop;
    }
  }
  return table;
}

const singleDroppable = /^[\s\p{P}\p{S}]$/u;

function droppableTable(): Uint8Array {
  const table = new Uint8Array(65536);
  for (let code = 0; code < 0xd800; code++) table[code] = singleDroppable.test(String.fromCharCode(code)) ? 1 : 0;
  for (let code = 0xe000; code < 65536; code++) table[code] = singleDroppable.test(String.fromCharCode(code)) ? 1 : 0;
  return table;
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
  for (let i = 0; i < source.length;) {
    const code = source.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const folded = foldCharacter(code, source.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) offsets.push(i);
    key += folded;
    i += width;
  }
  return { key, offsets };
}

/** How far into a clause typed words are looked for: a clause can be a page long. */
const searchedChars = 20_000;

/**
 * The start of a clause folded as typed words are (lower case too) for `indexOf`, with each unit's
 * offset in `text`: where search found the words, a row shows them as the clause writes them.
 */
export function searchableFold(text: string, simplify: boolean): { haystack: string; offsets: number[] } {
  const folded = foldWithOffsets(text.slice(0, searchedChars), simplify);
  const lower = folded.key.toLowerCase();
  // Lower-casing changes the length of a few scripts' letters; offsets then hold only for the fold.
  return { haystack: lower.length === folded.key.length ? lower : folded.key, offsets: folded.offsets };
}

/**
 * Folding one character at a time runs NFKC and a regular expression per character; a text uses a
 * few thousand distinct ones, so their folds are kept. Bounded, should a text be all distinct.
 */
const foldedCharacters = new Map<number, string>();
const maxKeptCharacters = 20_000;

function foldCharacter(code: number, character: string): string {
  let folded = foldedCharacters.get(code);
  if (folded === undefined) {
    if (foldedCharacters.size >= maxKeptCharacters) foldedCharacters.clear();
    folded = foldKey(character);
    foldedCharacters.set(code, folded);
  }
  return folded;
}

/** opencc maps some phrases to a different length; offsets then only hold for the unconverted text. */
function sameLengthSimplified(text: string): string {
  const simplified = toSimplified(text);
  return simplified.length === text.length ? simplified : text;
}
