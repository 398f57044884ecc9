import { sourcePosition } from '../structure/lines';
import { buildOutline, type Outline } from '../structure/outline';
import { attachmentLine, planBodyLine } from '../structure/planBody';
import { foldWidth } from '../structure/width';
import { breaksOf, markerWith, numberRuns, writeNumber, type NumberBreak, type NumberRun } from '../structure/numberingRuns';
import { applyFixes } from './applyFixes';
import { said, type MessageText } from './messages';
import type { Fix } from './fix';
import { replacement, type TextEdit } from './fix';
import type { RuleFinding } from './finding';
import { isWebPage } from '../text/webPage';
import { defineRule } from './rule';

/**
 * `numbering-sequence`: within one parent, siblings count 1, 2, 3 … from the first; a gap or a
 * repeat gets one finding on the first number after it, and counting goes on from the number
 * written. Checked over the whole plan body (总体要求, 目标, 保障措施 too), never in an issuing
 * notice, table rows or sentences.
 */
export function renumber(found: NumberBreak, outline: Outline): Fix {
  // A marker glued mid-line was read on a line of its own: its edit goes where it is written.
  const at = (line: number, column: number) => sourcePosition(outline.lines, { line, column });
  const edits = found
    .renumbered()
    .filter(({ marker, value }) => marker.value !== value)
    .map(({ marker, value }) => replacement({ start: at(marker.line, marker.start), end: at(marker.line, marker.end) }, writeNumber(value, marker.script)));
  return { kind: 'renumber', label: markerWith(found.marker, found.expected), edits, safe: false, preferred: true, combinable: true };
}

function message(found: NumberBreak): { message: string; text: MessageText } {
  const expected = markerWith(found.marker, found.expected);
  return found.kind === 'repeat' ? said('numberingRepeat', markerWith(found.marker, found.marker.value), expected) : said('numberingGap', expected);
}

/**
 * Whether the count is whole as written though the parser could not see every marker: the numbers
 * a gap skips stand in the text before it — mid-line in a page whose line breaks were lost
 * (`…决策。二、设备…`, `注：1.…`, `附件：1.…`), split over two lines (`（` / `三）…`), or damaged by
 * a converter (`一)` without its bracket, `(-)` for `(一)`, `、指导思想` without its numeral).
 */
const maxLostMarkers = 30;

function skippedAsWritten(outline: Outline, found: NumberBreak, run: NumberRun, bodyLine: number): boolean {
  const previousLine = run.markers[run.markers.indexOf(found.marker) - 1]?.line;
  const parentLine = run.parentLine;
  // A first part (`二、`, `第二章` with no first one seen) may have had its predecessors run in anywhere above it.
  const firstPart = found.marker.script === 'chinese' && (found.marker.before === '' || found.marker.before === '第') && parentLine === undefined;
  // A first item numbered on from the previous parent's may have had its predecessor run into that parent's last lines.
  const numberedOn = previousLine === undefined && run.continues !== undefined && parentLine !== undefined ? lineBefore(outline, parentLine) : undefined;
  const from = previousLine ?? numberedOn ?? parentLine ?? (firstPart ? bodyLine : lineBefore(outline, found.marker.line));
  if (from === undefined) return false;
  // A list that starts again at 1 under a new parent run into the text before it (`…改造。四、保障措施`).
  if (found.marker.value === 1 && previousLine !== undefined && newParentRunIn(outline, previousLine, found.marker.line)) return true;
  // A long jump (`9999.`) is a slip, not a run of lost markers: no search for thousands of them.
  if (found.kind !== 'gap' || found.marker.value <= found.expected || found.marker.value - found.expected > maxLostMarkers) return false;
  // A first item numbered on from the previous parent's items: its predecessors are those from that number.
  const first = previousLine === undefined && run.continues !== undefined && run.continues < found.marker.value ? run.continues : found.expected;
  if (found.marker.after === '是') {
    // Run-in pieces: a `四是` the run missed stands in the same paragraph, after a mark it does not read.
    const paragraph = outline.lines
      .slice(from, found.marker.line + 1)
      .map((line) => line.text)
      .join('\n');
    for (let value = first; value < found.marker.value; value++) if (!paragraph.includes(markerWith(found.marker, value))) return false;
    return true;
  }
  const lines = outline.lines.slice(from, found.marker.line + 1).map((line) => line.folded.replace(/[ \t\u3000]+/g, ''));
  lines[lines.length - 1] = outline.lines[found.marker.line]!.folded.slice(0, found.marker.start - found.marker.before.length);
  const region = lines.join('\n');
  const closer = foldWidth(found.marker.after).trim();
  const prefix = found.marker.before === '第' ? '第' : '';
  for (let value = first; value < found.marker.value; value++) {
    if (!writtenIn(region, prefix + writeNumber(value, found.marker.script), closer)) {
      // A marker that lost its numeral (`、指导思想`, `(-)加强…`, `总体要求-、`): it stands for one number only.
      const lost = found.marker.value - first === 1 && closer !== '' && new RegExp(`(?:^|\\n)[(（]?${escape(closer)}|[-—－]${escape(closer)}`).test(region);
      if (!lost) return false;
    }
  }
  return true;
}

