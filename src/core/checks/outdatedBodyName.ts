import type { PlanAnalysis } from '../parsing/parsePlan';
import { findDraftDate, type DraftDate } from '../structure/draftDate';
import { deadlineYears } from '../targets/deadlineYears';
import { backgroundWords } from '../targets/targetStatements';
import { findOutdatedNames, type OutdatedName } from '../units/outdatedNames';
import { replacement, type Fix } from './fix';
import { said, text, type MessageId, type MessageText } from './messages';
import type { RuleFinding } from './finding';
import { defineRule } from './rule';

/**
 * `outdated-body-name`: a body a reform renamed or abolished (市卫生计生委, 县环保局, 银保监局). One
 * finding per occurrence, on the name; the fix writes the current name and keeps the level prefix
 * (`省卫生计生委` → `省卫生健康委`), two fixes where two names are possible. Not in a background
 * part, and not at all in a document dated, or a plan begun, no later than the reform (a 2017 plan
 * naming the 卫生计生委 is right for its date).
 */

function isBackground(headings: readonly string[]): boolean {
  return headings.some((heading) => backgroundWords.some((word) => heading.includes(word)));
}

/**
 * The 2018 reform renamed the central bodies in March 2018 and the provinces' by the end of 2018,
 * but the cities' and counties' only by the end of March 2019 (中共中央《关于地方机构改革有关问题的指导意见》):
 * a city's notice of January 2019 naming its 工商局 is right for its date.
 */
const localReformDone = { year: 2019, month: 3 };

/** A city's or county's body (市工商局, 县卫计委): a 局/委/办, not a ministry, a 国家 body or a provincial 厅. */
function isLocal(name: OutdatedName, before: string): boolean {
  return /[局委办]$/.test(name.written) && !/^中国/.test(name.written) && !/(?:国家|省|自治区)$/.test(before);
}

/**
 * Whether the draft was written before the reform that renamed the body: by its date, else by its
 * period's first year, else by its earliest deadline (a text that sets 2020年底前 as a deadline was
 * written by 2020 — a draft with no date and no period, as many real pages are). A text with none
 * of these is a draft written now, and names today's bodies.
 */
function predates(analysis: PlanAnalysis, name: OutdatedName, before: string, earliestDeadline: number | undefined, date: () => DraftDate | undefined): boolean {
  const reformYear = name.body.year;
  if (analysis.year !== undefined) {
    if (analysis.year <= reformYear) return true;
    if (reformYear !== 2018 || analysis.year !== localReformDone.year || !isLocal(name, before)) return false;
    const month = date()?.month;
    return month !== undefined && month <= localReformDone.month;
  }
  if (analysis.period !== undefined) return analysis.period.start < reformYear;
  return earliestDeadline !== undefined && earliestDeadline <= reformYear;
}

function earliestDeadline(analysis: PlanAnalysis): number | undefined {
  let earliest: number | undefined;
  for (const line of analysis.outline.lines) {
    if (line.kind === 'blank' || line.kind === 'ignored' || !line.text.includes('年')) continue;
    for (const { year } of deadlineYears(line.text)) earliest = earliest === undefined ? year : Math.min(earliest, year);
  }
  return earliest;
}

const reforms: Record<number, MessageId> = { 2018: 'reform2018', 2021: 'reform2021', 2023: 'reform2023' };

function message(name: OutdatedName): { message: string; text: MessageText } {
  const reform = reforms[name.body.year];
  const when = reform ? text(reform) : name.body.reform;
  return name.current.length > 1 ? said('outdatedNameTwo', name.written, when, name.current[0]!, name.current[1]!) : said('outdatedName', name.written, when, name.current[0]!);
}

export const outdatedBodyName = defineRule({
  code: 'outdated-body-name',
  setting: 'checks.outdatedBodyName',
  defaultSeverity: 'warning',
  check(analysis) {
    const { lines, nodes, tables } = analysis.outline;
    const scanned: { line: number; from: number; headings: readonly string[] }[] = [
      ...nodes.map((node) => ({ line: node.startLine, from: lines[node.startLine]!.contentStart, headings: node.headings })),
      ...tables.flatMap((table) => table.rowLines.map((line) => ({ line, from: 0, headings: table.headings }))),
    ];
    const findings: RuleFinding[] = [];
    const deadline = analysis.year === undefined && analysis.period === undefined ? earliestDeadline(analysis) : undefined;
    let dated: { date: DraftDate | undefined } | undefined;
    const date = () => (dated ??= { date: findDraftDate(lines) }).date;
    for (const { line, from, headings } of scanned) {
      if (isBackground(headings)) continue;
      const text = lines[line]!.text;
      for (const name of findOutdatedNames(text.slice(from))) {
        if (predates(analysis, name, text.slice(Math.max(0, from + name.start - 3), from + name.start), deadline, date)) continue;
        const range = { start: { line, column: from + name.start }, end: { line, column: from + name.end } };
        const fixes = name.current.map((current, i): Fix => ({
          kind: 'rename',
          label: current,
          edits: [replacement(range, current)],
          safe: name.current.length === 1,
          preferred: i === 0,
        }));
        findings.push({ ...message(name), range, subject: text.trim(), fixes });
      }
    }
    return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  },
});
