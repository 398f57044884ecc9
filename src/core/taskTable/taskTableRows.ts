import type { UnitAssignment } from '../model';
import type { SourceLine } from '../structure/lines';
import type { OutlineNode } from '../structure/outline';
import type { PlanAnalysis } from '../parsing/parsePlan';
import { foldWidth } from '../structure/width';
import { findDeadlines, type TaskDeadline } from '../targets/deadline';
import { currentUnitNames } from '../units/outdatedNames';

/**
 * The 任务分解表 a drafter hands in with a plan, built from the text: one row per task clause in
 * order, with its title, lead and partner units and deadline.
 */
export interface TaskRow {
  /** 序号, 1 … n in the order the tasks are written. */
  number: number;
  /** 重点任务: the clause's title, without its closing 。. */
  title: string;
  /** 牵头单位. */
  lead: string[];
  /** 配合单位. */
  partners: string[];
  /** 完成时限: the clause's earliest own deadline, else the plan period's last year, else empty. */
  deadline: string;
  /** 1-based line of the clause. */
  line: number;
}

/** Labels under which a unit list is written as the leads, all of them. */
const leadLabels = ['牵头单位', '牵头部门'];

/** Longest title taken from a clause that has no short title of its own. */
const longestTitle = 40;

function unique(names: readonly string[], taken: ReadonlySet<string> = new Set()): string[] {
  return [...new Set(names)].filter((name) => !taken.has(name));
}

/**
 * A unit as the table writes it: by its current name where a reform renamed it and one name took its
 * place (`市卫生计生委` → `市卫生健康委`). The text keeps what the drafter wrote, flagged once there; a
 * table copied from it had the same old name flagged a second time. Where two bodies may have taken
 * over (`县扶贫办`), the name stays as written: which one is the drafter's call.
 */
function tableName(name: string): string {
  const current = currentUnitNames(name);
  return current.length === 1 ? current[0]! : name;
}

/**
 * Lead and partner units of one written assignment. `（A牵头，B按职责分工负责）` and
 * `（牵头单位：A；配合单位：B）` say which is which; a plain list (`（责任单位：A、B、C）`, `（A、B）`, a
 * single unit column of a table) names the lead first.
 */
function roles(assignment: UnitAssignment, lines: readonly SourceLine[]): { lead: string[]; partners: string[] } {
  const { form, lead, support } = assignment;
  if (form === 'lead' || support.length > 0) return { lead, partners: support };
  if (form === 'annotation') {
    const { line, column } = assignment.range.start;
    const folded = lines[line]?.folded ?? '';
    if (leadLabels.some((label) => folded.startsWith(label, column))) return { lead, partners: [] };
  }
  return { lead: lead.slice(0, 1), partners: lead.slice(1) };
}

/**
 * Assignments in the clause's own text, as the checks read it: its paragraphs (a `（牵头单位：…）` line
 * under a heading) are its text, its sub-items are clauses of their own.
 */
function assignmentsOf(node: OutlineNode): UnitAssignment[] {
  return [...node.clause.units, ...node.children.filter((child) => child.clause.kind !== 'item').flatMap(assignmentsOf)];
}

/** Units written in the clause itself; a 任务分解表 row counts only where the text names none. */
function unitsOf(node: OutlineNode, lines: readonly SourceLine[]): { lead: string[]; partners: string[] } {
  const all = assignmentsOf(node);
  const written = all.filter((assignment) => assignment.form !== 'table');
  const source = written.length > 0 ? written : all;
  const lead: string[] = [];
  const partners: string[] = [];
  for (const assignment of source) {
    const read = roles(assignment, lines);
    lead.push(...read.lead);
    partners.push(...read.partners);
  }
  const leads = unique(lead.map(tableName));
  return { lead: leads, partners: unique(partners.map(tableName), new Set(leads)) };
}

function titleOf(node: OutlineNode): string {
  const written = node.clause.title ?? node.clause.text.split(/[。；;\n]/)[0] ?? '';
  const title = written.replace(/[。；;，,\s]+$/u, '').trim();
  return title.length > longestTitle ? `${title.slice(0, longestTitle)}…` : title;
}

function earliest(deadlines: readonly TaskDeadline[]): TaskDeadline | undefined {
  const key = (d: TaskDeadline) => d.year * 100 + (d.month ?? 12);
  return deadlines.reduce<TaskDeadline | undefined>((best, d) => (best === undefined || key(d) < key(best) ? d : best), undefined);
}

function formatDeadline(deadline: TaskDeadline): string {
  return deadline.month === undefined ? `${deadline.year}年底前` : `${deadline.year}年${deadline.month}月底前`;
}

/** The rows of the 任务分解表 for an analysed plan. */
export function taskTableRows(analysis: PlanAnalysis): TaskRow[] {
  const { lines } = analysis.outline;
  const fallback = analysis.period ? `${analysis.period.end}年底前` : '';
  return analysis.tasks.map((node, index) => {
    const own = earliest(findDeadlines(foldWidth(node.clause.text)));
    return {
      number: index + 1,
      title: titleOf(node),
      ...unitsOf(node, lines),
      deadline: own ? formatDeadline(own) : fallback,
      line: node.startLine + 1,
    };
  });
}
