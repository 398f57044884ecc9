/**
 * Trimming a run of characters from the ends of user text by scanning, not by `/[…]+$/`: an
 * unanchored `[…]+$` retries from every character of a long run that stops short of the end, so a
 * line of 100,000 spaces followed by one letter costs 5·10⁹ steps (31–44 s in the checker).
 */

/** `text` less the characters at its end for which `test` holds. */
export function trimEndWhile(text: string, test: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && test(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` less the characters at its start for which `test` holds. */
export function trimStartWhile(text: string, test: (char: string) => boolean): string {
  let start = 0;
  while (start < text.length && test(text[start]!)) start++;
  return start === 0 ? text : text.slice(start);
}

/** JavaScript's `\s` (which includes U+FEFF and every Unicode space) as a per-character test. */
export function isSpace(char: string): boolean {
  return /\s/.test(char);
}

/** `\s` or `*` (Markdown emphasis marks around a sentence). */
export function isSpaceOrStar(char: string): boolean {
  return char === '*' || /\s/.test(char);
}
