import { searchableFold } from './normalizeKey';

/**
 * The stretch of `text` whose search key is `key`, as the text writes it (`ＭＡＨ`, `長江三角洲`,
 * `长江、三角洲`), or undefined when the text does not hold it. Search compares folded keys; what a
 * drafter is shown must be the words as they stand in the clause.
 */
export function writtenForm(text: string, key: string): string | undefined {
  if (key.length === 0) return undefined;
  const { haystack, offsets } = searchableFold(text, true);
  const at = haystack.indexOf(key);
  if (at < 0) return undefined;
  const start = offsets[at]!;
  const last = offsets[at + key.length - 1]!;
  const end = last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
  return text.slice(start, end);
}
