import type { Target } from '../model';
import { joinedLine, type JoinedLine } from '../structure/hardWrap';
import { enclosingHeadingHas } from '../structure/headingWords';
import type { SourceLine } from '../structure/lines';
import type { Outline, OutlineNode } from '../structure/outline';
import { splitSentences } from '../structure/sentences';
import { isSpaceOrStar, trimEndWhile } from '../text/runs';
import type { PlanVocabulary } from '../structure/vocabulary';
import { foldWidth } from '../structure/width';
import { findDeadline, opensWithDeadline } from './deadline';
import { metricPhrase } from './metric';
import { findQuantities } from './quantities';
import { containsStrive } from './striveWord';

/**
 * Target statements as the spec defines them:
 * - under a heading containing `目标`: each item or lead-dash item is one statement, and each
 *   sentence of any other paragraph is one, except the heading itself and a sentence that only
 *   introduces the list (`到2025年，主要目标如下：`);
 * - anywhere else but background parts: each sentence that opens with `到20NN年`, `至20NN年`,
 *   `20NN年前`, or contains `力争`.
 * Statements are read line by line: every clause owns exactly its first line in the outline.
 */

const goalWord = '目标';
/** The spec's background parts, and the same parts as plans often title them (`面临的形势`). */
export const backgroundWords = ['发展基础', '面临形势', '发展现状', '面临的形势', '发展形势', '发展环境', '现实基础'];

export interface TargetStatement {
  node: OutlineNode;
  target: Target;
}

/**
 * A "sentence" that is only a bracketed note after the sentence it belongs to — a unit lead
 * (`。（交通运输部、财政部负责）`), a reference (`（见专栏1）`) — states no outcome of its own.
 */
function isNoteOnly(sentence: string): boolean {
  const trimmed = trimEndWhile(sentence.trim(), (char) => isSpaceOrStar(char) || char === '。');
  const open = trimmed[0];
  if (open !== '（' && open !== '(') return false;
  let depth = 0;
  for (let at = 0; at < trimmed.length; at++) {
    const char = trimmed[at];
    if (char === '（' || char === '(') depth++;
    else if (char === '）' || char === ')') {
      depth--;
      if (depth === 0) return at === trimmed.length - 1;
    }
  }
  return false;
}

/** `主要目标如下：`, `实现以下目标：`: a sentence that announces the list after it. */
function isIntroduction(sentence: string): boolean {
  const trimmed = trimEndWhile(sentence, isSpaceOrStar);
  return trimmed.endsWith(':') || trimmed.endsWith('：') || trimmed.includes('如下') || /以下(目标|几个方面|方面)/.test(trimmed);
}

/**
 * The title over a table of indicators (`表1　主要指标`, `主要指标一览表`): a label, not a sentence
 * stating an outcome — the table's rows hold the figures. It names a table; a sentence that merely
 * lacks its final `。` above a table is still a statement.
 */
function isTableTitle(node: OutlineNode, line: SourceLine, captionLines: ReadonlySet<number>): boolean {
  if (node.clause.kind !== 'paragraph' || !captionLines.has(line.index) || /[。!?！？，,；;]/.test(line.folded)) return false;
  const title = trimEndWhile(line.folded.slice(line.contentStart), isSpaceOrStar);
  return /^附?表\s*[0-9一二三四五六七八九十]/u.test(title) || /(?:表|指标|清单|一览)$/u.test(title);
}

/**
 * An item that only names a group of sub-items (`1. 规模目标` over `（1）…（2）…`) states nothing;
 * one that ends in `。` (`3. 创新能力显著提升。`) is a statement even when items follow it.
 */
function isGroupTitle(node: OutlineNode, folded: string, lineEnd: number): boolean {
  const hasItems = node.children.some((child) => child.clause.kind === 'item' || child.clause.kind === 'dash');
  const endsSentence = /[。!?！？]/.test(folded.slice(node.textStart, lineEnd));
  return hasItems && !endsSentence && node.bodyStart >= lineEnd;
}

/**
 * @param start where the statement starts in the line (an item's number included)
 * @param from where its words start (after the number, which is never a quantity)
 */
function statement(line: JoinedLine, start: number, from: number, end: number, vocabulary: PlanVocabulary, continuation = ''): Target {
  const statementText = continuation === '' ? line.text.slice(from, end) : `${line.text.slice(from, end)}\n${continuation}`;
  const quantities = findQuantities(statementText, vocabulary.measureWords);
  const last = line.positionAt(Math.max(start, end - 1));
  const target: Target = {
    text: statementText,
    range: { start: line.positionAt(start), end: { line: last.line, column: last.column + (end > start ? 1 : 0) } },
    quantities: quantities.map(({ start: _start, end: _end, ...quantity }) => quantity),
  };
  const deadline = findDeadline(foldWidth(statementText));
  if (deadline !== undefined) target.deadline = deadline;
  const [leading] = quantities;
  const metric = leading ? metricPhrase(statementText, leading) : undefined;
  if (metric !== undefined) target.metric = metric;
  return target;
}

function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}

/**
 * An item written as a bare title (`### 1. 产业规模` in Markdown) states its target in the
 * paragraphs under it; they are read with it as one statement.
 */
