import type { Quantity, Range } from '../model';
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
  const offsets = new TextOffsets(text);
  const line = finding.range.start.line;
  const fallback: Range = { start: finding.range.start, end: { line, column: offsets.line(line).length } };
  const subject = finding.subject.trim();
  if (subject.length === 0) return fallback;
  const lineStart = offsets.offsetAt({ line, column: 0 });
  // The subject may leave out the clause's number or indentation: look for its head on the line.
  const head = offsets.line(line).indexOf(subject.slice(0, 8), finding.range.start.column);
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
  const offsets = new TextOffsets(text);
  const { open, colon, close } = annotationStyle(text);
  const names = units.join('、');
  const head = `${open}责任单位${colon}`;
  return insertion(offsets, lastTextEnd(offsets, clause), `${escapeSnippet(head + names)}$0${escapeSnippet(close)}`);
}

/** A quantity, split into what the drafter completes: a number and its unit. */
function placeholderParts(quantity: Quantity | undefined): { value: string; unit: string; qualifier: string } {
  if (!quantity) return { value: 'N', unit: '个', qualifier: '' };
  const value = quantity.value !== undefined ? String(quantity.value) : 'N';
  const unit = quantity.kind === 'percent' ? (quantity.unit ?? '%') : (quantity.unit ?? '个');
  return { value, unit, qualifier: quantity.qualifier === '以上' || quantity.qualifier === '左右' ? quantity.qualifier : '' };
}

/**
 * The template the drafter completes, modelled on how a precedent quantified a comparable target:
 * its metric and unit are the defaults of the tab stops, its number the value to replace.
 * Multipliers, coverage and scale words are written the way plans write them.
 */
function targetTemplate(quantity: Quantity | undefined, metric: string | undefined): string {
  const name = escapeSnippet(metric ?? '指标');
  switch (quantity?.kind) {
    case 'multiplier':
      return `，\${1:${name}}较\${2:2025}年${escapeSnippet(quantity.raw)}`;
    case 'coverage':
      return `，实现\${1:${name}}全覆盖`;
    case 'scale':
      return `，\${1:${name}}达到\${2:${escapeSnippet(quantity.raw)}}`;
    case 'percent':
    case undefined: {
      const { value, unit, qualifier } = placeholderParts(quantity);
      return `，\${1:${name}}达到\${2:${escapeSnippet(value)}}\${3:${escapeSnippet(unit)}}${escapeSnippet(qualifier)}`;
    }
    default: {
      // Precedent metrics of counts are verb phrases (新建…平台, 获批…新药): plans write the number right after.
      const { value, unit, qualifier } = placeholderParts(quantity);
      return `，\${1:${name}}\${2:${escapeSnippet(value)}}\${3:${escapeSnippet(unit)}}${escapeSnippet(qualifier)}`;
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

/**
 * Inserts a quantity placeholder into an unquantified target statement, before its final `。`
 * (or `；`), so `…综合竞争力稳居全国第一方阵。` becomes `…第一方阵，指标达到N个。` with tab stops
 * on the metric, the number and the unit.
 *
 * @param statement the statement's range; the placeholder goes before its closing punctuation.
 * @param precedent a quantity a comparable precedent target used, and the phrase it measures.
 */
export function insertTargetPlaceholder(text: string, statement: Range, precedent?: { quantity: Quantity; metric?: string }): TextEdit {
  const offsets = new TextOffsets(text);
  let end = lastTextEnd(offsets, statement);
  if (end > offsets.offsetAt(statement.start) && sentenceEnds.has(text[end - 1])) end--;
  return insertion(offsets, end, targetTemplate(precedent?.quantity, precedent?.metric));
}
