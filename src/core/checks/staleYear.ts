import type { PlanPeriod } from '../model';
import type { OutlineNode } from '../structure/outline';
import type { PlanAnalysis } from '../parsing/parsePlan';
import { fiveYearPlans, formatPeriod } from '../structure/planPeriod';
import { deadlineYears, describesThePast } from '../targets/deadlineYears';
import type { RuleFinding } from './finding';
import { said, text, type MessageText } from './messages';
import { defineRule } from './rule';

/**
 * `stale-year`: a deadline or five-year-plan name copied from an older plan. With the plan period
 * known (front matter, title or a sentence), a deadline in a target statement or task clause before
 * its first year is stale, and one after its last year unless it looks far ahead (展望, 远景, 长远,
 * 中长期 in the sentence or a heading, or the national milestones 2035 and 2050); a `“十四五”期间`
 * that does not overlap the period is stale too. No fix: the drafter decides the year.
 */

const outlookWords = ['展望', '远景', '长远', '中长期'];
const milestones = new Set([2035, 2050]);
/** The national carbon goals (碳达峰 by 2030, 碳中和 by 2060) are milestones whatever the plan's period. */
const carbonGoals = /碳达峰|碳中和|达峰|峰值/;
/** A five-year plan named as a time span (期间, 时期, 末, 内), not as a past (以来, 成果). */
const fiveYearSpan = /(十[一二三四五六]五)[”"’]?(?:规划)?(?:期间|时期|期末|末|内|规划期)/g;

interface Span {
  line: number;
  /** The text read and where it starts in the line. */
  text: string;
  column: number;
  node: OutlineNode;
}

/** The text the check reads: target statements and the task clauses' own lines. */
function spans(analysis: PlanAnalysis): Span[] {
  const { lines } = analysis.outline;
  const out: Span[] = [];
  for (const { node, target } of analysis.targets) {
    const { start, end } = target.range;
    out.push({ line: start.line, column: start.column, text: lines[start.line]!.text.slice(start.column, end.column), node });
  }
  for (const task of analysis.tasks) {
    for (const node of [task, ...task.children.filter((child) => child.clause.kind === 'paragraph')]) {
      const line = lines[node.startLine]!;
      out.push({ line: node.startLine, column: node.textStart, text: line.text.slice(node.textStart), node: task });
    }
  }
  return out;
}

/** The sentence around an offset (to the nearest 。；！？ on either side). */
function sentenceAt(text: string, at: number): string {
  let start = at;
  while (start > 0 && !'。；;！？!?'.includes(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !'。；;！？!?'.includes(text[end]!)) end++;
  return text.slice(start, end);
}

function periodSource(period: PlanPeriod): MessageText {
  return text(period.source === 'front-matter' ? 'periodFromFrontMatter' : period.source === 'title' ? 'periodFromTitle' : 'periodFromText');
}

export const staleYear = defineRule({
  code: 'stale-year',
  setting: 'checks.staleYear',
  defaultSeverity: 'warning',
  check(analysis) {
    const period = analysis.period;
    if (!period) return [];
    const seen = new Set<string>();
    const findings: RuleFinding[] = [];
    const report = (line: number, column: number, length: number, message: { message: string; text: MessageText }, subject: string) => {
      const key = `${line}:${column}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push({ ...message, range: { start: { line, column }, end: { line, column: column + length } }, subject });
    };
    for (const span of spans(analysis)) {
      for (const { year, index } of deadlineYears(span.text)) {
        if (year >= period.start && year <= period.end) continue;
        if (describesThePast(span.text, index)) continue;
        if (year > period.end) {
          const sentence = sentenceAt(span.text, index);
          const outlook = milestones.has(year) || carbonGoals.test(sentence) || [sentence, ...span.node.headings].some((text) => outlookWords.some((word) => text.includes(word)));
          if (outlook) continue;
        }
        report(span.line, span.column + index, 5, said(year < period.start ? 'staleBefore' : 'staleAfter', year, formatPeriod(period), periodSource(period)), span.text.trim());
      }
      for (const match of span.text.matchAll(fiveYearSpan)) {
        const plan = fiveYearPlans[match[1]!];
        if (!plan || (plan.end >= period.start && plan.start <= period.end)) continue;
        // `在“十二五”期间已经实施的…基础上`: the past, named as such.
        const after = span.text.slice(match.index + match[0].length, match.index + match[0].length + 8);
        if (after.includes('已') || sentenceAt(span.text, match.index).includes('基础上')) continue;
        report(
          span.line,
          span.column + match.index,
          match[0].length,
          said('staleFiveYearPlan', match[1]!, formatPeriod(plan), formatPeriod(period), periodSource(period)),
          span.text.trim(),
        );
      }
    }
    return findings;
  },
});
