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
 * Whether two sets are at least `dice` similar or one is at least `containment` contained in the
 * other: the hover's test for near-duplicates, run for every candidate against every kept one. It
 * stops as soon as the bigrams left could no longer reach either figure, so two unrelated clauses
 * cost a fraction of a full comparison.
 */
export function nearDuplicate(a: BigramSet, b: BigramSet, dice: number, containment: number): boolean {
  if (a.length === 0 || b.length === 0) return false;
  // The fewest shared bigrams that reach either figure (less a hair, so 0.9 · 30 is 27, not 28).
  const needed = Math.min(Math.ceil((dice * (a.length + b.length)) / 2 - 1e-9), Math.ceil(containment * Math.min(a.length, b.length) - 1e-9));
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (shared + Math.min(a.length - i, b.length - j) < needed) return false;
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared >= needed;
}

function sharedCount(a: BigramSet, b: BigramSet): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}
