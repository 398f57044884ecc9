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

/** The nearest non-space character before/after `i`. */
function neighbour(text: string, i: number, step: -1 | 1): string | undefined {
  let j = i + step;
  while (text[j] === ' ') j += step;
  return text[j];
}

function convertMarks(line: string): string {
  const chars = [...line];
  const text = chars.join('');
  const closeOf = matchParentheses(chars);
  let quoteOpen = true;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const before = neighbour(text, i, -1);
    const after = neighbour(text, i, 1);
    const chinese = isWide(before) || isWide(after);
    if (char in fullWidth) {
      if (char === ',' && isDigit(before) && isDigit(after) && text[i + 1] !== ' ') continue;
      if (char === ':' && ((isDigit(before) && isDigit(after)) || text.startsWith('//', i + 1))) continue;
      if (chinese || char === ',' || char === ';') chars[i] = fullWidth[char]!;
    } else if (char === '(' && closeOf.has(i)) {
      const close = closeOf.get(i)!;
      const inside = chars.slice(i + 1, close).join('');
      if (isWide(before) || isWide(chars[close + 1]) || [...inside].some((c) => isWide(c))) {
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
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char !== ' ') {
      out += char;
      continue;
    }
    const before = out.at(-1);
    const after = neighbour(line, i, 1);
    const dashRange = (before === '-' && isDigit(after)) || (after === '-' && isDigit(before));
    if (before === undefined || after === undefined || before === ' ' || isWide(before) || isWide(after) || dashRange) continue;
    if (isAsciiAlnum(before) || isAsciiAlnum(after) || before !== ' ') out += ' ';
  }
  return out;
}
