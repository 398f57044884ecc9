import type { OutlineNode } from '../structure/outline';
import { matchKey } from '../units/decompositionTable';
import { currentUnitNames } from '../units/outdatedNames';
import type { RuleFinding } from './finding';
import { defineRule } from './rule';
import { said } from './messages';

/**
 * `task-table-mismatch`: where a draft has a 任务分解表, the table and the text must agree. A row
 * that matches no task clause (by number or title, as for responsible units); a task whose own
 * units and whose row's units name no body in common; a task with no row and no units of its own
 * when every other task has a row (the table was meant to be complete). No fix: the 分解表
 * generator rebuilds the table from the text.
 */

function ownUnits(node: OutlineNode): string[] {
  return node.clause.units.filter((unit) => unit.form !== 'table').flatMap((unit) => [...unit.lead, ...unit.support]);
}

function tableUnits(node: OutlineNode): string[] {
  return node.clause.units.filter((unit) => unit.form === 'table').flatMap((unit) => [...unit.lead, ...unit.support]);
}

function firstLine(node: OutlineNode, text: string): RuleFinding['range'] {
  return { start: node.clause.range.start, end: { line: node.startLine, column: text.trimEnd().length } };
}

function subjectOf(node: OutlineNode): string {
  return node.clause.title ?? node.clause.text.split('\n')[0] ?? '';
}

export const taskTableMismatch = defineRule({
  code: 'task-table-mismatch',
  setting: 'checks.taskTableMismatch',
  defaultSeverity: 'warning',
  check(analysis) {
    const { rows, matched } = analysis.decomposition;
    if (rows.length === 0) return [];
    const { lines } = analysis.outline;
    const findings: RuleFinding[] = [];
    const taken = new Set(matched.values());
    rows.forEach((row, index) => {
      // A row without units may be a group row (`| 一 | 夯实数字基础设施 |  |`): no task of its own.
      if (taken.has(row) || row.unitless) return;
      const line = row.assignment.range.start.line;
      const text = lines[line]!.text;
      findings.push({
        ...said('tableRowWithoutTask', row.number ?? index + 1),
        range: { start: { line, column: text.length - text.trimStart().length }, end: { line, column: text.trimEnd().length } },
        subject: text.trim(),
      });
    });

    for (const task of analysis.tasks) {
      const own = ownUnits(task);
      const listed = tableUnits(task);
      if (own.length === 0 || listed.length === 0) continue;
      // One body under its old and its current name is the same body (the old name has its own finding).
      const keys = new Set(listed.flatMap(currentUnitNames).map(matchKey));
      if (own.some((unit) => currentUnitNames(unit).some((name) => keys.has(matchKey(name))))) continue;
      findings.push({
        ...said('tableUnitsDisagree', subjectOf(task), [...new Set(own)].join('、'), [...new Set(listed)].join('、')),
        range: firstLine(task, lines[task.startLine]!.text),
        subject: task.clause.text,
      });
    }

    // A row covers its task and the task's sub-items; a task with its own units needs no row.
    const covered = (node: OutlineNode): boolean => {
      for (let up: OutlineNode | undefined = node; up; up = up.parent) if (matched.has(up) || ownUnits(up).length > 0) return true;
      return false;
    };
    const orphans = analysis.tasks.filter((task) => !covered(task));
    if (orphans.length === 1 && taken.size > 0) {
      const [task] = orphans as [OutlineNode];
      findings.push({
        ...said('taskWithoutRow', subjectOf(task)),
        range: firstLine(task, lines[task.startLine]!.text),
        subject: task.clause.text,
      });
    }
    return findings;
  },
});
