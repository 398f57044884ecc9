import { isDigit } from './figureTerms';

/**
 * The words a draft clause repeats. A drafter names the measure's object again and again
 * (`发展林下种植、林下养殖和林下采集加工等林下经济，建设林下经济示范基地`, `…预制菜产业园…预制菜产业发展基金…`),
 * and a precedent names it too; a long work-report paragraph that shares many of the clause's
 * common words but never the repeated one (`发展`, `示范基地`, `新增`) is seldom a precedent.
 */

/** Figures are what precedents state differently: a repeated word holding one names no object. */
function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isDigit(word.charCodeAt(i))) return true;
  return false;
}

/**
 * The substrings of a folded key (2–`maxLength` units, no digit: figures are what precedents state
 * differently) that occur at least twice without overlapping, longest first; a shorter one only when
 * it occurs more often than every longer one holding it (`林下`, four times, beside `林下经济`, three
 * times). One pass per length, so a page pasted as one clause stays linear in its length.
 */
export function repeatedWords(key: string, maxLength = 8): string[] {
  const found: { word: string; count: number }[] = [];
  for (let length = Math.min(maxLength, Math.floor(key.length / 2)); length >= 2; length--) {
    const seen = new Map<string, { count: number; end: number }>();
    for (let i = 0; i + length <= key.length; i++) {
      const word = key.slice(i, i + length);
      if (hasDigit(word)) continue;
      const known = seen.get(word);
      if (!known) seen.set(word, { count: 1, end: i + length });
      else if (i >= known.end) {
        known.count++;
        known.end = i + length;
      }
    }
    const longer = found.length;
    for (const [word, { count }] of seen) {
      if (count >= 2 && !found.slice(0, longer).some((f) => f.count >= count && f.word.includes(word))) found.push({ word, count });
    }
  }
  return found.map((f) => f.word);
}
