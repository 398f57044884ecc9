import type { OutlineNode } from '../structure/outline';
import type { Finding } from './finding';
import { missingUnitMessage } from './messages';
import type { Rule } from './rule';

/**
 * `missing-responsible-unit`: a task clause whose text (its own line and everything under it) has
 * no responsible unit in an accepted form and no row in a 任务分解表. One finding, on the clause's
 * first line.
 */

function hasUnit(node: OutlineNode): boolean {
  return node.clause.units.length > 0 || node.children.some(hasUnit);
}

function subjectOf(node: OutlineNode): string {
  return node.clause.title ?? node.clause.text.split('\n')[0];
}

export const missingResponsibleUnit: Rule = {
  code: 'missing-responsible-unit',
  check(analysis) {
    return analysis.tasks
      .filter((task) => !hasUnit(task))
      .map((task): Finding => {
        const line = analysis.outline.lines[task.startLine];
        const start = task.clause.range.start;
        const end = task.startLine === task.clause.range.end.line ? task.clause.range.end.column : line.text.trimEnd().length;
        return {
          code: 'missing-responsible-unit',
          message: missingUnitMessage(subjectOf(task)),
          range: { start, end: { line: start.line, column: end } },
          subject: task.clause.text,
          clauseRange: task.clause.range,
        };
      });
  },
};
