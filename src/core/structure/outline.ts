import type { Clause, ClauseKind, Range } from '../model';
import { numberValue } from './chineseNumerals';
import { readLines, type SourceLine } from './lines';
import { rank as markerRank } from './markers';
import { readRunIn, type RunInPiece } from './runIn';
import { readTableBlock, type TableBlock } from './tableBlock';
import { readTitle } from './title';

/**
 * The structure of a plan as the checks need it: every clause with the source lines it spans and
 * the headings that enclose it. `parsePlan` turns this into the public `ParsedPlan`.
 */
export interface OutlineNode {
  clause: Clause;
  rank: number;
  parent?: OutlineNode;
  children: OutlineNode[];
  /** Titles of the enclosing parts and sections, and this node's own title when it is one. */
  headings: string[];
  /** The line the clause starts on, and the last line of its extent. */
  startLine: number;
  endLine: number;
  /** Column where the text after the number starts on the first line. */
  textStart: number;
  /** Column just after the title and its `。` on the first line; the body of the line starts here. */
  bodyStart: number;
  /** Pieces of a run-in `一是…二是…` enumeration on the clause's first line. */
  runIn: RunInPiece[];
  /** A line of a 专栏 (its title or an entry): text of the clause the box sits in. */
  inBox?: boolean;
}

export interface OutlineTable extends TableBlock {
  /** Headings enclosing the table. */
  headings: string[];
  /** The line just before the table, when it reads as a caption (`附件：…任务分解表`). */
  caption?: string;
  /** The caption's line. */
  captionLine?: number;
}

export interface Outline {
  lines: SourceLine[];
  roots: OutlineNode[];
  /** Every node in document order. */
  nodes: OutlineNode[];
  tables: OutlineTable[];
}

/** Above every numbered level: a `## 附件` heading closes the plan's chapters too. */
const annexRank = -1;
const headingRanks = new Set<number>([annexRank, markerRank.chapter, markerRank.subchapter, markerRank.part, markerRank.section]);

function kindOfRank(rank: number): ClauseKind {
  if (rank <= markerRank.part) return 'part';
  if (rank <= markerRank.section) return 'section';
  return 'item';
}

/**
 * Ranks for `#` headings written without numbering. Where the draft numbers some headings at a
 * given `#` level, an unnumbered heading at that level takes the same rank (`## 附件` beside
 * `## 一、总体要求`); otherwise the shallowest level is a part and each `#` more goes one level down.
 */
function unnumberedHeadingRanks(lines: SourceLine[], titleLine: number): (level: number) => number {
  const byLevel = new Map<number, number>();
  let shallowest = Infinity;
  for (const line of lines) {
    if (line.headingLevel === 0 || line.index === titleLine) continue;
    if (line.marker && !byLevel.has(line.headingLevel)) byLevel.set(line.headingLevel, line.marker.rank);
    if (!line.marker) shallowest = Math.min(shallowest, line.headingLevel);
  }
  return (level) => {
    const known = byLevel.get(level);
    if (known !== undefined) return known;
    const numberedLevels = [...byLevel.keys()];
    if (numberedLevels.length > 0) return level <= Math.min(...numberedLevels) ? markerRank.part : markerRank.section;
    return Math.min(markerRank.part + (level - shallowest), markerRank.item);
  };
}

/** Headings of a task decomposition table (see units/taskClauses), which an annex title may be. */
const decompositionHeadingWords = ['任务分解', '分工'];
/** Longest line read as an annex's heading (`附件2　重点任务分工表`); longer is a sentence. */
const longestAnnexTitle = 60;

/** `附件`, `附件：…`, `附件2 …`, `附件一、…`: the annex heading after a plan, or undefined. */
function annexTitle(line: SourceLine): string | undefined {
  if (line.kind === 'table') return undefined;
  const text = line.folded.slice(line.contentStart).trim();
  if (!text.startsWith('附件') || text.length > longestAnnexTitle) return undefined;
  const next = text[2];
  if (next !== undefined && !/[\s:：0-9一二三四五六七八九十、.*]/u.test(next)) return undefined;
  // A list of annexes in a notice (`附件：1.…；2.…`) reads the same; it ends no clause either way.
  return line.text.slice(line.contentStart).trim();
}

