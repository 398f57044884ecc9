/**
 * Reads a page that a scraper saved as Markdown as the plain lines the cleaning steps expect:
 * heading marks, bold and italic markers, block quotes and rules go, a link keeps its text, and a
 * Markdown table row (`| … |`) is kept whole for the table steps. Every step is a single scan.
 */

/** A Markdown table row: the importer carries these through untouched. */
export function isTableRow(line: string): boolean {
  return line.length >= 2 && line.startsWith('|') && line.endsWith('|');
}

export function unmarkLine(raw: string): string {
  const line = raw.trim();
  if (isTableRow(line)) return line;
  if (isRule(line)) return '';
  let i = 0;
  while (line[i] === '>') i++;
  let start = i;
  while (line[start] === ' ') start++;
  let hashes = start;
  while (line[hashes] === '#' && hashes - start < 6) hashes++;
  if (hashes > start && (line[hashes] === ' ' || hashes === line.length)) start = hashes;
  return dropLinksAndEmphasis(line.slice(start).trim());
}

/** `---`, `***`, `___` (three or more, spaces allowed) on a line of their own. */
function isRule(line: string): boolean {
  if (line.length < 3) return false;
  const mark = line[0];
  if (mark !== '-' && mark !== '*' && mark !== '_') return false;
  let count = 0;
  for (const char of line) {
    if (char === mark) count++;
    else if (char !== ' ') return false;
  }
  return count >= 3;
}

/**
 * `**粗体**` → `粗体`, `[文字](http://…)` → `文字`; a lone `*` (as in `*注`) stays. A line with no
 * doubled mark and no `](` has nothing to drop and is returned as it is, without a string made per
 * character (most lines of a page).
 */
function dropLinksAndEmphasis(line: string): string {
  if (!line.includes('**') && !line.includes('__') && !line.includes('](')) return line;
  const lastClose = line.lastIndexOf(')');
  const out: string[] = [];
  let open = -1;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if ((char === '*' || char === '_') && line[i + 1] === char) {
      i++;
      continue;
    }
    if (char === ']' && line[i + 1] === '(' && open >= 0 && lastClose > i) {
      out[open] = '';
      open = -1;
      i = line.indexOf(')', i + 2);
      continue;
    }
    if (char === '[') open = out.length;
    out.push(char);
  }
  return out.join('');
}
