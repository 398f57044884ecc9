import type { Quantity, Range } from '../model';
import { ownQuantityForm, type QuantityForm } from '../targets/ownQuantityForm';
import { vagueAmounts } from '../targets/vagueAmounts';
import { toSimplifiedInPlace } from '../text/simplify';
import { escapeSnippet, type TextEdit } from './fix';
import type { RuleFinding } from './finding';
import { TextOffsets } from './textOffsets';

export type { TextEdit } from './fix';

/** Quick fixes that insert text, shared by the rules and the editor's precedent suggestions. */

const sentenceEnds = new Set(['。', '；', ';', '！', '？', '.']);

/** The end of the last non-blank character inside a range: where a clause's text really stops. */
function lastTextEnd(offsets: TextOffsets, range: Range): number {
  const start = offsets.offsetAt(range.start);
  let end = offsets.offsetAt(range.end);
  for (;;) {
    while (end > start && /\s/.test(offsets.text[end - 1]!)) end--;
    // A table that closes the clause (its rows, a 任务分解表) is no place for the clause's annotation.
    const line = offsets.positionAt(end).line;
    if (line <= range.start.line || !/^\s*[|｜]/.test(offsets.line(line))) return end;
    end = offsets.offsetAt({ line, column: 0 });
  }
}

export function insertion(offsets: TextOffsets, offset: number, snippet: string): TextEdit {
  const at = offsets.positionAt(offset);
  const { text, cursor } = expandSnippet(snippet);
  return { range: { start: at, end: at }, newText: text, snippet, cursor };
}

/**
 * The end offset of `subject` read from `offset` in `text`, skipping the `\r` of CRLF line ends the
 * subject may not carry; undefined when the text there is not the subject.
 */
function matchSubject(text: string, offset: number, subject: string): number | undefined {
  let i = offset;
  for (const c of subject) {
    while (text[i] === '\r' && c !== '\r') i++;
    if (!text.startsWith(c, i)) return undefined;
    i += c.length;
  }
  return i;
}

/**
 * What a finding is about, from its first line to the end of its subject (the whole task clause or
 * target statement), so a fix can go at its end: the checker's `clauseRange` when it gives one,
 * else the subject read where the finding starts, else the finding's own range (the first line).
 */
export function findingExtent(text: string, finding: RuleFinding): Range {
  if (finding.clauseRange) return finding.clauseRange;
  const offsets = TextOffsets.of(text);
  const line = finding.range.start.line;
  const fallback: Range = { start: finding.range.start, end: { line, column: offsets.lineLength(line) } };
  const subject = finding.subject.trim();
  if (subject.length === 0) return fallback;
  const lineStart = offsets.offsetAt({ line, column: 0 });
  // The subject may leave out the clause's number or indentation: look for its head on the line.
  // Searched in the text, not in a copy of the line: a draft's every finding may sit on one long line.
  const found = text.indexOf(subject.slice(0, 8), lineStart + finding.range.start.column);
  const head = found === -1 || found + Math.min(subject.length, 8) > lineStart + offsets.lineLength(line) ? -1 : found - lineStart;
  const end = head === -1 ? undefined : matchSubject(text, lineStart + head, subject);
  return end === undefined ? fallback : { start: finding.range.start, end: offsets.positionAt(end) };
}

/**
 * Plans write the annotation after the clause's final `。`: `…体系。（责任单位：省科技厅、省财政厅）`
 * (the Zhejiang 实施意见 and the lint examples). A draft that already writes its annotations with
 * half-width brackets `(责任单位:…)` gets the same style, so the document stays consistent.
 */
function annotationStyle(text: string): { open: string; colon: string; close: string } {
  const halfWidth = text.includes('(责任单位:') && !text.includes('（责任单位：');
  return halfWidth ? { open: '(', colon: ':', close: ')' } : { open: '（', colon: '：', close: '）' };
}

/**
 * Inserts `（责任单位：…）` at the end of a task clause; with no units the cursor lands inside the
 * brackets, with units (e.g. those a precedent assigns) they are written out.
 *
 * @param clause the clause's range as parsed; only its last non-blank character matters.
 * @example insertUnitAnnotation(text, clause.range) // `…成本。` → `…成本。（责任单位：|）`
 */
export function insertUnitAnnotation(text: string, clause: Range, units: readonly string[] = []): TextEdit {
  const offsets = TextOffsets.of(text);
  const { open, colon, close } = annotationStyle(text);
  const names = units.join('、');
  const head = `${open}责任单位${colon}`;
  return insertion(offsets, lastTextEnd(offsets, clause), `${escapeSnippet(head + names)}$0${escapeSnippet(close)}`);
}

