const marks = new Set(['。', '!', '?', '！', '？']);
const han = /\p{Script=Han}/u;

/**
 * Whether the character at `at` of a width-folded line ends a sentence: `。！？` in either width, and a
 * half-width `.` right after a Chinese character (`培育数据市场.探索…`, typed with the input method in
 * English punctuation mode), which is never a decimal point or an abbreviation there.
 */
export function endsSentence(line: string, at: number): boolean {
  const char = line[at];
  if (char === undefined) return false;
  return marks.has(char) || (char === '.' && at > 0 && han.test(line[at - 1]!));
}
