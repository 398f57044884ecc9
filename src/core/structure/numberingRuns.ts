import { chineseNumeralValue, numberValue } from './chineseNumerals';
import type { SourceLine } from './lines';
import type { Outline, OutlineNode } from './outline';

/**
 * Numbering siblings as the review spec defines them: the numbered children of one parent at one
 * numbering level (第一章, 一、, （一）, 1., （1）, ①), and the run-in pieces `一是…二是…` of one
 * paragraph. Table rows, 专栏 numbers and numbers inside sentences are never markers.
 */
export interface NumberMarker {
  line: number;
  /** Columns of the number itself (without brackets or punctuation): what a renumbering replaces. */
  start: number;
  end: number;
  value: number;
  /** The number's script: Chinese numerals, digits, circled digits. */
  script: 'chinese' | 'digits' | 'circled';
  /** The marker as written around the number: `（`/`）`, `、`, `是`. */
  before: string;
  after: string;
}

export interface NumberRun {
  markers: NumberMarker[];
  /** The line of the siblings' parent, when they have one. */
  parentLine?: number;
  /** The number a first marker may also take: the previous parent's last item + 1 (items numbered on). */
  continues?: number;
}

const circledBase = 0x2460;

export function writeNumber(value: number, script: NumberMarker['script']): string {
  if (script === 'digits') return String(value);
  if (script === 'circled') return value >= 1 && value <= 20 ? String.fromCharCode(circledBase + value - 1) : String(value);
  return chineseNumeral(value);
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三 (up to 99). */
export function chineseNumeral(value: number): string {
  const digits = '〇一二三四五六七八九';
  if (value < 10) return digits[value] ?? String(value);
  if (value >= 100) return String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}

/** The marker as it would read with another number: `（三）` → `（四）`. */
export function markerWith(marker: NumberMarker, value: number): string {
  return `${marker.before}${writeNumber(value, marker.script)}${marker.after}`;
}

/** The script a marker's number is written in (`三`, `3`, `③`). */
export function scriptOf(number: string): NumberMarker['script'] {
  if (/^[0-9０-９]+$/.test(number)) return 'digits';
  const code = number.charCodeAt(0);
  return code >= circledBase && code < circledBase + 20 ? 'circled' : 'chinese';
}

/** A marker's number as a value: `十二` → 12, `③` → 3, `7` → 7. */
export function markerValue(number: string): number | undefined {
  return scriptOf(number) === 'circled' ? number.charCodeAt(0) - circledBase + 1 : numberValue(number);
}

/** The marker of a numbered clause, read from its line (none for an article `第十九条` or a reference). */
export function markerOf(node: OutlineNode, line: SourceLine): NumberMarker | undefined {
  const number = node.clause.number;
  if (number === undefined) return undefined;
  const value = markerValue(number);
  if (value === undefined) return undefined;
  // The number sits between the content start and the body (`（三）、` → `三`); folded digits keep their columns.
  const start = line.folded.indexOf(number, line.contentStart);
  if (start < 0 || start >= node.textStart) return undefined;
  const end = start + number.length;
  let afterEnd = end;
  while (afterEnd < node.textStart && !/\s/.test(line.text[afterEnd]!)) afterEnd++;
  // 第十九条: articles of a regulation, numbered on through its chapters; not plan numbering.
  if (line.text[end] === '条') return undefined;
  // `（十二）项规定…`, `2）。对已经…`: a reference in a sentence that a hard wrap put at a line's start.
  if (/^(?:[。，；]|项(?!目)|款)/.test(line.text.slice(afterEnd).trimStart())) return undefined;
  return {
    line: line.index,
    start,
    end,
    value,
    script: scriptOf(number),
    before: line.text.slice(line.contentStart, start),
    after: line.text.slice(end, afterEnd),
  };
}

const runInNumerals = '一二三四五六七八九十';
const runInOpeners = new Set(['，', '。', '；', '：', ',', ';', ':', ' ', '\u3000', '、', '(', '（', '“', '*']);

/**
 * The run-in pieces of a paragraph line: `一是` at the paragraph's start or after punctuation, then
 * every later `X是` so placed. A line without `一是` holds none (a `三是` quoted in prose is not one).
 */
function runInMarkers(line: SourceLine, from: number): NumberMarker[] {
  const text = line.text;
  const first = findRunIn(text, '一', from);
  if (first < 0) return [];
  const markers: NumberMarker[] = [];
  for (let at = first; at < text.length - 1; at++) {
    const char = text[at]!;
    if (!runInNumerals.includes(char) || text[at + 1] !== '是') continue;
    if (at !== from && !runInOpeners.has(text[at - 1]!)) continue;
    const value = chineseNumeralValue(char);
    if (value === undefined) continue;
    markers.push({ line: line.index, start: at, end: at + 1, value, script: 'chinese', before: '', after: '是' });
  }
  return markers.length >= 2 ? markers : [];
}

/** A line may hold several enumerations (a page without line breaks): each `一是` opens a new one. */
function runInRuns(markers: NumberMarker[]): NumberMarker[][] {
  const runs: NumberMarker[][] = [];
  for (const marker of markers) {
    if (marker.value === 1 || runs.length === 0) runs.push([marker]);
    else runs[runs.length - 1]!.push(marker);
  }
  return runs.filter((run) => run.length >= 2);
}

function findRunIn(text: string, numeral: string, from: number): number {
  for (let at = text.indexOf(`${numeral}是`, from); at >= 0; at = text.indexOf(`${numeral}是`, at + 1)) {
    if (at === from || runInOpeners.has(text[at - 1]!)) return at;
  }
  return -1;
}

/**
 * Every run of siblings in the plan body (from `bodyLine` on: an issuing notice above the plan's
 * title is not numbered with it; up to `endLine`, where the attachments begin), in document order.
 */
export function numberRuns(outline: Outline, bodyLine: number, endLine = outline.lines.length): NumberRun[] {
  const runs: NumberRun[] = [];
  const groups = new Map<OutlineNode | undefined, Map<number, NumberRun>>();
  /** The last number written at each rank: where siblings numbered on continue. */
  const lastAtRank = new Map<number, number>();
  for (const node of outline.nodes) {
    if (node.startLine < bodyLine) continue;
    if (node.startLine >= endLine) break;
    const line = outline.lines[node.startLine]!;
    const marker = markerOf(node, line);
    if (marker) {
      let byRank = groups.get(node.parent);
      if (!byRank) groups.set(node.parent, (byRank = new Map()));
      let run = byRank.get(node.rank);
      if (!run) {
        byRank.set(node.rank, (run = node.parent ? { markers: [], parentLine: node.parent.startLine } : { markers: [] }));
        runs.push(run);
        const last = lastAtRank.get(node.rank);
        // Tasks 1.–20. spread over sections （一）–（六）, sections （一）–（三十） over the parts of an
        // 意见: the first sibling under a new parent may go on from the last one written.
        if (last !== undefined && node.parent !== undefined) run.continues = last + 1;
      }
      run.markers.push(marker);
      lastAtRank.set(node.rank, marker.value);
    }
    for (const pieces of runInRuns(runInMarkers(line, node.textStart))) runs.push({ markers: pieces });
  }
  return runs;
}

export interface NumberBreak {
  marker: NumberMarker;
  kind: 'gap' | 'repeat';
  expected: number;
  /** The marker and every later sibling, each with the number it should carry (built on demand). */
  renumbered: () => { marker: NumberMarker; value: number }[];
}

/**
 * The breaks of a run: a first number that is neither 1 nor the run-on number, a gap, a repeat.
 * After a break, counting continues from the number written: one break per slip.
 */
export function breaksOf(run: NumberRun): NumberBreak[] {
  const breaks: NumberBreak[] = [];
  const markers = run.markers;
  /** Counts a restart at 1 set aside: an inner list of the same form, after which the outer one goes on. */
  const suspended: number[] = [];
  let count = 0;
  markers.forEach((marker, i) => {
    let expected: number;
    let kind: NumberBreak['kind'];
    if (i === 0) {
      count = marker.value;
      if (marker.value === 1 || marker.value === run.continues) return;
      expected = 1;
      kind = 'gap';
    } else if (marker.value === count + 1) {
      count = marker.value;
      return;
    } else if (marker.value === 1 && count > 1) {
      // A list that starts again at 1 under a heading the parser could not see (a bold line, a
      // paragraph title, an outer item) is a new list, not a slip; `（一）（一）` is still a repeat.
      suspended.push(count);
      count = 1;
      return;
    } else if (suspended.length > 0 && marker.value === suspended[suspended.length - 1]! + 1) {
      count = marker.value;
      suspended.pop();
      return;
    } else {
      expected = count + 1;
      kind = marker.value === count ? 'repeat' : 'gap';
    }
    count = marker.value;
    const from = expected;
    const renumbered = () => markers.slice(i).map((m, k) => ({ marker: m, value: from + k }));
    breaks.push({ marker, kind, expected, renumbered });
  });
  return breaks;
}
