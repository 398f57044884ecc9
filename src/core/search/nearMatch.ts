/**
 * Typed words with an input-method slip: pinyin input puts a homophone in place of the intended
 * character (`中要材` for `中药材`, `伦理审察` for `伦理审查`). A three-character word with its middle
 * character wrong shares no bigram with the text, so bigram scoring alone finds nothing; matching
 * with a few substituted characters does.
 */

/** Longer words are pasted, not typed: matching them loosely would cost their length per candidate. */
const longestTypedWord = 12;

/**
 * How many characters of a typed word may be wrong: none in a two-character word (one wrong
 * character leaves a single character, which matches anything), then one per three characters.
 */
export function typoBudget(word: string): number {
  return word.length > longestTypedWord ? 0 : Math.floor(word.length / 3);
}

/** Where a word occurs with substituted characters: the leftmost window with the fewest. */
export interface NearWindow {
  start: number;
  wrong: number;
}

/**
 * The leftmost window of `text` where `word` occurs with the fewest substituted characters, or
 * undefined when every window needs more than `budget`. A window stops counting at the budget, so
 * the scan is linear in the text for the short words a palette query has.
 */
export function nearestWindow(word: string, text: string, budget: number): NearWindow | undefined {
  let best: NearWindow | undefined;
  for (let start = 0; start + word.length <= text.length; start++) {
    let wrong = 0;
    for (let i = 0; i < word.length && wrong <= budget; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) wrong++;
    if (wrong <= budget && (best === undefined || wrong < best.wrong)) {
      best = { start, wrong };
      if (wrong === 0) break;
    }
  }
  return best;
}

/** The fewest characters of `word` to substitute for it to occur in `text`, or undefined beyond `budget`. */
export function fewestSubstitutions(word: string, text: string, budget: number): number | undefined {
  return nearestWindow(word, text, budget)?.wrong;
}
