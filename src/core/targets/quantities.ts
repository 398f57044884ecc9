import type { Quantity } from '../model';
import { chineseNumeralValue, isChineseDigit, isChineseNumeralChar } from '../structure/chineseNumerals';
import { foldWidth } from '../structure/width';
import { wordBoundariesNear } from '../text/wordBoundariesNear';

/**
 * Measurable quantities in a target statement, as the spec defines them: a number (Arabic or
 * Chinese) with a measure word or unit, a percent, `个百分点`, a range, a scale word (`千亿级`), a
 * multiplier (`翻一番`, `3倍`) or coverage (`全覆盖`, `100%`). Years and dates, ordinals (`第一`),
 * run-in markers (`一是`), plan names (`十四五`), grades (`二级`, `三甲`), `5G` and vague amounts
 * (`一批`, `若干`, `多个`) are not quantities: they either lack a unit from the list or are ruled out
 * below. The scan is a single left-to-right pass with bounded look-ahead.
 */

export interface FoundQuantity extends Quantity {
  /** Columns in the scanned text, end exclusive. */
  start: number;
  end: number;
}

/** Tells whether `start` and `end` are word boundaries of `text` (Chinese word segmentation). */
export type WordBoundaries = (text: string, start: number, end: number) => boolean;

/**
 * A Chinese numeral with a one-character measure word is a quantity only when it stands as its own
 * words: `两家` is, but `统一项目` (统一|项目) and `千家万户` are not.
 */
export const segmenterBoundaries: WordBoundaries = (text, start, end) => {
  const boundaries = wordBoundariesNear(text, start, end);
  return boundaries.has(start) && boundaries.has(end);
};

const rangeSeparators = new Set(['-', '—', '–', '~', '～', '至', '到', '－']);
const qualifiersBefore = ['不少于', '不低于', '不超过', '不高于', '不多于', '至少', '超过', '累计', '力争', '达到', '突破', '高于', '低于', '约', '近', '超', '逾'];
const qualifiersAfter = ['以上', '以下', '左右', '以内', '多', '余'];
/** Names that look like numerals but are plan periods. */
const planPeriods = ['十一五', '十二五', '十三五', '十四五', '十五五', '十六五'];
const magnitudes = new Set(['十', '百', '千', '万', '亿']);

