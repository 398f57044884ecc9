import { isChineseNumeralChar } from '../structure/chineseNumerals';
import { wordBoundariesNear } from '../text/wordBoundariesNear';
import { countedForm, withoutTrailingJoins } from './ownQuantityForm';

/** A vague amount a target writes where its number belongs (`培育一批龙头企业`), and the number's measure word. */
export interface VagueAmount {
  /**
   * Offsets in the statement, end exclusive: the word with the 的 (`众多的`, `一定数量的`) or the
   * measure word (`若干个`) it may carry.
   */
  start: number;
  end: number;
  /** The vague word as written: 一批, 若干, 一系列 … */
  word: string;
  /** The measure word the number takes there (家, 个, 项 …): the one written after it, else the one the words it counts take. */
  unit: string;
  /** The words it counts: what follows it up to the end of its phrase or the next vague amount, without a `和` before that (`龙头企业`). */
  counted: string;
}

/**
 * checks.md's vague amounts 一批, 一系列, 若干, 多个, and 一大批, 大批, 一些, 众多, 一定数量, which the check
 * reads as no quantity too (none of them is a numeral before a measure word). Not 一流, 一体化, 一站式:
 * vague words, but no amounts. One alternation of literals, none a prefix of another: it cannot
 * backtrack, and the leftmost match takes 一大批 whole before the 大批 inside it.
 */
const vagueWords = ['一定数量', '一大批', '一系列', '一批', '大批', '若干', '一些', '多个', '众多'];
const vaguePattern = new RegExp(vagueWords.join('|'), 'gu');
const anyVague = new RegExp(vagueWords.join('|'), 'u');

/** Characters before which the word is an ordinal or a demonstrative, not an amount, where the segmenter does not cut it off: 第一批, 同一批, 这一批, 逐一批复. */
const notAfter = new Set(['第', '同', '每', '这', '那', '该', '逐']);
/** 批 starting a word of its own after 一 or 大: 一批复, 大批量, 一批次. */
const batchWords = new Set(['复', '准', '次', '量', '发']);
/** Measure words a drafter may have written after a vague amount (`若干个`, `若干家`), when the segmenter reads them as words of their own. */
const writtenMeasureWords = new Set(['个', '家', '项', '名', '条', '所', '座', '种', '处', '位']);
/** Where the words an amount counts stop: the end of its phrase. */
const phraseEnds = new Set(['，', ',', '；', ';', '。', '：', ':', '！', '!', '？', '?', '\n', '\r']);
/** The words an amount counts are read this far at most: enough for `一批具有核心竞争力的软件和信息服务企业`. */
const countedLimit = 40;
/** A statement holds one or two; a run-on page can hold thousands, and each would be a menu entry. */
const maxAmounts = 8;

/**
 * The vague amounts of a target statement that count something, in order, at most eight: each is
 * where a number belongs (`培育一批龙头企业，带动…` → `培育N家龙头企业，带动…`). Not one inside a title
 * 《…若干措施》, one that ends its phrase (`企业众多`, `快一些`), nor one whose words measure a scale or
 * a rate (`一批重点产业链产值显著提升`).
 *
 * @example vagueAmounts('培育一批龙头企业，建成若干创新平台。') // 一批 家 (龙头企业), 若干 个 (创新平台)
 */
export function vagueAmounts(statement: string): VagueAmount[] {
  const found: VagueAmount[] = [];
  let titled = 0;
  let read = 0;
  for (const match of statement.matchAll(vaguePattern)) {
    const start = match.index;
    const word = match[0];
    titled = titleDepth(statement, read, start, titled);
    read = start;
    if (titled > 0 || notAfter.has(statement.charAt(start - 1)) || isNumeral(statement.charAt(start - 1))) continue;
    if (word.endsWith('批') && batchWords.has(statement.charAt(start + word.length))) continue;
    let end = statement.startsWith('的', start + word.length) ? start + word.length + 1 : start + word.length;
    let counted = countedWords(statement, end);
    if (counted === '') continue;
    let unit = countedForm(counted)?.unit;
    if (unit === undefined) continue;
    // The segmenter last, as it is the dearest: 统一批准 is 统一|批准, no 一批.
    const boundaries = wordBoundariesNear(statement, start, end + 1);
    if (!boundaries.has(start)) continue;
    // A measure word written after it (若干个国家重大创新平台) is kept, and replaced with the amount.
    const written = statement.charAt(end);
    if (writtenMeasureWords.has(written) && boundaries.has(end) && boundaries.has(end + 1)) {
      unit = written;
      counted = countedWords(statement, ++end);
    }
    found.push({ start, end, word, unit, counted });
    if (found.length === maxAmounts) break;
  }
  return found;
}

function isNumeral(char: string): boolean {
  return (char >= '0' && char <= '9') || (char >= '０' && char <= '９') || isChineseNumeralChar(char);
}

/** The 《…》 nesting at `to`, given the nesting at `from`: counted over each stretch once. */
function titleDepth(text: string, from: number, to: number, depth: number): number {
  for (let i = from; i < to; i++) {
    if (text[i] === '《') depth++;
    else if (text[i] === '》' && depth > 0) depth--;
  }
  return depth;
}

/** What follows an amount up to the end of its phrase, the next vague amount or `countedLimit` characters, without a trailing join. */
function countedWords(statement: string, from: number): string {
  let end = from;
  while (end < statement.length && end - from < countedLimit && !phraseEnds.has(statement[end]!)) end++;
  const words = statement.slice(from, end);
  const next = words.search(anyVague);
  return withoutTrailingJoins(next === -1 ? words : words.slice(0, next));
}
