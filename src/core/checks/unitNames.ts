import Fuse from 'fuse.js';
import { allClauses } from '../corpus/corpusIndex';
import type { ParsedPlan } from '../model';
import { isSeparator } from '../structure/tableBlock';
import { unitColumnWords } from '../units/decompositionTable';

/**
 * Unit-name completion inside a responsibility annotation or a table's unit column: where the
 * drafter is typing a name, and which names of the corpus (and of the user's settings) fit what
 * was typed.
 */

/** Where a unit name is being typed inside `（责任单位：A、B|`. */
export interface AnnotationSlot {
  /** Column where the name being typed starts (after `：` or a separator). */
  start: number;
  /** What has been typed of it so far. */
  prefix: string;
  /** Names already listed in the annotation, not offered again. */
  listed: string[];
}

/** Labels that open a list of responsible bodies. */
const labels = ['责任单位', '牵头单位', '配合单位', '责任部门', '牵头部门', '配合部门', '参与单位'];
const colons = new Set(['：', ':']);
const separators = new Set(['、', '，', ',', '；', ';', '：', ':']);
const closers = new Set(['）', ')', '。', '\n']);

/**
 * Finds the annotation slot at a cursor: the nearest label + colon before it on the line, with no
 * closing bracket between them. Scans backwards; no pattern matching over the line.
 */
export function annotationSlotAt(line: string, column: number): AnnotationSlot | undefined {
  const before = line.slice(0, column);
  let labelEnd = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before.charAt(i);
    if (closers.has(c)) return undefined;
    if (colons.has(c) && labels.some((label) => before.endsWith(label, i))) {
      labelEnd = i + 1;
      break;
    }
  }
  if (labelEnd === -1) return undefined;
  let start = before.length;
  while (start > labelEnd && !separators.has(before.charAt(start - 1))) start--;
  const listed = splitNames(before.slice(labelEnd, start));
  return { start, prefix: before.slice(start).trim(), listed };
}

/** How far up a table is followed to its header: a 任务分解表 has tens of rows, not thousands. */
const maxTableRows = 500;

/**
 * The slot at a cursor in a Markdown table cell whose column header names responsible units
 * (`责任单位`, `牵头部门` …), as in a 任务分解表. `lineAt` gives the document's lines; the header is
 * the first line of the table the cursor's line belongs to.
 */
export function tableCellSlotAt(lineAt: (line: number) => string, line: number, column: number): AnnotationSlot | undefined {
  const text = foldPipes(lineAt(line));
  if (!isTableLine(text) || isSeparator(text)) return undefined;
  let top = line;
  while (top > 0 && line - top < maxTableRows && isTableLine(foldPipes(lineAt(top - 1)))) top--;
  if (top === line) return undefined;
  const pipes = pipeColumns(text).filter((at) => at < column);
  const cell = text.trimStart().startsWith('|') ? pipes.length - 1 : pipes.length;
  const header = cellsOf(foldPipes(lineAt(top)));
  if (cell < 0 || !unitColumnWords.some((word) => header[cell]?.includes(word))) return undefined;
  const cellStart = pipes.length > 0 ? pipes[pipes.length - 1]! + 1 : 0;
  const before = text.slice(cellStart, column);
  let start = before.length;
  while (start > 0 && !separators.has(before[start - 1]!)) start--;
  const skipped = before.slice(start).length - before.slice(start).trimStart().length;
  return { start: cellStart + start + skipped, prefix: before.slice(start).trim(), listed: splitNames(before.slice(0, start)) };
}

/** `｜` typed with the input method in full-width mode is a pipe too; same length, so columns hold. */
function foldPipes(line: string): string {
  return line.replaceAll('｜', '|');
}

function isTableLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith('|') || (trimmed.includes('|') && trimmed.endsWith('|'));
}

/** Columns of the unescaped pipes of a row. */
function pipeColumns(line: string): number[] {
  const columns: number[] = [];
  for (let at = 0; at < line.length; at++) if (line[at] === '|' && line[at - 1] !== '\\') columns.push(at);
  return columns;
}

function cellsOf(row: string): string[] {
  const pipes = pipeColumns(row);
  const bounds = row.trimStart().startsWith('|') ? pipes : [-1, ...pipes];
  return bounds.map((at, i) => row.slice(at + 1, bounds[i + 1] ?? row.length).trim());
}

function splitNames(text: string): string[] {
  const names = [''];
  for (const c of text) {
    if (separators.has(c)) names.push('');
    else names[names.length - 1] += c;
  }
  return names.map((name) => name.trim()).filter((name) => name.length > 0);
}

/** Every unit the parser found assigned in the corpus plans, most often assigned first. */
export function corpusUnitNames(plans: readonly ParsedPlan[]): string[] {
  const counts = new Map<string, number>();
  for (const plan of plans) {
    for (const clause of allClauses(plan)) {
      for (const unit of clause.units) {
        for (const name of [...unit.lead, ...unit.support]) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([name]) => name);
}

/**
 * How loosely `typed` runs through `name` in order: 0 for a substring, more for each skipped
 * character, undefined when it does not. Drafters type abbreviations (`发改委` for `省发展改革委`,
 * `卫健委` for `省卫生健康委`), which are subsequences, not substrings.
 */
function subsequenceGaps(typed: string, name: string): number | undefined {
  const direct = name.indexOf(typed);
  if (direct !== -1) return 0;
  let at = -1;
  let first = -1;
  for (const c of typed) {
    at = name.indexOf(c, at + 1);
    if (at === -1) return undefined;
    if (first === -1) first = at;
  }
  return at - first + 1 - typed.length;
}

/**
 * Ranks candidate names against what was typed: abbreviations and substrings first (fewest skipped
 * characters, then the given order, i.e. frequency), then Fuse.js matches, which forgive a wrong
 * character from the input method (`科技听` finds `省科技厅`). With nothing typed the order stands.
 */
export function rankUnitNames(names: readonly string[], slot: AnnotationSlot, limit = 50): string[] {
  const unique = [...new Set(names)].filter((name) => !slot.listed.includes(name));
  if (slot.prefix.length === 0) return unique.slice(0, limit);
  const close = unique
    .map((name, order) => ({ name, order, gaps: subsequenceGaps(slot.prefix, name) }))
    .filter((c): c is { name: string; order: number; gaps: number } => c.gaps !== undefined)
    .sort((a, b) => a.gaps - b.gaps || a.order - b.order)
    .map((c) => c.name);
  const fuse = new Fuse(unique, { ignoreLocation: true, threshold: 0.4 });
  const loose = fuse
    .search(slot.prefix, { limit })
    .map((result) => result.item)
    .filter((name) => !close.includes(name));
  return [...close, ...loose].slice(0, limit);
}
