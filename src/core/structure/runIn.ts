import type { RunInItem } from '../model';

/**
 * Run-in enumerations: `一是建立…；二是将…；三是强化…`. Each piece runs to the next `X是`; a piece
 * counts only when its marker opens the paragraph or follows punctuation, so `统一是` never starts one.
 */
export type RunInPiece = RunInItem;

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const openers = new Set(['，', '。', '；', '：', ',', ';', ':', ' ', '\u3000', '、', '(', '（', '“']);

function findMarker(line: string, marker: string, from: number, contentStart: number): number {
  let at = line.indexOf(marker, from);
  while (at >= 0) {
    if (at === contentStart || openers.has(line.charAt(at - 1))) return at;
    at = line.indexOf(marker, at + 1);
  }
  return -1;
}

/** The pieces of a run-in enumeration in one line, or none when the line holds fewer than two. */
export function readRunIn(original: string, folded: string, lineIndex: number, contentStart: number): RunInPiece[] {
  const starts: { number: string; start: number }[] = [];
  let from = contentStart;
  for (const number of numerals) {
    const start = findMarker(folded, `${number}是`, from, contentStart);
    if (start < 0) break;
    starts.push({ number, start });
    from = start + 2;
  }
  if (starts.length < 2) return [];
  return starts.map(({ number, start }, i) => {
    let end = starts[i + 1]?.start ?? original.length;
    while (end > start && /[\s；;，,]/.test(original.charAt(end - 1))) end--;
    return {
      number,
      text: original.slice(start, end),
      range: { start: { line: lineIndex, column: start }, end: { line: lineIndex, column: end } },
    };
  });
}
