/**
 * The word boundaries `Intl.Segmenter` places around a stretch of a text, read in a window of a
 * few characters on each side: where it cuts depends on the neighbours, yet segmenting a whole
 * run-on paragraph once for every match in it would cost more than the answer is worth.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Characters of context on each side that the segmenter reads to place the boundaries. */
const context = 8;

/**
 * The word boundaries near `start`..`end`, as offsets in `text`: every word start in the window,
 * and the window's two ends, where it was cut off from the rest of the text.
 * @example wordBoundariesNear('统一项目管理', 1, 3) // {0, 2, 4, 6}: 统一|项目|管理, so 一项 is no word
 */
export function wordBoundariesNear(text: string, start: number, end: number): Set<number> {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  const boundaries = new Set<number>([from]);
  for (const { index } of segmenter.segment(text.slice(from, to))) boundaries.add(from + index);
  boundaries.add(to);
  return boundaries;
}