/**
 * The quantity *form* the drafter completes, learnt from how a precedent quantified a comparable
 * target: its measure word or unit and qualifier, never its number or its words (a precedent's
 * `获批上市国产1类新药` in a 数字经济 draft is another plan's sentence). The number is a
 * placeholder (`N`), so the target stays unquantified, and the finding with it, until the drafter
 * writes one. Multipliers and coverage take the forms plans write them in.
 *
 * @example targetTemplate({ kind: 'count', raw: '10个以上', unit: '个', qualifier: '以上' }) // `，达到${1:N}${2:个}以上`
 */
function targetTemplate(quantity: QuantityForm): string {
  switch (quantity.kind) {
    case 'multiplier':
      return `，较\${1:20XX}年增长\${2:N}倍`;
    case 'coverage':
      return `，覆盖率达到\${1:N}%`;
    case 'percent':
      return `，达到\${1:N}\${2:${escapeSnippet(quantity.unit ?? '%')}}`;
    default: {
      const unit = escapeSnippet(quantity.unit ?? (quantity.kind === 'scale' ? '亿元' : '个'));
      const qualifier = quantity.qualifier === '以上' || quantity.qualifier === '左右' ? quantity.qualifier : '';
      return `，达到\${1:N}\${2:${unit}}${qualifier}`;
    }
  }
}

/**
 * The snippet as plain text (each `${n:default}` replaced by its default, bare stops dropped) and
 * the offset of its first tab stop in that text. Only the forms built in this file are read.
 */
function expandSnippet(snippet: string): { text: string; cursor: number } {
  let text = '';
  let cursor = -1;
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length) {
      text += snippet[++i];
    } else if (c === '$' && snippet[i + 1] === '{') {
      if (cursor === -1) cursor = text.length;
      const colon = snippet.indexOf(':', i);
      const close = snippet.indexOf('}', i);
      i = colon !== -1 && colon < close ? colon : close;
    } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      if (cursor === -1) cursor = text.length;
      i++;
    } else if (c !== '}') {
      text += c;
    }
  }
  return { text, cursor: cursor === -1 ? text.length : cursor };
}

/** A statement's text span, without its closing `。` (or `；`): where a quantity form goes. */
function statementSpan(offsets: TextOffsets, statement: Range): { start: number; end: number } {
  const start = offsets.offsetAt(statement.start);
  let end = lastTextEnd(offsets, statement);
  if (end > start && sentenceEnds.has(offsets.text.charAt(end - 1))) end--;
  return { start, end };
}

/**
 * Each vague amount of the statement (`培育一批…企业`, `形成若干…集群`, `出台一系列…政策`) written as the
 * amount to fill: the word becomes `N家` (`N个`, `N项` …, the measure word of the noun it counts) with
 * tab stops on the number and the measure word, so `培育一批软件企业，带动…。` becomes
 * `培育N家软件企业，带动…。`. `word` is the vague word replaced, `counted` the words it counts (to tell
 * two fixes of one statement apart). Empty where the statement has none that counts something
 * (`vagueAmounts`).
 */
export function replaceVagueAmounts(text: string, statement: Range): { edit: TextEdit; word: string; counted: string }[] {
  const offsets = TextOffsets.of(text);
  const { start, end } = statementSpan(offsets, statement);
  // Read within the statement only: a run-on page holds thousands of statements on one line. Read
  // simplified, as the check reads it (培育一批骨幹企業 counts 企业), with its positions unchanged.
  return vagueAmounts(toSimplifiedInPlace(text.slice(start, end))).map((amount) => {
    const snippet = `\${1:N}\${2:${escapeSnippet(amount.unit)}}`;
    const { text: newText, cursor } = expandSnippet(snippet);
    const range = { start: offsets.positionAt(start + amount.start), end: offsets.positionAt(start + amount.end) };
    return { edit: { range, newText, snippet, cursor }, word: text.slice(start + amount.start, start + amount.end), counted: amount.counted };
  });
}

/**
 * Inserts a quantity form into an unquantified target statement, before its final `。` (or `；`),
 * so `…综合竞争力稳居全国第一方阵。` becomes `…第一方阵，达到N个。` with tab stops on the number and
 * the unit; without a precedent, the form the statement's own last phrase asks for (`ownQuantityForm`).
 *
 * @param statement the statement's range; the form goes before its closing punctuation.
 * @param precedent a quantity a comparable precedent target used: only its form is taken.
 */
export function insertTargetPlaceholder(text: string, statement: Range, precedent?: { quantity: Quantity }): TextEdit {
  const offsets = TextOffsets.of(text);
  const { start, end } = statementSpan(offsets, statement);
  return insertion(offsets, end, targetTemplate(precedent?.quantity ?? ownQuantityForm(text.slice(start, end))));
}
