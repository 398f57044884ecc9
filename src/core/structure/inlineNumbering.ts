import { isChineseNumeralChar, numberValue } from './chineseNumerals';
import { rank as markerRank, readMarker, type Marker } from './markers';
import { foldWidth, isBlank } from './width';

/**
 * Text whose line breaks were lost (a dataset that stripped them, a paste that ran paragraphs
 * together) still carries its numbering: `…意见:一、充分认识…。（一）指导思想。…；2.加强标准研制。`.
 * A marker mid-line starts a clause of its own where a line could have ended there and the number
 * goes on from the document's numbering at that level: right after a sentence (`。；！？`, or `：`
 * before a part), or right after a short heading that has no punctuation yet (`二、…目标（一）指导思想。`
 * opens the part's first section). References stay inline: `第一条`, `1.5万`, `统一、`, `（一）` inside
 * a quoted title or after a comma, and a `（三）` that does not follow a `（二）`.
 */

/** Where a line is cut: the columns (in the line) where a new clause starts. */
export interface LineCuts {
  line: number;
  columns: number[];
}

/** After these (width-folded) a marker may start a clause: where a sentence or clause ended. */
const clauseEnds = new Set(['。', ';', '!', '?']);
/** Closing marks after a sentence end (`。”`, `。）`): the sentence still ended before them. */
const closers = new Set(['”', '"', ')', '’', '」', '』']);
/** A heading that runs into its first child is at most this long (`推进煤矿企业兼并重组的指导思想、原则和目标`). */
const maxRunInHeading = 40;
/** Punctuation that shows the text after a heading's marker is a sentence, not a heading. */
const headingBreakers = new Set(['。', ';', '!', '?', ':']);

const han = /\p{Script=Han}/u;

/** Ranks that count in numbering: a dash has no number and ends nothing. */
const numberedRanks = [
  markerRank.chapter,
  markerRank.subchapter,
  markerRank.article,
  markerRank.part,
  markerRank.section,
  markerRank.item,
  markerRank.parenItem,
  markerRank.circledItem,
];

/**
 * The last number seen at each rank. A higher level starts its children's count again, but central
 * documents often number their sections on across parts (`六、…（二十）`): the count from before the
 * reset still continues too.
 */
class NumberingState {
  private readonly last = new Map<number, number>();
  private readonly carried = new Map<number, number>();

  /** Whether a marker of this rank and value goes on from the numbering so far. */
  continues(rank: number, value: number): boolean {
    return value === (this.last.get(rank) ?? 0) + 1 || value === (this.carried.get(rank) ?? -1) + 1;
  }

  /** Whether it is the first child a new heading can have. */
  opens(rank: number, value: number): boolean {
    return !this.last.has(rank) && this.continues(rank, value);
  }

  see(rank: number, value: number | undefined): void {
    for (const other of numberedRanks) {
      if (other <= rank || !this.last.has(other)) continue;
      this.carried.set(other, this.last.get(other)!);
      this.last.delete(other);
    }
    if (value !== undefined) {
      this.last.set(rank, value);
      this.carried.delete(rank);
    }
  }
}

function skipBlanks(line: string, at: number): number {
  while (at < line.length && isBlank(line[at])) at++;
  return at;
}

/** Column where a line's content starts, past indentation and Markdown `#`, `>`, `**` prefixes. */
function contentStart(folded: string): number {
  let at = skipBlanks(folded, 0);
  while (at < folded.length && (folded[at] === '#' || folded[at] === '>' || folded[at] === '*')) at++;
  return skipBlanks(folded, at);
}

/** Genres a document's title ends with: its first part may run into it (`…的实施意见一、总体要求`). */
const titleEnds = ['意见', '方案', '计划', '规划', '纲要', '办法', '措施', '通知', '决定', '要点', '规定', '细则', '报告'];
/** Longest parenthetical after a sentence end that an item may follow (`。（责任单位：市交通局）2.`). */
const maxTrailingNote = 60;