function continuationOf(node: OutlineNode, outline: Outline): string {
  const line = outline.lines[node.startLine];
  // Only a Markdown heading says for sure that the paragraphs below belong to it; in plain text a
  // paragraph after a bare item (`到2030年，…`) is a statement of its own.
  if (!line || line.headingLevel === 0 || node.bodyStart < trimmedEnd(line.text)) return '';
  return node.children
    .filter((child) => child.clause.kind === 'paragraph')
    .map((child) => child.clause.text)
    .join('\n');
}

/**
 * Text pasted from Word keeps its hard wraps: an indented paragraph line whose sentence runs off
 * its end goes on at the start of an unindented plain line (`　　到2027年，贷款余额突破` /
 * `3000亿元，年均增长15%以上。…`). Returns that head of the next line, or '' when the line ends a
 * sentence or what follows is a paragraph, item or heading of its own.
 */
function wrappedHead(lines: readonly SourceLine[], index: number): string {
  const line = lines[index];
  const next = lines[index + 1];
  // Paragraph lines only: an indented `1. 加强创新` or `（一）…` is a title, whatever follows it.
  if (!line || !next || line.kind !== 'text' || next.kind !== 'text') return '';
  if (line.contentStart === 0 || next.contentStart !== 0 || line.headingLevel > 0) return '';
  const last = line.folded.trimEnd().at(-1) ?? '';
  if ('。!?！？：:”’」』'.includes(last)) return '';
  // A line opening with a year or a deadline states something of its own; one right above a table is its title.
  if (/^\s*(?:到|至)?\d{4}年/.test(next.folded) || lines[index + 2]?.kind === 'table') return '';
  const [head] = splitSentences(next.folded, 0);
  return head ? next.text.slice(head.start, head.end) : '';
}

/** Sentences of a line from `from`, less a head that ends the previous line's sentence, each with what it runs on into. */
function sentencesOf(line: JoinedLine, from: number, lines: readonly SourceLine[]): { start: number; end: number; runsOn: string }[] {
  const sentences = splitSentences(line.folded, from);
  const continues = line.index > 0 && wrappedHead(lines, line.index - 1) !== '';
  const own = continues ? sentences.slice(1) : sentences;
  const runsOn = wrappedHead(lines, line.lastIndex);
  return own.map((s, i) => ({ start: s.start, end: s.end, runsOn: i === own.length - 1 ? runsOn : '' }));
}

/** The target statements on one clause's first line. */
function statementsOf(node: OutlineNode, outline: Outline, vocabulary: PlanVocabulary, captionLines: ReadonlySet<number>, continuation: (node: OutlineNode) => string): Target[] {
  if (enclosingHeadingHas(node, backgroundWords)) return [];
  // A 专栏's target-like sentences are targets only in a 目标 part (spec, "documents as they are found").
  if (node.inBox && !enclosingHeadingHas(node, [goalWord])) return [];
  const first = outline.lines[node.startLine];
  if (!first) return [];
  // In a hard-wrapped document the clause's first line goes on over the lines that continue it.
  const line = joinedLine(outline.lines, node.startLine);
  const end = trimmedEnd(line.text);
  const kind = node.clause.kind;
  const isHeading = kind === 'part' || kind === 'section';
  if (enclosingHeadingHas(node, [goalWord])) {
    if (kind === 'item' || kind === 'dash') {
      if (isGroupTitle(node, line.folded, end) || isIntroduction(line.folded.slice(node.textStart, end))) return [];
      return [statement(line, first.contentStart, node.textStart, end, vocabulary, continuation(node))];
    }
    const parent = node.parent;
    const continuesTitle = kind === 'paragraph' && parent !== undefined && (parent.clause.kind === 'item' || parent.clause.kind === 'dash') && continuation(parent) !== '';
    if (continuesTitle || isTableTitle(node, first, captionLines)) return [];
    const from = isHeading ? node.bodyStart : node.textStart;
    return sentencesOf(line, from, outline.lines)
      .filter((s) => !isIntroduction(line.folded.slice(s.start, s.end) + s.runsOn) && !isNoteOnly(line.folded.slice(s.start, s.end) + s.runsOn))
      .map((s) => statement(line, s.start, s.start, s.end, vocabulary, s.runsOn));
  }
  const from = isHeading ? node.bodyStart : node.textStart;
  return sentencesOf(line, from, outline.lines)
    .filter((s) => {
      const sentence = (line.folded.slice(s.start, s.end) + s.runsOn).replace(/^[\s*]+/, '');
      return (opensWithDeadline(sentence) || containsStrive(sentence)) && !isIntroduction(sentence) && !isNoteOnly(sentence);
    })
    .map((s) => statement(line, s.start, s.start, s.end, vocabulary, s.runsOn));
}

/** Finds every target statement of the plan and records it on its clause. */
export function collectTargets(outline: Outline, vocabulary: PlanVocabulary): TargetStatement[] {
  const found: TargetStatement[] = [];
  const captionLines = new Set(outline.tables.flatMap((table) => (table.captionLine === undefined ? [] : [table.captionLine])));
  // Every paragraph under a titled item asks whether it continues that item: the item's
  // continuation is joined once, not once per paragraph (8,000 paragraphs took 13 s).
  const continuations = new Map<OutlineNode, string>();
  const continuation = (node: OutlineNode): string => {
    let text = continuations.get(node);
    if (text === undefined) continuations.set(node, (text = continuationOf(node, outline)));
    return text;
  };
  for (const node of outline.nodes) {
    const targets = statementsOf(node, outline, vocabulary, captionLines, continuation);
    node.clause.targets = targets;
    for (const target of targets) found.push({ node, target });
  }
  return found;
}
