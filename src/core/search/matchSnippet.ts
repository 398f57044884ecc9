import { nearestWindow, typoBudget } from './nearMatch';
import { querySearchKey, searchableFold } from './normalizeKey';
import { wordEndAtOrBefore, wordSpans, wordStartAtOrAfter, wordStartAtOrBefore } from '../text/wordSpans';

/**
 * The stretch of a clause a search result shows in one line: a clause runs to several hundred
 * characters, a result row shows some forty, and the words searched for are often far in. The
 * snippet starts a little before the first place the words occur — as typed, else with a typo
 * forgiven, else their first shared bigram — cuts between words and marks the cuts with `…`.
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
  const tail = flat.length - options.width;
  let start = at <= options.width - options.lead * 2 ? 0 : Math.min(at - options.lead, tail);
  // Words are read around the window only: a clause can be a page long.
  const from = Math.max(0, start - options.lead * 2);
  const spans = wordSpans(flat.slice(from, start + options.width + options.lead * 2)).map((span) => ({ ...span, start: span.start + from, end: span.end + from }));
  // Cut between words, never inside a number with its unit (`1.5万个`, `2027年`): at the end of
  // the clause forward, so the row still ends with it; elsewhere back, so the match stays in view.
  if (start > 0) start = start === tail ? wordStartAtOrAfter(spans, start, flat.length) : wordStartAtOrBefore(spans, start, options.lead);
  if (start > 0 && isLowSurrogate(flat.charCodeAt(start))) start--;
  let end = Math.min(flat.length, start + options.width);
  if (end < flat.length) {
    const boundary = wordEndAtOrBefore(spans, end);
    end = boundary > start + options.width / 2 ? boundary : end;
    if (isLowSurrogate(flat.charCodeAt(end))) end++;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/** Offset in `text` where the query's words are first found (0 when they are not). */
function matchOffset(text: string, query: string): number {
  const { haystack, offsets } = searchableFold(text, false);
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
    first((word) => haystack.indexOf(word)) ?? first((word) => nearestWindow(word, haystack, typoBudget(word))?.start ?? -1) ?? first((word) => firstSharedBigram(word, haystack));
  return at === undefined ? 0 : offsets[at]!;
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
