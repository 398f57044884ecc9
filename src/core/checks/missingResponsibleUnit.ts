import type { Range } from '../model';
import type { SourceLine } from '../structure/lines';
import type { OutlineNode } from '../structure/outline';
import type { RuleFinding } from './finding';
import { findingExtent, insertUnitAnnotation } from './fixes';
import { quote, said } from './messages';
import { defineRule } from './rule';
import { hasOwnUnit } from '../units/taskClauses';
import { draftUnitContext, unitsForDraft } from '../units/draftPlace';
import { byRemit } from '../units/remits';

/**
 * `missing-responsible-unit`: a task clause whose text has no responsible unit in an accepted form
 * and no row in a 任务分解表. One finding, on the clause's first line.
 */

function subjectOf(node: OutlineNode): string {
  return node.clause.title ?? node.clause.text.split('\n')[0] ?? '';
}

/** The clause up to its first sub-item, where its own annotation belongs. */
function ownRange(node: OutlineNode): Range {
  const firstItem = node.children.find((child) => child.clause.kind === 'item');
  return firstItem ? { start: node.clause.range.start, end: { line: firstItem.startLine, column: 0 } } : node.clause.range;
}

/** The clause's own text, without its sub-items: what a quick fix looks up precedents for. */
function ownText(node: OutlineNode, range: Range, lines: readonly SourceLine[]): string {
  if (range === node.clause.range) return node.clause.text;
  return lines
    .slice(range.start.line, range.end.line)
    .filter((line) => line.kind !== 'blank' && line.kind !== 'ignored' && line.kind !== 'table')
    .map((line) => line.text.slice(line.contentStart).trimEnd())
    .join('\n');
}

/** How many of the draft's own units are offered as fixes. */
const ownUnitFixes = 2;

export const missingResponsibleUnit = defineRule({
  code: 'missing-responsible-unit',
  setting: 'checks.missingResponsibleUnit',
  defaultSeverity: 'warning',
  check(analysis) {
    return analysis.tasks
      .filter((task) => !hasOwnUnit(task))
      .map((task): RuleFinding => {
        const own = ownRange(task);
        const line = analysis.outline.lines[task.startLine];
        const start = task.clause.range.start;
        const end = task.startLine === task.clause.range.end.line ? task.clause.range.end.column : (line?.text.trimEnd().length ?? start.column);
        return {
          ...said('missingUnit', quote(subjectOf(task))),
          range: { start, end: { line: start.line, column: end } },
          subject: ownText(task, own, analysis.outline.lines),
          clauseRange: own,
        };
      });
  },
  fixes(text, finding) {
    const extent = findingExtent(text, finding);
    const edit = insertUnitAnnotation(text, extent);
    // The units the draft already names come first of any suggestion: they are its own bodies;
    // those whose remit the clause speaks of first (a 医养 task: 市卫生健康委 before 市经信局), then by use;
    // a name a reform replaced as it is called now (`区国土资源局` → `区自然资源局`), never to be flagged again.
    const { own: named, place } = draftUnitContext(text);
    const own = byRemit(unitsForDraft(named, [], place), finding.subject).slice(0, ownUnitFixes);
    return [
      { kind: 'insert-unit', label: '', edits: [edit], safe: false, preferred: true },
      ...own.map((unit) => ({ kind: 'insert-unit' as const, label: unit, edits: [insertUnitAnnotation(text, extent, [unit])], safe: false })),
    ];
  },
});