/** `专栏1　工业互联网网络互联互通工程`, `**专栏 2**`, `专栏：…`. */
function isBoxTitle(line: SourceLine): boolean {
  const text = line.folded.slice(line.contentStart);
  if (!text.startsWith('专栏')) return false;
  const next = text[2];
  return next === undefined || /[\s:0-9一二三四五六七八九十*]/u.test(next);
}

interface Box {
  /** The clause the 专栏 belongs to. */
  owner?: OutlineNode;
  /** The last number of the box's own entries at the owner's level (`1.` `2.` inside the box). */
  lastEntry?: number;
  /** What is written before the box's first entry at the owner's level (its indentation). */
  entryLead?: string;
}

/** Indentation and Markdown prefixes before a line's content: how the line is laid out. */
function leadOf(line: SourceLine): string {
  return line.text.slice(0, line.contentStart);
}

/**
 * Whether a numbered line after a 专栏 ends it: a heading above the owner's level, or a line at the
 * owner's level that is not the box's own next entry. Where the box's entries are laid out unlike
 * the owner (unindented entries under indented items), a line laid out like the owner is the plan's.
 * Otherwise the numbers say: the box's entries run 1, 2, 3 … (a run may start again at 1), so the
 * owner's next number, or a number that breaks the run (a later `2.` after entries 1–8), is the plan's.
 */
function endsBox(box: Box, rank: number, line: SourceLine, lines: readonly SourceLine[]): boolean {
  const owner = box.owner;
  if (!owner) return rank <= markerRank.section;
  if (rank < owner.rank || (rank <= markerRank.section && rank <= owner.rank)) return true;
  if (rank !== owner.rank) return false;
  const ownerLead = leadOf(lines[owner.startLine]!);
  const lead = leadOf(line);
  if (box.entryLead !== undefined && box.entryLead !== ownerLead && lead === ownerLead) return true;
  const ownerValue = owner.clause.number === undefined ? undefined : numberValue(owner.clause.number);
  const value = line.marker?.number === undefined ? undefined : numberValue(line.marker.number);
  if (value === undefined) return false;
  const next = box.lastEntry !== undefined && value === box.lastEntry + 1;
  if (!next && (value !== 1 || (ownerValue !== undefined && value === ownerValue + 1))) return true;
  box.lastEntry = value;
  box.entryLead ??= lead;
  return false;
}

function endOfLine(line: SourceLine): number {
  let end = line.text.length;
  while (end > 0 && /\s/.test(line.text.charAt(end - 1))) end--;
  return end;
}

function lineRange(line: SourceLine): Range {
  return { start: { line: line.index, column: line.contentStart }, end: { line: line.index, column: endOfLine(line) } };
}

