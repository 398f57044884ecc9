/**
 * Recognises the numbering a plan's headings and items start with: `一、` `（一）` `(一)` `1.` `1．`
 * `1、` `（1）` `①` `——` `第一章`. The importer only needs to know that a line starts a new block;
 * the structure parser (src/core/structure) does the real reading of levels.
 */

const chineseDigits = '〇零一二三四五六七八九十百';

export type NumberingLevel = 'part' | 'section' | 'item' | 'dash' | 'chapter';

export function numberingLevel(text: string): NumberingLevel | undefined {
  if (text.startsWith('——')) return 'dash';
  if (text[0] === '第' && /^第[〇零一二三四五六七八九十百]{1,4}[章部节]/.test(text)) return 'chapter';
  let i = 0;
  while (i < text.length && i < 4 && chineseDigits.includes(text[i]!)) i++;
  if (i > 0 && text[i] === '、') return 'part';
  if (text[0] === '(' || text[0] === '（') {
    let j = 1;
    while (j < text.length && j < 5 && chineseDigits.includes(text[j]!)) j++;
    if (j > 1 && (text[j] === ')' || text[j] === '）')) return 'section';
    j = 1;
    while (j < text.length && j < 4 && text[j]! >= '0' && text[j]! <= '9') j++;
    if (j > 1 && (text[j] === ')' || text[j] === '）')) return 'item';
    return undefined;
  }
  let k = 0;
  while (k < text.length && k < 3 && text[k]! >= '0' && text[k]! <= '9') k++;
  // `1.` but not `1.5亿元` or a bare year: the mark must not be followed by another digit.
  if (k > 0 && '.．、'.includes(text[k] ?? 'x') && !/[0-9]/.test(text[k + 1] ?? '')) return 'item';
  if ('①②③④⑤⑥⑦⑧⑨⑩'.includes(text[0] ?? 'x')) return 'item';
  return undefined;
}

export function startsWithNumbering(text: string): boolean {
  return numberingLevel(text) !== undefined;
}
