import { foldWithOffsets } from './normalizeKey';

/**
 * What a precedent says that the draft clause does not: an LCS over the folded characters of
 * both, computed in linear space (Hirschberg) and bounded, mapped back onto the precedent as
 * written. Punctuation is neither same nor different; it joins the run it sits in.
 */

export interface DiffSegment {
  text: string;
  /** True when the draft clause does not share this part of the precedent. */
  differs: boolean;
}

export interface DiffOptions {
  /** Above this many character pairs (draft × precedent) the LCS is skipped for a bigram test. */
  maxCells?: number;
  /** Shared runs shorter than this are scattered coincidences (的, 和) and count as different. */
  minSharedRun?: number;
}

const defaults = { maxCells: 250_000, minSharedRun: 2 };

export function markDifferences(draft: string, precedent: string, options: DiffOptions = {}): DiffSegment[] {
  const { maxCells, minSharedRun } = { ...defaults, ...options };
  const a = foldWithOffsets(draft, true);
  const b = foldWithOffsets(precedent, false);
  const ak = a.key.toLowerCase();
  const bk = b.key.toLowerCase();
  const matched = ak.length * bk.length <= maxCells ? lcsMatches(ak, bk) : bigramMatches(ak, bk);
  const shared = sharedRuns(matched, minSharedRun);
  // Each source character takes the state of the key unit it produced; punctuation (no unit)
  // takes the state of the previous character so marks do not split at every comma.
  const state = new Array<boolean | undefined>(precedent.length).fill(undefined);
  b.offsets.forEach((offset, i) => {
    state[offset] = state[offset] === true ? true : !shared[i];
  });
  const segments: DiffSegment[] = [];
  let previous = false;
  for (let i = 0; i < precedent.length; i++) {
    const differs: boolean = state[i] ?? previous;
    previous = differs;
    const last = segments[segments.length - 1];
    if (last && last.differs === differs) last.text += precedent[i];
    else segments.push({ text: precedent[i]!, differs });
  }
  return segments;
}

/** `out[j]` is the draft unit that the precedent's unit j is paired with in one LCS, or -1. */
function lcsMatches(a: string, b: string): Int32Array {
  const out = new Int32Array(b.length).fill(-1);
  hirschberg(a, 0, a.length, b, 0, b.length, out);
  return out;
}

function hirschberg(a: string, a0: number, a1: number, b: string, b0: number, b1: number, out: Int32Array): void {
  if (a1 <= a0 || b1 <= b0) return;
  if (a1 - a0 === 1) {
    const at = b.indexOf(a[a0]!, b0);
    if (at >= 0 && at < b1) out[at] = a0;
    return;
  }
  const mid = (a0 + a1) >> 1;
  const left = lcsLengths(a, a0, mid, b, b0, b1, false);
  const right = lcsLengths(a, mid, a1, b, b0, b1, true);
  let split = b0;
  let best = -1;
  for (let k = 0; k <= b1 - b0; k++) {
    const total = left[k]! + right[b1 - b0 - k]!;
    if (total > best) {
      best = total;
      split = b0 + k;
    }
  }
  hirschberg(a, a0, mid, b, b0, split, out);
  hirschberg(a, mid, a1, b, split, b1, out);
}

/**
 * LCS lengths of a[a0..a1) against every prefix of b[b0..b1) (or, reversed, every suffix),
 * in one row of memory.
 */
function lcsLengths(a: string, a0: number, a1: number, b: string, b0: number, b1: number, reverse: boolean): Int32Array {
  const width = b1 - b0;
  let previous = new Int32Array(width + 1);
  let current = new Int32Array(width + 1);
  for (let i = 0; i < a1 - a0; i++) {
    const ca = reverse ? a[a1 - 1 - i] : a[a0 + i];
    for (let j = 1; j <= width; j++) {
      const cb = reverse ? b[b1 - j] : b[b0 + j - 1];
      current[j] = ca === cb ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous;
}

/** The bounded fallback: a precedent unit is shared when a bigram through it occurs in the draft. */
function bigramMatches(a: string, b: string): Int32Array {
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < a.length; i++) if (!grams.has(a.slice(i, i + 2))) grams.set(a.slice(i, i + 2), i);
  const out = new Int32Array(b.length).fill(-1);
  for (let j = 0; j + 1 < b.length; j++) {
    const at = grams.get(b.slice(j, j + 2));
    if (at !== undefined) {
      if (out[j]! < 0) out[j] = at;
      out[j + 1] = at + 1;
    }
  }
  return out;
}

/**
 * Shared means: in a run of at least `minRun` units that are consecutive in both texts. Single
 * characters the LCS pairs across unrelated words would otherwise look like agreement.
 */
function sharedRuns(matched: Int32Array, minRun: number): boolean[] {
  const shared = new Array<boolean>(matched.length).fill(false);
  let start = 0;
  for (let j = 1; j <= matched.length; j++) {
    const continues = j < matched.length && matched[j]! >= 0 && matched[j - 1]! >= 0 && matched[j]! === matched[j - 1]! + 1;
    if (continues) continue;
    if (matched[start]! >= 0 && j - start >= minRun) shared.fill(true, start, j);
    start = j;
  }
  return shared;
}