/** Builds the outline in one pass over the lines with a stack of open clauses. */
export function buildOutline(text: string): Outline {
  const lines = readLines(text);
  const firstContent = lines.find((line) => line.kind !== 'blank' && line.kind !== 'ignored');
  // The document's own title (`# 某市…行动计划`) is not a heading that scopes the plan.
  const titleLine = firstContent?.kind === 'heading' ? firstContent.index : -1;
  const headingRank = unnumberedHeadingRanks(lines, titleLine);

  const roots: OutlineNode[] = [];
  const nodes: OutlineNode[] = [];
  const tables: OutlineTable[] = [];
  const stack: OutlineNode[] = [];
  let lastContent = -1;
  // A table is read as one block; its lines up to here are already in it.
  let tableEnd = -1;
  let paragraphOrdinal = 0;
  let box: Box | undefined;

  const close = (node: OutlineNode) => {
    node.endLine = Math.max(node.startLine, lastContent);
  };
  const top = () => stack.at(-1);
  const attach = (node: OutlineNode) => {
    const parent = top();
    if (parent) {
      node.parent = parent;
      parent.children.push(node);
      parent.clause.children.push(node.clause);
    } else {
      roots.push(node);
    }
    nodes.push(node);
  };

  for (const [index, line] of lines.entries()) {
    if (index <= tableEnd || line.kind === 'blank' || line.kind === 'ignored') continue;
    if (line.kind === 'table') {
      const block = readTableBlock(lines, index);
      const previous = lines[block.startLine - 1];
      const captionLine = previous && previous.kind !== 'blank' ? previous : lines[block.startLine - 2];
      const table: OutlineTable = { ...block, headings: top()?.headings ?? [] };
      if (captionLine && (captionLine.kind === 'text' || captionLine.kind === 'heading' || captionLine.kind === 'numbered')) {
        table.caption = captionLine.text.slice(captionLine.contentStart).trim();
        table.captionLine = captionLine.index;
      }
      tables.push(table);
      lastContent = block.endLine;
      tableEnd = block.endLine;
      continue;
    }
    const last = nodes[nodes.length - 1];
    if (line.joinsPrevious && last !== undefined && index !== titleLine) {
      // A hard-wrapped line is more of the clause it continues, not a paragraph of its own.
      if (last.rank === Infinity) last.endLine = index;
      lastContent = index;
      continue;
    }
    paragraphOrdinal++;
    const isTitle = index === titleLine;
    let rank: number | undefined;
    let kind: ClauseKind = 'paragraph';
    let number: string | undefined;
    let bodyFrom = line.contentStart;
    const annex = isTitle ? undefined : annexTitle(line);
    if (annex !== undefined) {
      // 附件 after the plan: what follows is another document, so every open clause ends here.
      box = undefined;
      while (stack.length > 0) close(stack.pop() as OutlineNode);
    }
    if (annex !== undefined && line.kind === 'heading') {
      rank = annexRank;
      kind = 'part';
    } else if (line.kind === 'numbered' && line.marker) {
      rank = line.marker.rank;
      kind = line.marker.kind;
      number = line.marker.number;
      bodyFrom = line.marker.bodyStart;
    } else if (line.kind === 'heading' && !isTitle) {
      rank = headingRank(line.headingLevel);
      kind = kindOfRank(rank);
    }
    if (isBoxTitle(line)) {
      box = { owner: top() };
    } else if (box && rank !== undefined && endsBox(box, rank, line, lines)) {
      box = undefined;
    }
    if (box) {
      // A 专栏's title and entries elaborate the clause it sits in: text of that clause, never clauses of their own.
      rank = undefined;
      kind = 'paragraph';
      number = undefined;
      bodyFrom = line.contentStart;
    }

    if (rank === undefined) {
      if (top()?.clause.kind === 'dash') close(stack.pop() as OutlineNode);
    } else {
      for (let open = top(); open !== undefined && open.rank >= rank; open = top()) close(stack.pop() as OutlineNode);
    }

    const isHeading = rank !== undefined && headingRanks.has(rank) && kind !== 'item';
    const title = kind === 'paragraph' ? undefined : readTitle(line.text, line.folded, bodyFrom, isHeading, (line.source?.column ?? 0) > 0);
    const enclosing = top()?.headings ?? [];
    // An annex names another document, like the plan's own title: no scope for what follows, unless
    // it is the plan's own 任务分解表.
    const scopes = annex === undefined || decompositionHeadingWords.some((word) => annex.includes(word));
    const headings = isHeading && title && scopes ? [...enclosing, title.text] : enclosing;
    const clause: Clause = {
      kind,
      text: '',
      path: enclosing.length > 0 || isHeading ? enclosing : [`第${paragraphOrdinal}段`],
      range: lineRange(line),
      units: [],
      targets: [],
      children: [],
    };
    if (number !== undefined) clause.number = number;
    if (title) clause.title = title.text;
    const node: OutlineNode = {
      clause,
      rank: rank ?? Infinity,
      children: [],
      headings,
      startLine: index,
      endLine: index,
      textStart: bodyFrom,
      bodyStart: title ? title.end : bodyFrom,
      runIn: readRunIn(line.text, line.folded, index, bodyFrom),
    };
    if (node.runIn.length > 0) clause.runIn = node.runIn;
    if (box) node.inBox = true;
    attach(node);
    lastContent = index;
    if (rank !== undefined) stack.push(node);
  }
  while (stack.length > 0) close(stack.pop() as OutlineNode);

  for (const node of nodes) fillExtent(node, lines);
  return { lines, roots, nodes, tables };
}

/** Text and range over the whole extent, tables and comments left out of the text. */
function fillExtent(node: OutlineNode, lines: SourceLine[]): void {
  const parts: string[] = [];
  // The clause's own line is a content line, so `last` is set on the first pass.
  let last: SourceLine | undefined;
  for (let index = node.startLine; index <= node.endLine; index++) {
    const line = lines[index];
    if (!line || line.kind === 'blank' || line.kind === 'ignored') continue;
    last = line;
    if (line.kind === 'table') continue;
    parts.push(line.text.slice(line.contentStart, endOfLine(line)));
  }
  node.clause.text = parts.join('\n');
  if (last) node.clause.range = { start: node.clause.range.start, end: { line: last.index, column: endOfLine(last) } };
}