/** A part heading run into a sentence between two lines (`…智能化改造。四、保障措施`). */
function newParentRunIn(outline: Outline, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (/[。；]\s*[一二三四五六七八九十]{1,3}、/.test(outline.lines[index]!.text)) return true;
  return false;
}

/**
 * A number followed by its marker's closing mark, not inside a longer number (`1.5`, `2021.`, `十五、`,
 * `第二、`) or a word (`统一、`); a line that opens with it is a marker whatever follows (`1.0400年底前`,
 * a garbled year).
 */
function writtenIn(region: string, number: string, closer: string): boolean {
  const written = `${escape(number)}${escape(closer)}`;
  // `统一、` is a word; `…数字机关品牌五、加速…` a part run into a sentence that lost its 。.
  const afterWord = number === '一' ? '\\p{Script=Han}' : '[〇一二三四五六七八九十百第]';
  const inText = /^[0-9]/.test(number) ? `(?<![0-9.])${written}(?![0-9])` : `(?<!${afterWord})${written}`;
  return new RegExp(`(?:^|\\n)${written}|${inText}`, 'u').test(region);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The start of the few lines with text above `line`: where a first sibling without a parent may
 * have had its predecessors run in (`注：1.…`, `附件：1.…`, a first part `、指导思想` that lost its numeral).
 */
function lineBefore(outline: Outline, line: number): number | undefined {
  let found: number | undefined;
  let seen = 0;
  for (let index = line - 1; index >= 0 && seen < 3; index--) {
    if (outline.lines[index]!.kind === 'blank') continue;
    found = index;
    seen++;
  }
  return found;
}

/** The sibling runs the check reads: the plan body, up to its attachments. */
export function planRuns(outline: Outline): NumberRun[] {
  const body = planBodyLine(outline);
  return numberRuns(outline, body, attachmentLine(outline, body));
}

export const numberingSequence = defineRule({
  code: 'numbering-sequence',
  setting: 'checks.numberingSequence',
  defaultSeverity: 'warning',
  check(analysis) {
    const body = planBodyLine(analysis.outline);
    return planRuns(analysis.outline).flatMap((run) =>
      breaksOf(run)
        .filter((found) => !skippedAsWritten(analysis.outline, found, run, body))
        .map((found): RuleFinding => {
          const { line, start, end } = found.marker;
          const text = analysis.outline.lines[line]!.text;
          return {
            ...message(found),
            range: { start: { line, column: start - found.marker.before.length }, end: { line, column: end + found.marker.after.length } },
            subject: text.trim(),
          };
        }),
    );
  },
  // Computed on demand: a run of thousands of slips would otherwise carry thousands of edits each.
  fixes(text, finding) {
    const { line, column } = finding.range.start;
    const outline = buildOutline(text);
    const found = breaksIn(outline).find((b) => {
      const start = sourcePosition(outline.lines, { line: b.marker.line, column: b.marker.start - b.marker.before.length });
      return start.line === line && start.column === column;
    });
    return found ? [renumber(found, outline)] : [];
  },
});

function breaksIn(outline: Outline): NumberBreak[] {
  return planRuns(outline).flatMap(breaksOf);
}

/**
 * The edits that renumber the whole draft (the command 政策起草：重新编号): every run of siblings
 * from its first slip on. Runs hold different markers, so the edits never overlap.
 */
export function renumberEdits(text: string): TextEdit[] {
  // A web page's numbers sit in its markup: renumbering would edit the HTML.
  if (isWebPage(text)) return [];
  const outline = buildOutline(text);
  return planRuns(outline).flatMap((run) =>
    breaksOf(run)
      .slice(0, 1)
      .flatMap((found) => renumber(found, outline).edits),
  );
}

/** The whole draft renumbered, as one change. */
export function renumberDraft(text: string): { text: string; applied: number } {
  return applyFixes(text, [{ kind: 'renumber', label: '', edits: renumberEdits(text), safe: false }]);
}
