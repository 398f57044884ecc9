import { foldWithOffsets } from './normalizeKey';

/** How far into a clause a word is looked for, as `matchSnippet` does: a clause can be a page long. */
const searchedChars = 20_000;

/**
 * The stretch of `text` whose search key is `key`, as the text writes it (`ＭＡＨ`, `長江三角洲`,
 * `长江、三角洲`), or undefined when the text does not hold it. Search compares folded keys; what a
 * drafter is shown must be the words as they stand in the clause.
 */
export function writtenForm(text: string, key: string): string | undefined {
  if (key.length === 0) return undefined;
  const folded = foldWithOffsets(text.slice(0, searchedChars), true);
  const lower = folded.key.toLowerCase();
  // Lower-casing changes the length of a few scripts' letters; offsets then hold only for the fold.
  const haystack = lower.length === folded.key.length ? lower : folded.key;
  const at = haystack.indexOf(key);
  if (at < 0) return undefined;
  const start = folded.offsets[at]!;
  const last = folded.offsets[at + key.length - 1]!;
  const end = last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
  return text.slice(start, end);
}
