import { isHan } from './charClass';

/**
 * Finds places that look like mis-decoded text, for the import report: private-use characters,
 * the replacement character, and `?` or a Latin letter wedged between Han characters (`规?;苽`).
 * It only points; repairs come from `corrections`, because a wrong guess would corrupt policy text.
 */
export interface SuspectRun {
  /** 0-based line in the text given. */
  line: number;
  column: number;
  /** The suspicious stretch with a little context. */
  excerpt: string;
}

export function findSuspectRuns(lines: readonly string[]): SuspectRun[] {
  const found: SuspectRun[] = [];
  lines.forEach((text, line) => {
    for (let i = 0; i < text.length; i++) {
      if (isSuspect(text, i)) {
        found.push({ line, column: i, excerpt: text.slice(Math.max(0, i - 6), i + 8) });
        i += 8;
      }
    }
  });
  return found;
}

function isSuspect(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if ((code >= 0xe000 && code <= 0xf8ff) || code === 0xfffd) return true;
  const char = text[i]!;
  if (char === '?' || /[a-z]/.test(char)) return isHan(text[i - 1]) && (isHan(text[i + 1]) || text[i + 1] === ';');
  return false;
}
