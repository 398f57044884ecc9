import type { ClauseKind } from '../model';
import { isChineseNumeralChar } from './chineseNumerals';
import { isBlank } from './width';

/**
 * The numbering a line starts with. `rank` orders the levels from the outermost (smaller is higher):
 * a clause runs until the next clause whose rank is the same or smaller. Plans nest
 * 第一章 > 第一节 > 一、 > （一） > 1. > （1） > ① > ——, and a draft may skip levels.
 */
export interface Marker {
  kind: ClauseKind;
  rank: number;
  /** The number as written without its punctuation: `一`, `3`, `①`; absent for dashes. */
  number?: string;
  /** Column (in the line) where the text after the marker starts. */
  bodyStart: number;
}

export const rank = {
  chapter: 0,
  subchapter: 0.5,
  /** `第七条`: an article of a 办法 or 若干措施, holding its `（一）` conditions. */
  article: 0.75,
  part: 1,
  section: 2,
  item: 3,
  parenItem: 4,
  circledItem: 5,
  dash: 6,
} as const;

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function skipBlanks(line: string, at: number): number {
  while (at < line.length && isBlank(line[at])) at++;
  return at;
}

function runEnd(line: string, from: number, test: (c: string | undefined) => boolean, max: number): number {
  let at = from;
  while (at < line.length && at - from < max && test(line[at])) at++;
  return at;
}

function marker(kind: ClauseKind, markRank: number, line: string, number: string | undefined, after: number): Marker | undefined {
  const bodyStart = skipBlanks(line, after);
  // A bare number with nothing after it is a page number or a table cell, not a clause.
  if (bodyStart >= line.length) return undefined;
  return number === undefined ? { kind, rank: markRank, bodyStart } : { kind, rank: markRank, number, bodyStart };
}

/** `第一章`, `第二部分`, `第三节`. */
function readOrdinalHeading(line: string, at: number): Marker | undefined {
  if (line[at] !== '第') return undefined;
  const end = runEnd(line, at + 1, (c) => isChineseNumeralChar(c) || isDigit(c), 4);
  if (end === at + 1) return undefined;
  const number = line.slice(at + 1, end);
  if (line.startsWith('部分', end)) return marker('part', rank.chapter, line, number, end + 2);
  if (line[end] === '章' || line[end] === '篇') return marker('part', rank.chapter, line, number, end + 1);
  if (line[end] === '节') return marker('section', rank.subchapter, line, number, end + 1);
  if (line[end] === '条' && isBlank(line[end + 1])) return marker('item', rank.article, line, number, end + 1);
  return undefined;
}

/** `一、` `十二、` `一.` (a folded `一．`). */
function readPart(line: string, at: number): Marker | undefined {
  const end = runEnd(line, at, isChineseNumeralChar, 3);
  if (end === at || (line[end] !== '、' && line[end] !== '.')) return undefined;
  return marker('part', rank.part, line, line.slice(at, end), end + 1);
}

/** `(一)` `(1)` after folding `（一）` `（1）`; also `1)`. */
function readParenthesised(line: string, at: number): Marker | undefined {
  if (line[at] === '(') {
    const chinese = runEnd(line, at + 1, isChineseNumeralChar, 3);
    if (chinese > at + 1 && line[chinese] === ')') return marker('section', rank.section, line, line.slice(at + 1, chinese), chinese + 1);
    const arabic = runEnd(line, at + 1, isDigit, 3);
    if (arabic > at + 1 && line[arabic] === ')') return marker('item', rank.parenItem, line, line.slice(at + 1, arabic), arabic + 1);
    return undefined;
  }
  const arabic = runEnd(line, at, isDigit, 3);
  if (arabic > at && line[arabic] === ')') return marker('item', rank.parenItem, line, line.slice(at, arabic), arabic + 1);
  return undefined;
}

const han = /\p{Script=Han}/u;
/** Characters after a bare number that make it an amount or a date, not an item (`3个`, `5年`). */
const amountChars = new Set([...'年月日号个家项条万亿千百倍类级种名人次米元所座批期届轮位件台套户吨亩周天']);
/** Longest title of an item written without punctuation after its number. */
const longestBareTitle = 40;

/**
 * `1突破大模型关键核心技术。加强…`: a legal-database export that dropped the item's `.`. Read as an
 * item only when a short title ending in `。` follows, with no comma before it.
 */
function isBareItem(line: string, end: number): boolean {
  if (!han.test(line[end] ?? '') || amountChars.has(line[end]!)) return false;
  const limit = Math.min(line.length, end + longestBareTitle);
  for (let at = end + 1; at < limit; at++) {
    const char = line[at]!;
    if (char === '。') return true;
    if (char === ',' || char === '，' || char === '、' || char === ';' || char === ':' || char === '(' || char === ' ') return false;
  }
  return false;
}

/** `1.` `1、` `12.`, `1﹒` (folded); `1突破…。` with a bare number; not `1.5亿元` and not `2025年`. */
function readItem(line: string, at: number): Marker | undefined {
  const end = runEnd(line, at, isDigit, 3);
  if (end === at) return undefined;
  if (line[end] === '、' || (line[end] === '.' && !isDigit(line[end + 1]))) {
    return marker('item', rank.item, line, line.slice(at, end), end + 1);
  }
  if (end - at <= 2 && line[at] !== '0' && isBareItem(line, end)) return marker('item', rank.item, line, line.slice(at, end), end);
  return undefined;
}

function readCircled(line: string, at: number): Marker | undefined {
  const code = line.charCodeAt(at);
  if (code >= 0x2460 && code <= 0x2473) return marker('item', rank.circledItem, line, line.charAt(at), at + 1);
  return undefined;
}

const dashChars = new Set(['—', '―', '─']);

/**
 * `——创新引领。…`: the lead dash of goals and principles, also as exports write it: `--` (ASCII),
 * one `—` right before the text, `一一` (two 一 for ——, as OCR and some databases give it).
 */
function readDash(line: string, at: number): Marker | undefined {
  if (dashChars.has(line.charAt(at)) && dashChars.has(line.charAt(at + 1))) {
    let end = at + 2;
    while (dashChars.has(line.charAt(end))) end++;
    return marker('dash', rank.dash, line, undefined, end);
  }
  if (line[at] === '-' && line[at + 1] === '-') {
    let end = at + 2;
    while (line[end] === '-') end++;
    return isBlank(line[end]) ? undefined : marker('dash', rank.dash, line, undefined, end);
  }
  const single = dashChars.has(line.charAt(at)) || (line[at] === '一' && line[at + 1] === '一');
  const end = line[at] === '一' ? at + 2 : at + 1;
  if (single && han.test(line[end] ?? '') && line[end] !== '一') return marker('dash', rank.dash, line, undefined, end);
  return undefined;
}

/**
 * Reads the numbering at `at` of a width-folded line (see `foldWidth`), or undefined for a line of
 * running text.
 */
export function readMarker(line: string, at: number): Marker | undefined {
  return readOrdinalHeading(line, at) ?? readPart(line, at) ?? readParenthesised(line, at) ?? readItem(line, at) ?? readCircled(line, at) ?? readDash(line, at);
}
