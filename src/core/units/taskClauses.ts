import { enclosingHeadingHas } from '../structure/headingWords';
import type { OutlineNode } from '../structure/outline';
import type { PlanVocabulary } from '../structure/vocabulary';

/**
 * Which clauses are tasks that need a responsible unit (shared/spec/checks.md):
 * in task scope (an enclosing part or section heading holds a task keyword and none holds an
 * exclusion keyword), each numbered item is a task clause — a `（1）` under a `1.` too, since the
 * spec puts every item numbering at one level — and a section holding no items or sub-sections is
 * itself one. Introductory paragraphs, lead-dash items and run-in pieces
 * (`一是…二是…`) are never task clauses of their own; a run-in paragraph belongs to its section.
 */

/** Headings of a task decomposition table or list: the assignments, not tasks themselves. */
export const decompositionWords = ['任务分解', '分工', '责任分工'];

/** Safeguards parts as the spec names them: a heading opening with 保障, or one of these. */
const safeguardHeadings = ['组织保障', '实施保障', '工作保障', '保障机制'];

/**
 * `保障` excludes a safeguards part (`保障措施`, `组织保障`, `保障机制`), never a task heading that
 * ends in a kind of support (`强化要素保障`, `四、强化支撑有力的基础保障`). A heading that ends in one
 * of the safeguards forms (`加强组织保障`, `政策措施与组织保障`) is the safeguards part too.
 */
export function isSafeguardsHeading(heading: string): boolean {
  let start = 0;
  let end = heading.length;
  while (start < end && ' \t*'.includes(heading[start]!)) start++;
  while (end > start && ' \t*。.:：'.includes(heading[end - 1]!)) end--;
  const text = heading.slice(start, end);
  return text.startsWith('保障') || safeguardHeadings.some((form) => text.endsWith(form));
}

export function isExcluded(node: OutlineNode, vocabulary: PlanVocabulary): boolean {
  return enclosingHeadingHas(node, vocabulary.exclusionKeywords) || node.headings.some(isSafeguardsHeading);
}

export function isInTaskScope(node: OutlineNode, vocabulary: PlanVocabulary): boolean {
  return enclosingHeadingHas(node, vocabulary.taskKeywords) && !isExcluded(node, vocabulary);
}

function holdsItemsOrSections(node: OutlineNode): boolean {
  return node.children.some((child) => child.clause.kind === 'item' || child.clause.kind === 'section' || child.clause.kind === 'part' || holdsItemsOrSections(child));
}

/**
 * @param ignoreExclusions also accept clauses an exclusion keyword takes out of scope
 *   (`（六）夯实人才智力保障` under 重点任务): a 任务分解表 may still assign them units.
 */
/**
 * A part inside another part plays the section's role: under `第三章 重点任务`, `一、…行动` is what
 * `（一）` is elsewhere.
 */
function actsAsSection(node: OutlineNode): boolean {
  if (node.clause.kind === 'section') return true;
  if (node.clause.kind !== 'part') return false;
  for (let parent = node.parent; parent; parent = parent.parent) if (parent.clause.kind === 'part') return true;
  return false;
}

export function isTaskClause(node: OutlineNode, vocabulary: PlanVocabulary, ignoreExclusions = false): boolean {
  const kind = node.clause.kind;
  if (kind !== 'item' && !actsAsSection(node)) return false;
  const inScope = ignoreExclusions ? enclosingHeadingHas(node, vocabulary.taskKeywords) : isInTaskScope(node, vocabulary);
  if (!inScope || enclosingHeadingHas(node, decompositionWords)) return false;
  if (kind === 'item') return true;
  return !holdsItemsOrSections(node);
}

/**
 * Whether a clause's own text assigns a unit: its first line, or a paragraph under it (a
 * `（牵头单位：…）` line); its sub-items' units are theirs.
 */
export function hasOwnUnit(node: OutlineNode): boolean {
  return node.clause.units.length > 0 || node.children.some((child) => child.clause.kind !== 'item' && hasOwnUnit(child));
}

/** A numbered item, or a section holding no items: what scope by example may make a task. */
function isLeafClause(node: OutlineNode): boolean {
  if (node.clause.kind === 'item') return true;
  return actsAsSection(node) && !holdsItemsOrSections(node);
}

/**
 * Scope by the document's own example (spec): outside keyword scope and excluded headings, a leaf
 * clause is a task when at least two of its siblings (same parent, same numbering level) carry a
 * unit and at least half of them do — the plan itself shows its clauses carry units.
 */
function tasksByExample(nodes: readonly OutlineNode[], vocabulary: PlanVocabulary, byKeyword: ReadonlySet<OutlineNode>): OutlineNode[] {
  const groups = new Map<OutlineNode | undefined, Map<number, OutlineNode[]>>();
  for (const node of nodes) {
    if (!isLeafClause(node) || node.clause.kind === 'dash') continue;
    const byRank = groups.get(node.parent) ?? new Map<number, OutlineNode[]>();
    groups.set(node.parent, byRank);
    const siblings = byRank.get(node.rank);
    if (siblings) siblings.push(node);
    else byRank.set(node.rank, [node]);
  }
  const found: OutlineNode[] = [];
  for (const byRank of groups.values()) {
    for (const siblings of byRank.values()) {
      const withUnit = siblings.filter(hasOwnUnit).length;
      for (const node of siblings) {
        if (byKeyword.has(node) || isExcluded(node, vocabulary) || enclosingHeadingHas(node, decompositionWords)) continue;
        const others = siblings.length - 1;
        const othersWithUnit = withUnit - (hasOwnUnit(node) ? 1 : 0);
        if (othersWithUnit >= 2 && othersWithUnit * 2 >= others) found.push(node);
      }
    }
  }
  return found;
}

/** Task clauses in document order: by keyword scope, and by the document's own example. */
export function findTaskClauses(nodes: readonly OutlineNode[], vocabulary: PlanVocabulary): OutlineNode[] {
  const byKeyword = new Set(nodes.filter((node) => isTaskClause(node, vocabulary)));
  const byExample = new Set(tasksByExample(nodes, vocabulary, byKeyword));
  return nodes.filter((node) => byKeyword.has(node) || byExample.has(node));
}
