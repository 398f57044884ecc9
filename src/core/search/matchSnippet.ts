import { nearestWindow, typoBudget } from './nearMatch';
import { foldWithOffsets, querySearchKey } from './normalizeKey';

/**
 * The stretch of a clause a search result shows in one line: a clause runs to several hundred
 * characters, a result row shows some forty, and the words searched for are often far in. The
 * snippet starts a little before the first place the words occur — as typed, else with a typo
 * forgiven, else their first shared bigram — and marks cuts with `…`.
 */

export interface SnippetOptions {
  /** Characters shown. */
  width: number;
  /** Characters of context kept before the match. */
  lead: number;
}

const defaults: SnippetOptions = { width: 40, lead: 8 };

export function matchSnippet(text: string, query: string, options: SnippetOptions = defaults): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= options.width) return flat;
  const at = matchOffset(flat, query);
  let start = at <= options.width - options.lead * 2 ? 0 : at - options.lead;
  start = Math.min(start, flat.length - options.width);
  // Never cut a character outside the BMP in two.
  if (start > 0 && isLowSurrogate(flat.charCodeAt(start))) start--;
  let end = start + options.width;
  if (end < flat.length && isLowSurrogate(flat.charCodeAt(end))) end++;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/** How far into a clause the words are looked for: a row is built per result, per keystroke. */
const searchedChars = 20_000;

/** Offset in `text` where the query's words are first found (0 when they are not). */
function matchOffset(text: string, query: string): number {
  const folded = foldWithOffsets(text.slice(0, searchedChars), false);
  const key = folded.key.toLowerCase();
  // Lower-casing changes the length of a few scripts' letters; offsets then hold only for the fold.
  const haystack = key.length === folded.key.length ? key : folded.key;
  const words = query
    .split(/\s+/u)
    .map(querySearchKey)
    .filter((word) => word.length > 0);
  // A loop, not Math.min(...): a pasted page of words would overflow the stack as arguments.
  const first = (find: (word: string) => number): number | undefined => {
    let earliest: number | undefined;
    for (const word of words) {
      const at = find(word);
      if (at >= 0 && (earliest === undefined || at < earliest)) earliest = at;
    }
    return earliest;
  };
  const at =
    first((word) => haystack.indexOf(word)) ??
    first((word) => nearestWindow(word, haystack, typoBudget(word))?.start ?? -1) ??
    first((word) => firstSharedBigram(word, haystack));
  return at === undefined ? 0 : folded.offsets[at]!;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function firstSharedBigram(word: string, haystack: string): number {
  let first = -1;
  for (let i = 0; i + 2 <= word.length; i++) {
    const at = haystack.indexOf(word.slice(i, i + 2));
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}
