/**
 * Dice coefficient over the sets of character bigrams of two folded keys: a similarity figure a
 * drafter can read (0–1). A set is a sorted Int32Array of bigram codes (two UTF-16 units in one
 * number), so computing it for every candidate of a query allocates one small array, not a
 * string per bigram.
 */
export type BigramSet = Int32Array;

export function bigramSet(key: string): BigramSet {
  if (key.length === 1) return Int32Array.of(key.charCodeAt(0));
  const codes = new Int32Array(Math.max(0, key.length - 1));
  for (let i = 0; i + 1 < key.length; i++) codes[i] = (key.charCodeAt(i) << 16) | key.charCodeAt(i + 1);
  codes.sort();
  let size = 0;
  for (let i = 0; i < codes.length; i++) if (i === 0 || codes[i] !== codes[i - 1]) codes[size++] = codes[i]!;
  return codes.subarray(0, size);
}

/** The bigrams of several keys as one set, none spanning two keys (the words of a typed query). */
export function bigramSetOfAll(keys: readonly string[]): BigramSet {
  const codes = Int32Array.from(keys.flatMap((key) => [...bigramSet(key)])).sort();
  let size = 0;
  for (let i = 0; i < codes.length; i++) if (i === 0 || codes[i] !== codes[i - 1]) codes[size++] = codes[i]!;
  return codes.subarray(0, size);
}

export function diceSimilarity(a: BigramSet, b: BigramSet): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (2 * sharedCount(a, b)) / (a.length + b.length);
}

/** Share of the smaller set found in the other (overlap coefficient): 1 when one text restates part of the other. */
export function containment(a: BigramSet, b: BigramSet): number {
  if (a.length === 0 || b.length === 0) return 0;
  return sharedCount(a, b) / Math.min(a.length, b.length);
}

/**
 * Whether two sets are near-duplicates: Dice at least `minDice`, or containment at least
 * `minContainment`. The same answer as computing both figures, but it looks up the smaller set's
 * bigrams in the larger one (galloping, so a short clause against a page costs little) and stops
 * as soon as the misses rule both out: a hover tests dozens of candidate pairs, many page-long
 * and most far apart, and reading each pair whole twice was most of its time.
 */
export function nearDuplicate(a: BigramSet, b: BigramSet, minDice: number, minContainment: number): boolean {
  if (a.length === 0 || b.length === 0) return minDice <= 0 || minContainment <= 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  // Shared bigrams needed for either figure; a small slack keeps rounding from deciding early.
  const needed = Math.min((minDice * (a.length + b.length)) / 2, minContainment * small.length) - 1e-9;
  const allowedMisses = small.length - needed;
  let misses = 0;
  let at = 0;
  for (let i = 0; i < small.length; i++) {
    at = seek(large, at, small[i]!);
    if (at < large.length && large[at] === small[i]) at++;
    else if (++misses > allowedMisses) return false;
  }
  const shared = small.length - misses;
  return (2 * shared) / (a.length + b.length) >= minDice || shared / small.length >= minContainment;
}

/** The first index from `from` on whose value is at least `value` (the set is sorted): galloping, then halving. */
function seek(sorted: BigramSet, from: number, value: number): number {
  let step = 1;
  let low = from;
  let high = from;
  while (high < sorted.length && sorted[high]! < value) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, sorted.length);
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function sharedCount(a: BigramSet, b: BigramSet): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}
