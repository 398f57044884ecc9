/**
 * Dice coefficient over the sets of character bigrams of two folded keys: a similarity figure a
 * drafter can read (0–1), cheap enough to compute for the handful of results a hover shows.
 */
export function bigramSet(key: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) set.add(key.slice(i, i + 2));
  if (key.length === 1) set.add(key);
  return set;
}

export function diceSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}
