/**
 * Removes what a scrape leaves at the edges of a line: ideographic-space indentation that a wrong
 * code page turned into `??`, ordinary and full-width spaces, tabs and no-break spaces. Only a run
 * of two or more `?` at the start counts, so a line that really begins with a question mark
 * (never a plan's first character, but possible in a FAQ page) loses nothing when it has one.
 */
export function stripIndentArtifacts(line: string): string {
  let start = 0;
  let end = line.length;
  for (;;) {
    const char = line[start];
    if (char === ' ' || char === '\t' || char === '\u3000' || char === '\u00a0') start++;
    else if ((char === '?' || char === '？') && (line[start + 1] === '?' || line[start + 1] === '？')) start += 2;
    else break;
  }
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  return line.slice(start, end);
}
