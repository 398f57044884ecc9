import { toSimplified } from '../text/simplify';
import { wordSpans } from '../text/wordSpans';
import { foldKey } from './normalizeKey';

/**
 * What a precedent says that the draft clause does not, word by word: both texts are cut into
 * words by `Intl.Segmenter` (a number keeps its unit: `1000亿元`, `2025年`, `10个`), the words are
 * paired by a longest common subsequence computed in linear space (Hirschberg) and bounded, and
 * the result is mapped back onto the precedent as written. Marking by character split numbers
 * (`1**0**0**0**亿元`) and left half-words bold. Punctuation is neither same nor different; it
 * joins the run it sits in.
 */

export interface DiffSegment {
  text: string;
  /** True when the draft clause does not share this part of the precedent. */
  differs: boolean;
}

export interface DiffOptions {
  /** Above this many word pairs (draft × precedent) the LCS is skipped for a shared-word test. */
  maxCells?: number;
  /** Shared runs of fewer characters than this count as different when they are particles (的, 和). */
  minSharedRun?: number;
}

const defaults = { maxCells: 250_000, minSharedRun: 2 };

/** A word of a text: where it lies and the key it is compared by (folded, simplified). */
interface Word {
  start: number;
  end: number;
  key: string;
}

/** Ideographs alone fold to themselves (NFKC, punctuation, case leave them): most words of a plan. */
const ideographs = /^[\u4e00-\u9fff]+$/u;

/**
 * A text cut into words once, to compare it more than once: a hover marks several precedents
 * against one draft clause, and the same precedents again on the next hover. Cutting (the
 * segmenter) was most of a hover's time.
 */
export interface DiffText {
  readonly text: string;
  readonly words: readonly Word[];
}

export function diffText(text: string): DiffText {
  return { text, words: wordsOf(text) };
}

/** The words of a text (a number whole with its units), each with the key it is compared by. */
function wordsOf(text: string): Word[] {
  const simplified = toSimplified(text);
  // opencc maps a few phrases to a different length; then the key is read from the text as written.
  const source = simplified.length === text.length ? simplified : text;
  const words: Word[] = [];
  for (const { start, end } of wordSpans(source)) {
    const word = source.slice(start, end);
    const key = ideographs.test(word) ? word : foldKey(word).toLowerCase();
    if (key.length > 0) words.push({ start, end, key });
  }
  return words;
}

export function markDifferences(draft: string | DiffText, precedentText: string | DiffText, options: DiffOptions = {}): DiffSegment[] {
  const { maxCells, minSharedRun } = { ...defaults, ...options };
  const a = typeof draft === 'string' ? wordsOf(draft) : draft.words;
  const { text: precedent, words: b } = typeof precedentText === 'string' ? diffText(precedentText) : precedentText;
  const ids = new Map<string, number>();
  const idOf = (word: Word): number => {
    let id = ids.get(word.key);
    if (id === undefined) ids.set(word.key, (id = ids.size));
    return id;
  };
  const ak = Int32Array.from(a, idOf);
  const bk = Int32Array.from(b, idOf);
  const matched = ak.length * bk.length <= maxCells ? lcsMatches(ak, bk) : sharedWords(ak, bk);
  const shared = sharedRuns(matched, b, minSharedRun);
  // Characters outside every word (punctuation, spaces) take the state of the previous one, so
  // marks do not split at every comma.
  const state = new Array<boolean | undefined>(precedent.length).fill(undefined);
  b.forEach((word, i) => state.fill(!shared[i], word.start, word.end));
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

/**
 * How much of the shorter text the marked precedent shares with the draft (letters, punctuation
 * aside): 0–1. A long precedent that restates the whole of a short draft clause shares all of it.
 */
export function sharedShare(segments: readonly DiffSegment[], draft: string): number {
  let shared = 0;
  let total = 0;
  for (const segment of segments) {
    const letters = foldKey(segment.text).length;
    total += letters;
    if (!segment.differs) shared += letters;
  }
  const shorter = Math.min(total, foldKey(draft).length);
  return shorter === 0 ? 0 : Math.min(1, shared / shorter);
}

/** `out[j]` is the draft word that the precedent's word j is paired with in one LCS, or -1. */
function lcsMatches(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(b.length).fill(-1);
  hirschberg(a, 0, a.length, b, 0, b.length, out);
  return out;
}

function hirschberg(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number, out: Int32Array): void {
  if (a1 <= a0 || b1 <= b0) return;
  if (a1 - a0 === 1) {
    const at = b.subarray(b0, b1).indexOf(a[a0]!);
    if (at >= 0) out[b0 + at] = a0;
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
function lcsLengths(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number, reverse: boolean): Int32Array {
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

/** The bounded fallback: a precedent word is shared when the draft has it anywhere (its runs are then its own). */
function sharedWords(a: Int32Array, b: Int32Array): Int32Array {
  const present = new Set(a);
  return Int32Array.from(b, (id) => (present.has(id) ? -2 : -1));
}

/** Particles and conjunctions the LCS pairs across unrelated words: alone they are no agreement. */
const particle = /^[的和与及并或等之在对为了而也将把被所以其于由向从]$/u;

/**
 * Shared means: in a run of words consecutive in both texts holding at least `minRun` characters,
 * or a lone word that is not a particle (`到` before a year is agreement; a lone 的 is not).
 * (`-2` marks a word the fallback found without a partner: each counts on its own.)
 */
function sharedRuns(matched: Int32Array, words: readonly Word[], minRun: number): boolean[] {
  const shared = new Array<boolean>(matched.length).fill(false);
  let start = 0;
  let letters = 0;
  for (let j = 0; j <= matched.length; j++) {
    const continues = j > start && j < matched.length && matched[j]! >= 0 && matched[j - 1]! >= 0 && matched[j]! === matched[j - 1]! + 1;
    if (!continues && j > start) {
      if (matched[start] !== -1 && (letters >= minRun || !particle.test(words[start]!.key))) shared.fill(true, start, j);
      start = j;
      letters = 0;
    }
    if (j < matched.length) letters += words[j]!.key.length;
  }
  return shared;
}
