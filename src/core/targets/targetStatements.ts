import type { Target } from '../model';
import type { SourceLine } from '../structure/lines';
import type { Outline, OutlineNode } from '../structure/outline';
import { splitSentences } from '../structure/sentences';
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
const backgroundWords = ['发展基础', '面临形势', '发展现状', '面临的形势', '发展形势', '发展环境', '现实基础'];

export interface TargetStatement {
  node: OutlineNode;
  target: Target;
}

/** `主要目标如下：`, `实现以下目标：`: a sentence that announces the list after it. */
function isIntroduction(sentence: string): boolean {
  const trimmed = sentence.replace(/[\s*]+$/, '');
  return trimmed.endsWith(':') || trimmed.endsWith('：') || trimmed.includes('如下') || /以下(目标|几个方面|方面)/.test(trimmed);
}

function isInside(node: OutlineNode, words: readonly string[]): boolean {
  return node.headings.some((heading) => words.some((word) => heading.includes(word)));
}

/**
 * An item that only names a group of sub-items (`1. 规模目标` over `（1）…（2）…`) states nothing;
 * one that ends in `。` (`3. 创新能力显著提升。`) is a statement even when items follow it.
 */
function isGroupTitle(node: OutlineNode, line: SourceLine, lineEnd: number): boolean {
  const hasItems = node.children.some((child) => child.clause.kind === 'item' || child.clause.kind === 'dash');
  const endsSentence = /[。!?！？]/.test(line.folded.slice(node.textStart, lineEnd));
  return hasItems && !endsSentence && node.bodyStart >= lineEnd;
}

/**
 * @param start where the statement starts in the line (an item's number included)
 * @param from where its words start (after the number, which is never a quantity)
 */
function statement(text: string, lineIndex: number, start: number, from: number, end: number, vocabulary: PlanVocabulary, continuation = ''): Target {
  const statementText = continuation === '' ? text.slice(from, end) : `${text.slice(from, end)}\n${continuation}`;
  const quantities = findQuantities(statementText, vocabulary.measureWords);
  const target: Target = {
    text: statementText,
    range: { start: { line: lineIndex, column: start }, end: { line: lineIndex, column: end } },
    quantities: quantities.map(({ start: _start, end: _end, ...quantity }) => quantity),
  };
  const deadline = findDeadline(foldWidth(statementText));
  if (deadline !== undefined) target.deadline = deadline;
  const metric = quantities.length > 0 ? metricPhrase(statementText, quantities[0]) : undefined;
  if (metric !== undefined) target.metric = metric;
  return target;
}

function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
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
  if (line.headingLevel === 0 || node.bodyStart < trimmedEnd(line.text)) return '';
  return node.children
    .filter((child) => child.clause.kind === 'paragraph')
    .map((child) => child.clause.text)
    .join('\n');
}

/** The target statements on one clause's first line. */
function statementsOf(node: OutlineNode, outline: Outline, vocabulary: PlanVocabulary): Target[] {
  if (isInside(node, backgroundWords)) return [];
  const line = outline.lines[node.startLine];
  const end = trimmedEnd(line.text);
  const kind = node.clause.kind;
  const isHeading = kind === 'part' || kind === 'section';
  if (isInside(node, [goalWord])) {
    if (kind === 'item' || kind === 'dash') {
      if (isGroupTitle(node, line, end) || isIntroduction(line.folded.slice(node.textStart, end))) return [];
      return [statement(line.text, line.index, line.contentStart, node.textStart, end, vocabulary, continuationOf(node, outline))];
    }
    const parent = node.parent;
    const continuesTitle =
      kind === 'paragraph' &&
      parent !== undefined &&
      (parent.clause.kind === 'item' || parent.clause.kind === 'dash') &&
      continuationOf(parent, outline) !== '';
    if (continuesTitle) return [];
    const from = isHeading ? node.bodyStart : node.textStart;
    return splitSentences(line.folded, from)
      .filter((s) => !isIntroduction(line.folded.slice(s.start, s.end)))
      .map((s) => statement(line.text, line.index, s.start, s.start, s.end, vocabulary));
  }
  const from = isHeading ? node.bodyStart : node.textStart;
  return splitSentences(line.folded, from)
    .filter((s) => {
      const sentence = line.folded.slice(s.start, s.end).replace(/^[\s*]+/, '');
      return (opensWithDeadline(sentence) || containsStrive(sentence)) && !isIntroduction(sentence);
    })
    .map((s) => statement(line.text, line.index, s.start, s.start, s.end, vocabulary));
}

/** Finds every target statement of the plan and records it on its clause. */
export function collectTargets(outline: Outline, vocabulary: PlanVocabulary): TargetStatement[] {
  const found: TargetStatement[] = [];
  for (const node of outline.nodes) {
    const targets = statementsOf(node, outline, vocabulary);
    node.clause.targets = targets;
    for (const target of targets) found.push({ node, target });
  }
  return found;
}
