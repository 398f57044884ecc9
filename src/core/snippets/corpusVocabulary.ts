import { z } from 'zod';

/**
 * The words the snippets offer as choices, taken from the corpus rather than invented: the units
 * that follow numbers in real targets, and the bodies real plans name as responsible units.
 */

export interface SnippetVocabulary {
  /** Measure words and units written after a number in the corpus, most frequent first. */
  measureUnits: string[];
  /** Money units (万元, 亿元 …) in the corpus's funding clauses (给予…资金支持, 奖励, 补贴), most frequent first. */
  fundingUnits: string[];
  /** Bodies assigned as responsible or lead units in the corpus, most frequent first. */
  responsibleBodies: string[];
}

const words = z.array(z.string().min(1)).min(1);

/** Reads snippets/corpus-vocabulary.json, the build's record of the vocabulary, at the extension's edge. */
export const SnippetVocabularySchema = z.strictObject({ measureUnits: words, fundingUnits: words, responsibleBodies: words });

/**
 * Units a number can carry in a plan (the spec's measure words plus percentages), longest first so
 * that `亿元` wins over `元` and `个百分点` over `个`.
 */
const UNIT_CANDIDATES = [
  '个工作日',
  '个百分点',
  '万亿元',
  '平方米',
  '亿元',
  '万元',
  '人次',
  '公里',
  '小时',
  '个',
  '项',
  '家',
  '所',
  '座',
  '条',
  '名',
  '人',
  '位',
  '种',
  '件',
  '台',
  '套',
  '张',
  '份',
  '部',
  '床',
  '户',
  '元',
  '吨',
  '亩',
  '天',
  '倍',
  '%',
].sort((a, b) => b.length - a.length);

/** Name endings of a responsible body (checks.md, "A body is a name ending in …"). */
const BODY_SUFFIXES = ['办公室', '管委会', '管理局', '委员会', '领导小组', '中心', '政府', '海关', '银行', '厅', '局', '委', '办', '部', '院', '署', '会'];

/** Longest body name kept; anything longer is prose caught between brackets, not a name. */
const MAX_BODY_LENGTH = 16;

/** How many bodies a choice list offers; more would bury the common ones. */
const MAX_BODIES = 12;

/**
 * Words that start with a one-character unit but are no unit: `151人才工程` counts people no more than
 * `2个部门` counts 部. Checked at the unit's position before the unit is counted.
 */
const NOT_UNITS = ['人才', '人员', '人口', '人民', '人工', '部门', '部分', '条件', '种类', '台账', '份额', '位置', '所有', '座谈', '件事'];

const isAsciiDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Counts each unit written straight after an Arabic number (`50家`, `4000亿元`, `5.5%`, `2-3个`). */
export function countMeasureUnits(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  let i = 0;
  while (i < text.length) {
    if (!isAsciiDigit(text[i])) {
      i += 1;
      continue;
    }
    while (isAsciiDigit(text[i]) || (text[i] === '.' && isAsciiDigit(text[i + 1]))) i += 1;
    const unit = UNIT_CANDIDATES.find((candidate) => text.startsWith(candidate, i));
    if (unit && !NOT_UNITS.some((word) => text.startsWith(word, i))) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return counts;
}

/** Words that make a sentence about funding: the amounts there are grants, not output or market size. */
const FUNDING_WORDS = ['资金支持', '经费支持', '给予', '奖励', '补贴', '补助', '资助', '支持额度'];

/** Counts money units in funding sentences only: `给予最高200万元资金支持` counts, `产业规模4000亿元` does not. */
export function countFundingUnits(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '。' && text[i] !== '；' && text[i] !== '\n') continue;
    const sentence = text.slice(start, i);
    start = i + 1;
    if (!FUNDING_WORDS.some((word) => sentence.includes(word))) continue;
    for (const [unit, n] of countMeasureUnits(sentence)) if (unit.endsWith('元')) counts.set(unit, (counts.get(unit) ?? 0) + n);
  }
  return counts;
}

const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);
const SEPARATORS = /[、，,；;]/;

/**
 * Counts bodies named in responsibility annotations: `（责任单位：A、B）`, `（A牵头，B按职责分工负责）`,
 * `（A负责）`, and the cells of a task table's 责任/牵头 column.
 */
export function countResponsibleBodies(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (segment: string): void => {
    for (const raw of segment.split(SEPARATORS)) {
      const name = raw
        .trim()
        .replace(/^(责任单位|牵头单位|配合单位|责任部门)[:：]/, '')
        .replace(/(按职责分工负责|牵头|负责|等)$/, '')
        .trim();
      if (name.length >= 2 && name.length <= MAX_BODY_LENGTH && BODY_SUFFIXES.some((s) => name.endsWith(s))) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  };
  for (const inner of parentheticals(text)) {
    if (/责任单位|牵头单位|牵头|负责/.test(inner)) add(inner);
  }
  for (const cell of tableCells(text, /责任|牵头/)) add(cell);
  return counts;
}

/** The contents of each innermost bracket pair, scanned without a backtracking pattern. */
function parentheticals(text: string): string[] {
  const found: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (OPEN.has(char)) start = i + 1;
    else if (CLOSE.has(char) && start >= 0) {
      found.push(text.slice(start, i));
      start = -1;
    } else if (text[i] === '\n') start = -1;
  }
  return found;
}

/** Cells of Markdown table columns whose header matches `header`. */
function tableCells(text: string, header: RegExp): string[] {
  const cells: string[] = [];
  let columns: number[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('|')) {
      columns = [];
      continue;
    }
    const row = trimmed
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
    if (row.every((c) => /^:?-{3,}:?$/.test(c))) continue;
    if (!columns.length) {
      columns = row.flatMap((c, i) => (header.test(c) ? [i] : []));
      // A table without such a column still needs its header skipped: mark it with an impossible index.
      if (!columns.length) columns = [-1];
      continue;
    }
    for (const i of columns) if (row[i]) cells.push(row[i]);
  }
  return cells;
}

const byFrequency = (counts: Map<string, number>, order: (a: string, b: string) => number): string[] =>
  [...counts].sort((a, b) => b[1] - a[1] || order(a[0], b[0])).map(([word]) => word);

/** Builds the choice lists from the corpus documents' text. */
export function extractVocabulary(texts: readonly string[]): SnippetVocabulary {
  const units = new Map<string, number>();
  const funding = new Map<string, number>();
  const bodies = new Map<string, number>();
  for (const text of texts) {
    for (const [unit, n] of countMeasureUnits(text)) units.set(unit, (units.get(unit) ?? 0) + n);
    for (const [unit, n] of countFundingUnits(text)) funding.set(unit, (funding.get(unit) ?? 0) + n);
    for (const [body, n] of countResponsibleBodies(text)) bodies.set(body, (bodies.get(body) ?? 0) + n);
  }
  // Ties are broken by a fixed order so the generated snippet file does not change from run to run.
  const byUnitOrder = (a: string, b: string): number => UNIT_CANDIDATES.indexOf(a) - UNIT_CANDIDATES.indexOf(b);
  return {
    measureUnits: byFrequency(units, byUnitOrder),
    fundingUnits: byFrequency(funding, byUnitOrder),
    responsibleBodies: byFrequency(bodies, (a, b) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, MAX_BODIES),
  };
}
