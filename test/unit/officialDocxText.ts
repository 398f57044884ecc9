/**
 * What an exported draft must contain, worked out independently of the exporter: each line of text
 * with its Markdown block prefix (`#`, `-`, `>`) and emphasis markers taken off, each table cell on
 * its own, front matter, comments, rules and table separators left out. Shared by the unit, render
 * and end-to-end tests.
 */
export function expectedParagraphs(text: string, format: 'markdown' | 'plaintext'): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
    if (close > 0) start = close + 1;
  }
  const out: string[] = [];
  for (const raw of lines.slice(start)) {
    let line = raw.trim();
    if (line === '' || /^<!--.*-->$/.test(line) || /^[-*_](\s*[-*_]){2,}$/.test(line)) continue;
    if (format === 'markdown') {
      if (/^\|?[\s:|-]+\|?$/.test(line) && line.includes('-')) continue;
      line = line
        .replace(/^#{1,6}\s+/, '')
        .replace(/^[-*+>]\s+/, '')
        .replace(/\*\*/g, '');
    }
    if (line.includes('|'))
      out.push(
        ...line
          .split('|')
          .map((cell) => cell.trim())
          .filter((cell) => cell !== ''),
      );
    else out.push(line.replace(/^[\s\u3000]+/, ''));
  }
  return out;
}
