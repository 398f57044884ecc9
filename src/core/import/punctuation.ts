import { isWideCode } from './charClass';

/**
 * Normalises punctuation to the full-width forms Chinese plans are set in, and removes the spaces
 * a scrape leaves between Chinese characters. Only punctuation in Chinese context changes, so
 * `5.5%`, `1,000`, `09:27`, `2021—2025`, `2-3个`, `http://…`, `R&D` and `First-in-class` stay as
 * they are; `( 2022 - 2024年)` becomes `（2022-2024年）`.
 */

/** The only characters either step changes: most lines of a plan hold none of them. */
const touched = /[ ,;:?!("]/;

export function normalizePunctuation(line: string): string {
  return touched.test(line) ? removeSpaces(convertMarks(line)) : line;
}

/*
 * Both steps read the line by code unit and copy it in slices: making a string of every character
 * (and two arrays of neighbours) allocated more than any other step of reading a page. Every test
 * below is about an ASCII or a BMP character, so a surrogate is read as what its character was,
 * "something else", and the results are those of reading by character.
 */

const space = 0x20;
/** No character: before the line's first or after its last. */
const none = -1;

/** The full-width form of `,` `;` `:` `?` `!` (`，；：？！`), or 0 for any other character. */
function fullWidthOf(code: number): number {
  switch (code) {
    case 0x2c:
    case 0x3b:
    case 0x3a:
    case 0x3f:
    case 0x21:
      return code + 0xfee0;
    default:
      return 0;
  }
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * The nearest character before `at` that is not a space. Asked only at a mark, it reads the run
 * of spaces next to that mark, and each run borders two marks at most: linear in the line, where
 * looking outward from every character was quadratic on a line of spaces (22–36 s for a 50 KB page).
 */
function nonSpaceBefore(line: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && line.charCodeAt(k) === space) k--;
  return k < 0 ? none : line.charCodeAt(k);
}

/** The nearest character after `at` that is not a space (see `nonSpaceBefore`). */
function nonSpaceAfter(line: string, at: number): number {
  let k = at + 1;
  while (k < line.length && line.charCodeAt(k) === space) k++;
  return k < line.length ? line.charCodeAt(k) : none;
}

function convertMarks(line: string): string {
  const closeOf = line.includes('(') ? matchParentheses(line) : undefined;
  // Wide characters before each position, so "is there one inside these parentheses" is one
  // subtraction; counted when a pair first needs it.
  let wideBefore: Int32Array | undefined;
  // The line's codes once a mark changes; a `(` reads what follows its `)` as changed so far.
  let out: Uint16Array | undefined;
  const change = (at: number, code: number): void => {
    out ??= codesOf(line);
    out[at] = code;
  };
  let quoteOpen = true;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const wide = fullWidthOf(code);
    if (wide !== 0) {
      const before = nonSpaceBefore(line, i);
      const after = nonSpaceAfter(line, i);
      if (code === 0x2c && isDigitCode(before) && isDigitCode(after) && line.charCodeAt(i + 1) !== space) continue;
      if (code === 0x3a && ((isDigitCode(before) && isDigitCode(after)) || (line.charCodeAt(i + 1) === 0x2f && line.charCodeAt(i + 2) === 0x2f))) continue;
      if (isWideCode(before) || isWideCode(after) || code === 0x2c || code === 0x3b) change(i, wide);
    } else if (code === 0x28 && closeOf?.has(i)) {
      const close = closeOf.get(i)!;
      wideBefore ??= wideCounts(line);
      const following = close + 1 < line.length ? (out ? out[close + 1]! : line.charCodeAt(close + 1)) : none;
      if (isWideCode(nonSpaceBefore(line, i)) || isWideCode(following) || wideBefore[close]! - wideBefore[i + 1]! > 0) {
        change(i, 0xff08); // （
        change(close, 0xff09); // ）
      }
    } else if (code === 0x22 && (isWideCode(nonSpaceBefore(line, i)) || isWideCode(nonSpaceAfter(line, i)))) {
      change(i, quoteOpen ? 0x201c : 0x201d); // “ ”
      quoteOpen = !quoteOpen;
    }
  }
  return out ? withChanges(line, out) : line;
}

function codesOf(line: string): Uint16Array {
  const codes = new Uint16Array(line.length);
  for (let at = 0; at < line.length; at++) codes[at] = line.charCodeAt(at);
  return codes;
}

/** `line` with the units that differ in `codes` put in, copied in slices between them. */
function withChanges(line: string, codes: Uint16Array): string {
  const parts: string[] = [];
  let copied = 0;
  for (let at = 0; at < codes.length; at++) {
    if (codes[at] === line.charCodeAt(at)) continue;
    parts.push(line.slice(copied, at), String.fromCharCode(codes[at]!));
    copied = at + 1;
  }
  parts.push(line.slice(copied));
  return parts.join('');
}

function wideCounts(line: string): Int32Array {
  const counts = new Int32Array(line.length + 1);
  for (let at = 0; at < line.length; at++) counts[at + 1] = counts[at]! + (isWideCode(line.charCodeAt(at)) ? 1 : 0);
  return counts;
}

/** Index of each `(` → index of its `)`, for balanced pairs only. */
function matchParentheses(line: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  for (let at = 0; at < line.length; at++) {
    const code = line.charCodeAt(at);
    if (code === 0x28) open.push(at);
    else if (code === 0x29 && open.length > 0) pairs.set(open.pop()!, at);
  }
  return pairs;
}

/**
 * Drops spaces next to wide characters and around a dash between digits; collapses the rest. The
 * character written last is kept aside, and the spaces' right neighbour found once per run of them.
 */
function removeSpaces(line: string): string {
  const kept: string[] = [];
  let copied = 0;
  let before = none;
  let next = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code !== space) {
      before = code;
      continue;
    }
    if (next <= i) {
      next = i + 1;
      while (next < line.length && line.charCodeAt(next) === space) next++;
    }
    const after = next < line.length ? line.charCodeAt(next) : none;
    const dashRange = (before === 0x2d && isDigitCode(after)) || (after === 0x2d && isDigitCode(before));
    if (before === none || after === none || before === space || isWideCode(before) || isWideCode(after) || dashRange) {
      kept.push(line.slice(copied, i));
      copied = i + 1;
    } else before = space;
  }
  if (copied === 0) return line;
  kept.push(line.slice(copied));
  return kept.join('');
}
