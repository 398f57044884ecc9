import type { PlanPeriod } from '../model';
import type { SourceLine } from './lines';

export type { PlanPeriod } from '../model';

/**
 * The plan period a draft states, found once per draft: the stale-year check judges deadlines by
 * it, the outline shows it. Sources, in the order the review spec gives them: the front matter's
 * `period`, the title (`（2025—2027年）`, `2024-2026年`, `“十四五”`), a sentence stating it
 * (`实施期限为2025—2027年`, `规划期为2026—2030年`, `本方案实施期为…`).
 */
/** The five-year plans by name: 十四五 = 2021–2025. */
export const fiveYearPlans: Readonly<Record<string, { start: number; end: number }>> = {
  十一五: { start: 2006, end: 2010 },
  十二五: { start: 2011, end: 2015 },
  十三五: { start: 2016, end: 2020 },
  十四五: { start: 2021, end: 2025 },
  十五五: { start: 2026, end: 2030 },
  十六五: { start: 2031, end: 2035 },
};

const fiveYearName = /十[一二三四五六]五/;
/** `2025—2027年`, `2024-2026年`, `2025年—2027年`, `2025至2027年`; the dash in any of its widths. */
const yearRange = /((?:19|20)\d\d)\s*年?\s*[—–\-－~～至到]{1,2}\s*((?:19|20)\d\d)\s*年/;
/** `（2021—2023）` in a title, the 年 left out. */
const bracketedRange = /[（(]\s*((?:19|20)\d\d)\s*[—–\-－~～至到]{1,2}\s*((?:19|20)\d\d)\s*[)）]/;
const periodSentence =
  /(?:实施期限|实施期|规划期限|规划期|执行期限|执行期|实施年限|规划年限)(?:为|是|：|:)?\s*(?:[自从])?\s*((?:19|20)\d\d)\s*年?\s*[—–\-－~～至到]{1,2}\s*((?:19|20)\d\d)\s*年/;
/** A plan's own title names its kind; the line of an issuing notice may come first. */
const planWord = /规划|计划|方案|意见|纲要|要点|措施|办法/;

function range(match: RegExpExecArray | null): { start: number; end: number } | undefined {
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  // A range written backwards or spanning more than fifteen years is no plan period.
  return end >= start && end - start <= 15 ? { start, end } : undefined;
}

function fromFiveYearName(text: string): { start: number; end: number } | undefined {
  const name = fiveYearName.exec(text)?.[0];
  return name ? fiveYearPlans[name] : undefined;
}

/** `period: {"from": 2025, "to": 2027}`, `period: 2025-2027`, `period: 2025—2027年`. */
function frontMatterPeriod(lines: readonly SourceLine[]): PlanPeriod | undefined {
  if (lines[0]?.text.trim() !== '---') return undefined;
  for (let i = 1; i < lines.length && i < 60; i++) {
    const text = lines[i]!.text.trim();
    if (text === '---') return undefined;
    const value = /^period\s*:\s*(.+)$/.exec(text)?.[1];
    if (value === undefined) continue;
    const years = value.match(/(?:19|20)\d\d/g);
    if (years && years.length >= 2) {
      const found = range(/(\d{4})\D+(\d{4})/.exec(`${years[0]} ${years[1]}`));
      if (found) return { ...found, source: 'front-matter', line: i };
    }
    const named = fromFiveYearName(value);
    if (named) return { ...named, source: 'front-matter', line: i };
  }
  return undefined;
}

/** Lines that may hold the title: the first content line, and plan-like lines before the first numbered part. */
function titleLines(lines: readonly SourceLine[]): SourceLine[] {
  const candidates: SourceLine[] = [];
  let inFrontMatter = lines[0]?.text.trim() === '---';
  for (const line of lines) {
    if (inFrontMatter) {
      if (line.index > 0 && line.text.trim() === '---') inFrontMatter = false;
      continue;
    }
    if (line.kind === 'blank' || line.kind === 'ignored' || line.kind === 'table') continue;
    if (line.marker && line.marker.kind !== 'dash') break;
    if (candidates.length === 0 || (planWord.test(line.text) && !/[。；]/.test(line.text) && line.text.length <= 120)) candidates.push(line);
    if (line.index > 80) break;
  }
  return candidates;
}

export function findPlanPeriod(lines: readonly SourceLine[]): PlanPeriod | undefined {
  const front = frontMatterPeriod(lines);
  if (front) return front;
  for (const line of titleLines(lines)) {
    // A page without line breaks is one long first line: only its head can be the title.
    const head = line.text.slice(0, 100).split('。')[0]!;
    const found = range(yearRange.exec(head)) ?? range(bracketedRange.exec(head)) ?? fromFiveYearName(head);
    if (found) return { ...found, source: 'title', line: line.index };
  }
  for (const line of lines) {
    if (line.kind === 'blank' || line.kind === 'ignored' || line.kind === 'table') continue;
    const found = range(periodSentence.exec(line.text));
    if (found) return { ...found, source: 'sentence', line: line.index };
    const own = /本(?:规划|方案|计划)(?:的)?(?:实施期|期限|规划期)/.exec(line.text);
    if (own) {
      const after = range(yearRange.exec(line.text.slice(own.index)));
      if (after) return { ...after, source: 'sentence', line: line.index };
    }
  }
  return undefined;
}

/** `2025—2027年`, or `2025年` for a one-year period. */
export function formatPeriod(period: Pick<PlanPeriod, 'start' | 'end'>): string {
  return period.start === period.end ? `${period.start}年` : `${period.start}—${period.end}年`;
}

/** Where the period was read, as the messages and the outline say it. */
export function periodSourceName(period: PlanPeriod): string {
  return period.source === 'front-matter' ? '前置元数据' : period.source === 'title' ? '标题' : '正文';
}
