import { buildOutline, type Outline } from '../structure/outline';
import { planBodyLine } from '../structure/planBody';
import { breaksOf, markerWith, numberRuns, writeNumber, type NumberBreak } from '../structure/numberingRuns';
import { applyFixes } from './applyFixes';
import type { Fix } from './fix';
import { replacement, type TextEdit } from './fix';
import type { RuleFinding } from './finding';
import { defineRule } from './rule';

/**
 * `numbering-sequence`: within one parent, siblings count 1, 2, 3 … from the first; a gap or a
 * repeat gets one finding on the first number after it, and counting goes on from the number
 * written. Checked over the whole plan body (总体要求, 目标, 保障措施 too), never in an issuing
 * notice, table rows or sentences.
 */
function renumber(found: NumberBreak): Fix {
  const edits = found.renumbered()
    .filter(({ marker, value }) => marker.value !== value)
    .map(({ marker, value }) => replacement({ start: { line: marker.line, column: marker.start }, end: { line: marker.line, column: marker.end } }, writeNumber(value, marker.script)));
  return { kind: 'renumber', label: markerWith(found.marker, found.expected), edits, safe: false, preferred: true, combinable: true };
}

function message(found: NumberBreak): string {
  const expected = `“${markerWith(found.marker, found.expected)}”`;
  return found.kind === 'repeat' ? `序号重复：“${markerWith(found.marker, found.marker.value)}”与上一项相同，应为${expected}` : `序号跳号：应为${expected}`;
}

/**
 * Whether the numbers a break skips stand inside the lines before it (`…决策。二、设备…`): a page
 * whose line breaks were lost has its markers mid-line, where the parser cannot see them. The
 * count is then whole as written.
 */
function skippedInline(outline: Outline, found: NumberBreak, previousLine: number | undefined, parentLine: number | undefined): boolean {
  if (found.kind !== 'gap' || found.marker.value <= found.expected) return false;
  // A first sibling: its skipped markers would stand in its parent's line or below it.
  const from = previousLine ?? parentLine;
  if (from === undefined) return false;
  const between = outline.lines.slice(from, found.marker.line + 1).map((line) => line.text).join('\n');
  for (let value = found.expected; value < found.marker.value; value++) {
    if (!between.includes(markerWith(found.marker, value))) return false;
  }
  return true;
}

export const numberingSequence = defineRule({
  code: 'numbering-sequence',
  setting: 'checks.numberingSequence',
  defaultSeverity: 'warning',
  check(analysis) {
    const body = planBodyLine(analysis.outline);
    return numberRuns(analysis.outline, body).flatMap((run) =>
      breaksOf(run)
        .filter((found) => !skippedInline(analysis.outline, found, run.markers[run.markers.indexOf(found.marker) - 1]?.line, run.parentLine))
        .map((found): RuleFinding => {
        const { line, start, end } = found.marker;
        const text = analysis.outline.lines[line]!.text;
        return {
          message: message(found),
          range: { start: { line, column: start - found.marker.before.length }, end: { line, column: end + found.marker.after.length } },
          subject: text.trim(),
        };
      }),
    );
  },
  // Computed on demand: a run of thousands of slips would otherwise carry thousands of edits each.
  fixes(text, finding) {
    const { line, column } = finding.range.start;
    const found = breaksIn(buildOutline(text)).find((b) => b.marker.line === line && b.marker.start - b.marker.before.length === column);
    return found ? [renumber(found)] : [];
  },
});

function breaksIn(outline: Outline): NumberBreak[] {
  return numberRuns(outline, planBodyLine(outline)).flatMap(breaksOf);
}

/**
 * The edits that renumber the whole draft (the command 政策起草：重新编号): every run of siblings
 * from its first slip on. Runs hold different markers, so the edits never overlap.
 */
export function renumberEdits(text: string): TextEdit[] {
  const outline = buildOutline(text);
  return numberRuns(outline, planBodyLine(outline)).flatMap((run) => breaksOf(run).slice(0, 1).flatMap((found) => renumber(found).edits));
}

/** The whole draft renumbered, as one change. */
export function renumberDraft(text: string): { text: string; applied: number } {
  return applyFixes(text, [{ kind: 'renumber', label: '', edits: renumberEdits(text), safe: false }]);
}