/** 百亿, 千亿, 万亿, 百万, 千万: amounts without a digit. Not 亿万 (亿万人民), which is a figure of speech. */
function isMagnitudeAmount(run: string): boolean {
  return run.length === 2 && '百千万'.includes(run[0]!) && '亿万'.includes(run[1]!) && run[0] !== run[1];
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function isLatin(char: string | undefined): boolean {
  return char !== undefined && ((char >= 'A' && char <= 'Z') || (char >= 'a' && char <= 'z'));
}

interface NumberToken {
  value: number;
  end: number;
}

function readArabic(text: string, at: number): NumberToken | undefined {
  let end = at;
  let digits = '';
  while (end < text.length) {
    if (isDigit(text[end])) digits += text[end];
    else if (text[end] === ',' && isDigit(text[end + 1]) && isDigit(text[end + 3]) && digits.length > 0) {
      // thousands separator: 1,200
    } else if (text[end] === '.' && isDigit(text[end + 1]) && !digits.includes('.')) digits += '.';
    else break;
    end++;
  }
  if (digits === '') return undefined;
  return { value: Number(digits), end };
}

function readChinese(text: string, at: number): NumberToken | undefined {
  let end = at;
  while (end < text.length && end - at < 12 && isChineseNumeralChar(text[end])) end++;
  if (end === at) return undefined;
  const run = text.slice(at, end);
  if (planPeriods.some((period) => run.startsWith(period))) return undefined;
  const value = chineseNumeralValue(run);
  return value === undefined ? undefined : { value, end };
}

function readNumber(text: string, at: number): NumberToken | undefined {
  return isDigit(text[at]) ? readArabic(text, at) : readChinese(text, at);
}

function matchAny(text: string, at: number, words: readonly string[]): string | undefined {
  for (const word of words) if (text.startsWith(word, at)) return word;
  return undefined;
}

function qualifierBefore(text: string, start: number): string | undefined {
  let at = start;
  while (at > 0 && text[at - 1] === ' ') at--;
  for (const word of qualifiersBefore) if (at >= word.length && text.startsWith(word, at - word.length)) return word;
  return undefined;
}

/** Fixed phrases that are quantities on their own. */
const phrases: { raw: string; kind: Quantity['kind']; value?: number }[] = [
  { raw: '翻一番', kind: 'multiplier', value: 2 },
  { raw: '翻两番', kind: 'multiplier', value: 4 },
  { raw: '翻番', kind: 'multiplier', value: 2 },
  { raw: '全覆盖', kind: 'coverage' },
];

/** Administrative slogans written with 一 and a measure word. */
const slogans = ['一张网', '一张图', '一张蓝图', '一件事', '一条龙', '一本账', '一套表', '一个窗口', '一个平台管'];

function isSlogan(text: string, start: number, end: number): boolean {
  if (text[start] !== '一' || end - start !== 2) return false;
  return text[end] === '一' || text[end + 1] === '一' || slogans.some((slogan) => text.startsWith(slogan, start));
}

interface ScanState {
  /** Inside “…” or 《…》: slogans and titles (`“四个论英雄”`), not amounts. */
  quoted: number;
  titled: number;
}

/**
 * Finds the quantities of a statement (full- or half-width).
 * @param measureWords the measure words and units (the spec's list plus settings)
 * @example findQuantities('新建省级以上人工智能创新平台15家，建成2-3个开源平台', words)
 *   // → 15家 (count), 2-3个 (range)
 */
/** Measure words longest first, sorted once per word list: a draft may hold thousands of statements. */
const sortedUnits = new WeakMap<readonly string[], readonly string[]>();
function unitsLongestFirst(measureWords: readonly string[]): readonly string[] {
  let units = sortedUnits.get(measureWords);
  if (!units) sortedUnits.set(measureWords, (units = [...new Set(['个百分点', ...measureWords])].sort((a, b) => b.length - a.length)));
  return units;
}

export function findQuantities(original: string, measureWords: readonly string[], boundaries: WordBoundaries = segmenterBoundaries): FoundQuantity[] {
  const text = foldWidth(original);
  const units = unitsLongestFirst(measureWords);
  const found: FoundQuantity[] = [];
  const state: ScanState = { quoted: 0, titled: 0 };
  let at = 0;
  while (at < text.length) {
    const char = text[at];
    if (char === '“') state.quoted++;
    else if (char === '”' && state.quoted > 0) state.quoted--;
    else if (char === '《') state.titled++;
    else if (char === '》' && state.titled > 0) state.titled--;

    const phrase = phrases.find((p) => text.startsWith(p.raw, at));
    if (phrase) {
      const quantity: FoundQuantity = { kind: phrase.kind, raw: phrase.raw, start: at, end: at + phrase.raw.length };
      const qualifier = qualifierBefore(text, at);
      if (qualifier !== undefined) quantity.qualifier = qualifier;
      if (phrase.value !== undefined) quantity.value = phrase.value;
      found.push(quantity);
      at += phrase.raw.length;
      continue;
    }
    if (text.startsWith('百分之', at)) {
      const number = readChinese(text, at + 3) ?? readArabic(text, at + 3);
      if (number) {
        found.push({ kind: 'percent', raw: original.slice(at, number.end), value: number.value, unit: '%', start: at, end: number.end });
        at = number.end;
        continue;
      }
    }
    const startsNumber =
      (isDigit(char) && !isDigit(text[at - 1]) && text[at - 1] !== '.' && !isLatin(text[at - 1])) || (isChineseNumeralChar(char) && !isChineseNumeralChar(text[at - 1]));
    if (!startsNumber) {
      at++;
      continue;
    }
    const quantity = readQuantity(text, at, units, state, boundaries);
    if (quantity) {
      found.push({ ...quantity, raw: original.slice(quantity.start, quantity.end) });
      at = quantity.end;
    } else {
      const skip = readNumber(text, at);
      at = skip ? Math.max(skip.end, at + 1) : at + 1;
    }
  }
  return found;
}

function readQuantity(text: string, start: number, units: readonly string[], state: ScanState, boundaries: WordBoundaries): FoundQuantity | undefined {
  const arabic = isDigit(text[start]);
  if (state.titled > 0 || (!arabic && state.quoted > 0)) return undefined;
  const before = text[start - 1];
  if (before === '第' || before === '每') return undefined;
  const first = readNumber(text, start);
  if (!first) return undefined;
  // 千亿级 has no digit; otherwise a bare 万, 千 or 百 is part of a word (千家万户), not an amount —
  // unless it is a magnitude of 亿 or 万 (百亿元, 千万元, 万亿元), which is one.
  const run = text.slice(start, first.end);
  const wordLike = !arabic && !run.split('').some(isChineseDigit) && text[start] !== '十' && !isMagnitudeAmount(run);
  let at = first.end;
  const value = first.value;
  let upper: number | undefined;
  let percent = false;
  if (text[at] === '%') {
    percent = true;
    at++;
  }
  // A range: 2-3个, 5—10家, 三至五个, 5%-8%.
  if (rangeSeparators.has(text.charAt(at)) && (arabic ? isDigit(text.charAt(at + 1)) : isChineseNumeralChar(text.charAt(at + 1)))) {
    const second = readNumber(text, at + 1);
    if (second && second.value > value) {
      upper = second.value;
      at = second.end;
      if (percent && text[at] === '%') at++;
    }
  }
  if (percent) return finish(text, start, at, { kind: upper === undefined ? 'percent' : 'range', value, upper, unit: '%' });

  let approximate = matchAny(text, at, ['多', '余']);
  if (approximate) at += approximate.length;
  // Arabic amounts written with a magnitude: 50万亩, 1.2万亿元, 3000亿.
  let magnitude = '';
  // A unit that itself starts with a magnitude character (千瓦, 万元) is read as the unit.
  if (arabic && matchAny(text, at, units) === undefined) {
    // The value stays as written; the magnitude becomes part of the unit (50 万亩, 3000 亿).
    while (magnitudes.has(text.charAt(at)) && magnitude.length < 3) magnitude += text.charAt(at++);
  }
  const scaleEnd = text.startsWith('级', at) ? at + 1 : text.startsWith('元级', at) ? at + 2 : -1;
  const lastNumeral = text[at - 1];
  if (scaleEnd > 0 && (lastNumeral === '万' || lastNumeral === '亿' || lastNumeral === '千' || lastNumeral === '百')) {
    // 千亿级, 百亿级, 万亿级: a scale; 二级 and 三级 are grades.
    return finish(text, start, scaleEnd, { kind: 'scale', value, unit: '级' });
  }
  if (wordLike) return undefined;
  if (text[at] === '倍') return finish(text, start, at + 1, { kind: 'multiplier', value, upper, unit: '倍' });
  if (text[at] === '是' || text[at] === '年' || text[at] === '月' || text[at] === '日') return undefined;

  const unit = matchAny(text, at, units);
  if (unit) {
    const end = at + unit.length;
    if (!arabic && !boundaries(text, start, end)) return undefined;
    // 一企一策, 一件事一次办, 一张网: slogans, not amounts.
    if (!arabic && isSlogan(text, start, end)) return undefined;
    approximate ??= matchAny(text, end, ['余', '多']);
    return finish(text, start, end, { kind: upper === undefined ? 'count' : 'range', value, upper, unit: magnitude + unit, approximate });
  }
  if (!arabic) return undefined;
  if (isLatin(text[at]) && isLatin(text[at + 1])) {
    // Units written in Latin letters: 5000PFlops, 10GW (but not 5G).
    let end = at;
    while (isLatin(text[end]) || text[end] === '/') end++;
    return finish(text, start, end, { kind: upper === undefined ? 'count' : 'range', value, upper, unit: text.slice(at, end) });
  }
  // 3000亿 is an amount; 200千 before a unit not in the list (千瓦) is not.
  if (magnitude.endsWith('万') || magnitude.endsWith('亿')) {
    return finish(text, start, at, { kind: upper === undefined ? 'count' : 'range', value, upper, unit: magnitude });
  }
  // A bare number bounded by 以上/以下/左右 (`PUE降至1.3以下`) still states a measurable level.
  const bound = matchAny(text, at, ['以上', '以下', '左右', '以内']);
  if (bound && !approximate) return finish(text, start, at, { kind: upper === undefined ? 'count' : 'range', value, upper });
  return undefined;
}

function finish(text: string, start: number, end: number, quantity: { kind: Quantity['kind']; value: number; upper?: number; unit?: string; approximate?: string }): FoundQuantity {
  const after = matchAny(text, end, qualifiersAfter);
  const rawEnd = after === '以上' || after === '以下' || after === '左右' || after === '以内' ? end + after.length : end;
  const result: FoundQuantity = { kind: quantity.kind, raw: text.slice(start, rawEnd), value: quantity.value, start, end: rawEnd };
  if (quantity.upper !== undefined) result.upper = quantity.upper;
  if (quantity.unit !== undefined) result.unit = quantity.unit;
  const qualifier = qualifierBefore(text, start) ?? after ?? quantity.approximate;
  if (qualifier !== undefined) result.qualifier = qualifier;
  if (quantity.value === 100 && quantity.unit === '%') result.kind = 'coverage';
  return result;
}
