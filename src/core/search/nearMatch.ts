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

/**
 * The fewest characters of `word` to substitute for it to occur in `text`, or undefined when that
 * takes more than `budget`. A window slides over the text and stops counting at the budget, so the
 * scan is linear in the text for the short words a palette query has.
 */
export function fewestSubstitutions(word: string, text: string, budget: number): number | undefined {
  let fewest: number | undefined;
  for (let start = 0; start + word.length <= text.length; start++) {
    let wrong = 0;
    for (let i = 0; i < word.length && wrong <= budget; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) wrong++;
    if (wrong <= budget && (fewest === undefined || wrong < fewest)) {
      fewest = wrong;
      if (wrong === 0) break;
    }
  }
  return fewest;
}
