/**
 * Recognises spam link lists injected into scraped pages: a line of many short titles joined by
 * `_`, `|` or `｜`, with no sentence in it. A plan never writes a line like that (its tables are
 * built later, from cells on their own lines), so a count of separators is enough.
 */

const minSeparators = 3;
const maxTitleLength = 30;

export function isSpamLinkList(line: string): boolean {
  if (line.includes('。')) return false;
  const titles = line
    .split(/[_|｜]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  if (titles.length <= minSeparators) return false;
  return titles.every((title) => title.length <= maxTitleLength);
}
