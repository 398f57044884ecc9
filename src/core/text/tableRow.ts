/**
 * The cells of one Markdown table row, as written, trimmed: the one row splitter of the core, for
 * the parser's tables and a hovered row alike. Outer pipes are optional; `\|` is a pipe inside a
 * cell. `folded` is the row with full-width forms folded (same length, so `｜` splits like `|`);
 * `from` is where the row's content starts (after indentation or a quote marker).
 */
export function splitTableRow(text: string, folded: string = text, from = 0): string[] {
  let start = from;
  let end = folded.length;
  while (end > start && /\s/.test(folded[end - 1]!)) end--;
  if (folded[start] === '|') start++;
  if (end > start && folded[end - 1] === '|' && folded[end - 2] !== '\\') end--;
  const cells: string[] = [];
  let cellStart = start;
  for (let at = start; at <= end; at++) {
    if (at === end || (folded[at] === '|' && folded[at - 1] !== '\\')) {
      cells.push(text.slice(cellStart, at).trim());
      cellStart = at + 1;
    }
  }
  return cells;
}