/** Whether the text before `at` ends where a line could have ended. */
function endsClauseBefore(folded: string, at: number, rank: number): boolean {
  let before = at - 1;
  while (before > 0 && before > at - 4 && closers.has(folded[before]!)) before--;
  const char = folded[before];
  if (char === undefined) return false;
  // A part ends a sentence, never a clause of a list (`…4.8%；一、二、三产业分别增长…`).
  if (clauseEnds.has(char)) return (before === at - 1 || char === '。') && (rank > markerRank.part || char !== ';');
  if (folded[at - 1] === ')') return afterNote(folded, at - 1);
  // `现提出如下意见：一、…`: a colon ends the notice's opening before the first part, or opens a list of goals.
  return char === ':' && before === at - 1 && (rank <= markerRank.section || rank === markerRank.dash);
}

/** Words of a unit note: an item may follow one that ends a task without a `。` (`…平台（市科委牵头）2.…`). */
const noteWords = ['牵头', '负责', '责任', '单位', '部门', '配合'];

/** Whether a full sentence (`。`, or the `：` that opens a list) ends right before `at`. */
function endsSentenceBefore(folded: string, at: number): boolean {
  return folded[at - 1] === '。' || folded[at - 1] === ':';
}

/** Whether the `)` at `close` ends a note after a sentence (`。（…）`) or a unit note (`（市科委牵头）`). */
function afterNote(folded: string, close: number): boolean {
  for (let at = close - 1; at > 0 && at > close - maxTrailingNote; at--) {
    const char = folded[at]!;
    if (char === ')' || clauseEnds.has(char)) return false;
    if (char !== '(') continue;
    if (clauseEnds.has(folded[at - 1] ?? '')) return true;
    const note = folded.slice(at + 1, close);
    return noteWords.some((word) => note.includes(word));
  }
  return false;
}

/** Whether the document's title ends right before `at` (a first part may follow it). */
function afterTitle(folded: string, at: number): boolean {
  return titleEnds.some((genre) => folded.endsWith(genre, at));
}

/** A line that is not running text: a table row, a rule, a fence. */
function isStructural(folded: string, start: number): boolean {
  const char = folded[start];
  if (char === '|' || char === '`' || char === '~' || char === '<') return true;
  let pipes = 0;
  for (let at = start; at < folded.length && pipes < 2; at++) if (folded[at] === '|') pipes++;
  return pipes >= 2;
}

/** A marker found mid-line, as `readMarker` reads it at that column. */
function midLineMarker(folded: string, at: number): Marker | undefined {
  const marker = readMarker(folded, at);
  if (!marker || marker.kind === 'paragraph') return undefined;
  if (marker.kind === 'dash') return undefined;
  // `一、二、三产业`: numerals listed, not a part.
  if (marker.rank === markerRank.part && isChineseNumeralChar(folded[marker.bodyStart]) && folded[marker.bodyStart + 1] === '、') return undefined;
  // A bare number (`30余家…。`) is an amount mid-line; an item there carries its `.` or `、`.
  const mark = folded[marker.bodyStart - 1];
  if (marker.rank === markerRank.item && mark !== '.' && mark !== '、' && !isBlank(mark)) return undefined;
  return marker;
}

/**
 * The columns where each line of a document is cut so that a clause glued to the text before it
 * starts a line again. Lines without such a clause are left out. One scan per line: a marker is read
 * only right after a clause end or within a heading's first characters, with bounded look-ahead.
 */
