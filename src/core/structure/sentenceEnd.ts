const han = /\p{Script=Han}/u;

/**
 * Whether the character at `at` of a width-folded line ends a sentence: `。！？` in either width, and a
 * half-width `.` right after a Chinese character (`培育数据市场.探索…`, typed with the input method in
 * English punctuation mode), which is never a decimal point or an abbreviation there.
 */
export function endsSentence(line: string, at: number): boolean {
  // By code: reading the character as a string made one for each character of every line split.
  switch (line.charCodeAt(at)) {
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x21: // !
    case 0x3f: // ?
      return true;
    case 0x2e: // .
      return at > 0 && han.test(line[at - 1]!);
    default:
      return false;
  }
}
