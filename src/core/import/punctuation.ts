import { isAsciiAlnum, isDigit, isWide } from './charClass';

/**
 * Normalises punctuation to the full-width forms Chinese plans are set in, and removes the spaces
 * a scrape leaves between Chinese characters. Only punctuation in Chinese context changes, so
 * `5.5%`, `1,000`, `09:27`, `2021—2025`, `2-3个`, `http://…`, `R&D` and `First-in-class` stay as
 * they are; `( 2022 - 2024年)` becomes `（2022-2024年）`.
 */

const fullWidth: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/** The only characters either step changes: most lines of a plan hold none of them. */
const touched = /[ ,;:?!("]/;

export function normalizePunctuation(line: string): string {
  return touched.test(line) ? removeSpaces(convertMarks(line)) : line;
}

/**
 * For each position, the nearest character that is not a space before it (`before`) and after it
 * (`after`), found in one pass each way: looking outward from every character cost the length of
 * the run of spaces around it, quadratic on a line of spaces (22–36 s for a 50 KB page).
 */
function neighbours(chars: readonly string[]): { before: (string | undefined)[]; after: (string | undefined)[] } {
  const before: (string | undefined)[] = new Array(chars.length);
  const after: (string | undefined)[] = new Array(chars.length);
  let last: string | undefined;
  for (let i = 0; i < chars.length; i++) {
    before[i] = last;
    if (chars[i] !== ' ') last = chars[i];
  }
  last = undefined;
  for (let i = chars.length - 1; i >= 0; i--) {
    after[i] = last;
    if (chars[i] !== ' ') last = chars[i];
  }
  return { before, after };
}

function convertMarks(line: string): string {
  const chars = [...line];
  const closeOf = matchParentheses(chars);
  const near = neighbours(chars);
  // Wide characters before each position, so "is there one inside these parentheses" is one subtraction.
  const wideBefore = new Int32Array(chars.length + 1);
  for (let i = 0; i < chars.length; i++) wideBefore[i + 1] = wideBefore[i]! + (isWide(chars[i]) ? 1 : 0);
  let quoteOpen = true;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const before = near.before[i];
    const after = near.after[i];
    const chinese = isWide(before) || isWide(after);
    if (char in fullWidth) {
      if (char === ',' && isDigit(before) && isDigit(after) && chars[i + 1] !== ' ') continue;
      if (char === ':' && ((isDigit(before) && isDigit(after)) || (chars[i + 1] === '/' && chars[i + 2] === '/'))) continue;
      if (chinese || char === ',' || char === ';') chars[i] = fullWidth[char]!;
    } else if (char === '(' && closeOf.has(i)) {
      const close = closeOf.get(i)!;
      if (isWide(before) || isWide(chars[close + 1]) || wideBefore[close]! - wideBefore[i + 1]! > 0) {
        chars[i] = '（';
        chars[close] = '）';
      }
    } else if (char === '"' && chinese) {
      chars[i] = quoteOpen ? '“' : '”';
      quoteOpen = !quoteOpen;
    }
  }
  return chars.join('');
}

/** Index of each `(` → index of its `)`, for balanced pairs only. */
function matchParentheses(chars: readonly string[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  chars.forEach((char, i) => {
    if (char === '(') open.push(i);
    else if (char === ')' && open.length > 0) pairs.set(open.pop()!, i);
  });
  return pairs;
}

/** Drops spaces next to wide characters and around a dash between digits; collapses the rest. */
function removeSpaces(line: string): string {
  const chars = [...line];
  const { after: next } = neighbours(chars);
  // The last character written is kept aside: `out.at(-1)` flattens the growing string every time,
  // quadratic on a long line.
  let out = '';
  let before: string | undefined;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (char !== ' ') {
      out += char;
      before = char;
      continue;
    }
    const after = next[i];
    const dashRange = (before === '-' && isDigit(after)) || (after === '-' && isDigit(before));
    if (before === undefined || after === undefined || before === ' ' || isWide(before) || isWide(after) || dashRange) continue;
    if (isAsciiAlnum(before) || isAsciiAlnum(after) || before !== ' ') {
      out += ' ';
      before = ' ';
    }
  }
  return out;
}