export function findInlineClauses(lines: readonly string[], foldedLines: readonly string[] = lines.map(foldWidth)): LineCuts[] {
  const state = new NumberingState();
  const out: LineCuts[] = [];
  let fenced = false;
  for (let index = 0; index < lines.length; index++) {
    const folded = foldedLines[index]!;
    const start = contentStart(folded);
    if (folded.startsWith('```', start) || folded.startsWith('~~~', start)) fenced = !fenced;
    if (fenced || start >= folded.length || isStructural(folded, start)) continue;
    const columns: number[] = [];
    let heading = openingHeading(folded, start, state);
    for (let at = start + 1; at < folded.length; at++) {
      // Most characters are plain text: a table lookup on the code, with no one-character string made.
      if (!mayActAt[folded.charCodeAt(at)]) {
        if (heading && at - heading.bodyStart > maxRunInHeading) heading = undefined;
        continue;
      }
      const char = folded[at]!;
      if (heading && (headingBreakers.has(char) || at - heading.bodyStart > maxRunInHeading)) heading = undefined;
      if (char === '—' || char === '-') {
        const end = leadDashEnd(folded, at);
        if (end < 0) continue;
        // After a heading that lists goals or principles, after a sentence, or after a title (`…工作报告——2024年1月16日在…`).
        if ((heading !== undefined && opensDashList(folded, heading.bodyStart, at)) || endsClauseBefore(folded, at, markerRank.dash) || afterTitle(folded, at)) {
          columns.push(at);
          heading = undefined;
        }
        at = end - 1;
        continue;
      }
      if (!isMarkerStart(char)) continue;
      const marker = midLineMarker(folded, at);
      if (!marker) continue;
      const value = numberValue(marker.number ?? '');
      if (value === undefined) continue;
      // A part or section list may start again (`（一）` after `（七）`, under a heading without a number) right after a sentence.
      const restarts = value === 1 && marker.rank <= markerRank.section && marker.rank >= markerRank.part && endsSentenceBefore(folded, at);
      if (!restarts && !state.continues(marker.rank, value)) continue;
      // A heading's first child runs into it (`（一）` after `二、…目标`); elsewhere a clause ended first.
      const runsIntoHeading = heading !== undefined && marker.rank > heading.rank && at > heading.bodyStart && han.test(folded[at - 1]!) && state.opens(marker.rank, value);
      const opensPlan = marker.rank <= markerRank.part && value === 1 && state.opens(marker.rank, value) && afterTitle(folded, at);
      if (!runsIntoHeading && !opensPlan && !endsClauseBefore(folded, at, marker.rank)) continue;
      columns.push(at);
      state.see(marker.rank, value);
      heading = marker.rank <= markerRank.section ? { rank: marker.rank, bodyStart: marker.bodyStart } : undefined;
      at = marker.bodyStart - 1;
    }
    if (columns.length > 0) out.push({ line: index, columns });
  }
  return out;
}

/**
 * The line's own marker, counted in the numbering when it goes on from it (a wrapped line may start
 * with a number that is none: `23微克/立方米。`); for a part or section, where its heading starts.
 */
function openingHeading(folded: string, start: number, state: NumberingState): { rank: number; bodyStart: number } | undefined {
  const marker = readMarker(folded, start);
  if (!marker || marker.kind === 'dash') return undefined;
  const value = marker.number === undefined ? undefined : numberValue(marker.number);
  if (value === undefined || !(value === 1 || state.continues(marker.rank, value))) return undefined;
  state.see(marker.rank, value);
  return marker.rank <= markerRank.section ? { rank: marker.rank, bodyStart: marker.bodyStart } : undefined;
}

/** Headings lead dashes run into (`（二）基本原则——生态优先`); elsewhere a dash after a heading is its subtitle (`中国算谷--打造…`). */
const dashListHeadings = ['目标', '原则', '要求', '思路', '定位', '方向', '愿景'];

function opensDashList(folded: string, headingStart: number, at: number): boolean {
  return at > headingStart && dashListHeadings.some((word) => folded.endsWith(word, at));
}

/**
 * End of a lead dash (`——`, `--`, `———`) starting at `at` and followed by the text of a clause, or -1.
 * One `—` or `一一` mid-line is punctuation or a word (`一一对应`), never read as a lead.
 */
function leadDashEnd(folded: string, at: number): number {
  const char = folded[at]!;
  if (folded[at + 1] !== char || folded[at - 1] === char) return -1;
  let end = at + 2;
  while (end < folded.length && end < at + 6 && folded[end] === char) end++;
  const next = folded[end] ?? '';
  return han.test(next) || next === '“' ? end : -1;
}

/** Characters a numbering marker can start with (folded): the pre-check that keeps the scan cheap. */
const markerStarts = new Set([...'(第一二三四五六七八九十0123456789']);

function isMarkerStart(char: string): boolean {
  return markerStarts.has(char) || (char >= '\u2460' && char <= '\u2473');
}

/**
 * The UTF-16 units at which the scan does more than count a heading's length: a heading breaker, a
 * dash, a marker's first character. The scan visits every character of a document (5.7M in the real
 * documents), and reading each as a string to look it up in a set was a tenth of a cold read.
 */
const mayActAt = (() => {
  const table = new Uint8Array(0x10000);
  for (const char of [...headingBreakers, '—', '-', ...markerStarts]) table[char.charCodeAt(0)] = 1;
  for (let code = 0x2460; code <= 0x2473; code++) table[code] = 1;
  return table;
})();
