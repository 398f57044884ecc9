import { readLines, type SourceLine } from '../structure/lines';
import { rank as ranks, readMarker, type Marker } from '../structure/markers';
import { numberValue } from '../structure/chineseNumerals';
import { writeNumber } from '../structure/numberingRuns';
import { foldWidth } from '../structure/width';
import type { DraftPlace } from '../units/draftPlace';

/**
 * A precedent made ready to land in a draft, as a drafter would retype it: its own number
 * (`（一）`, `3.`) replaced by the next number of the run where it lands, its "whole jurisdiction"
 * words (`全省`, `我省`) in the draft's level, and, where the draft's format allows a comment, a
 * note naming the document and clause it came from, so a reviewer can tell borrowed text from
 * the drafter's own. Nothing else of the precedent's wording changes: that is the drafter's call.
 */

export interface PrecedentSource {
  /** The document's full title. */
  document: string;
  /** The clause's heading path in it (`三、重点任务 › （二）…`). */
  path: readonly string[];
}

export interface InsertContext {
  /** The draft's text before the insertion. */
  draft: string;
  /** 0-based line of the cursor: the clause takes the place of the next sibling there. */
  line: number;
  place: DraftPlace;
  /** The note to add after the clause; absent for none (plain text has no comment syntax). */
  source?: PrecedentSource;
  /** Text follows the cursor on its line: the note, a line of its own, must not swallow it. */
  followedByText?: boolean;
}

/** The precedent's text as it should be inserted (`text` is the corpus clause as stored). */
export function precedentForInsert(text: string, context: InsertContext): string {
  const lines = readLines(context.draft);
  const renumbered = renumberForInsert(text, lines, context.line);
  const adapted = context.place.level ? adaptJurisdiction(renumbered, context.place.level) : renumbered;
  if (!context.source) return adapted;
  return `${adapted}\n${sourceNote(context.source)}${context.followedByText ? '\n' : ''}`;
}

/**
 * `全省` → `全市`, `我省` → `我市` in a 市 plan; `全市场` is no jurisdiction, and a cited title
 * (`《关于促进全省生物医药产业高质量发展的若干政策措施》`) is quoted as issued.
 */
export function adaptJurisdiction(text: string, level: NonNullable<DraftPlace['level']>): string {
  return text
    .split(/(《[^《》]*》)/u)
    .map((part) => (part.startsWith('《') ? part : part.replace(/([全我本])(省|市|区|县)(?![域场民情])/gu, (_match, head: string) => `${head}${level}`)))
    .join('');
}

/** A Markdown comment naming the source; `--` (which would end the comment early) never passes. */
export function sourceNote(source: PrecedentSource): string {
  const where = [`《${source.document}》`, ...source.path].join(' › ');
  return `<!-- 先例来源：${where.replace(/-{2,}/gu, '—').replace(/[\r\n]+/gu, ' ')} -->`;
}

/** A clause's marker and where its content starts, read from its first line. */
function clauseMarker(line: string): { marker: Marker; contentStart: number } | undefined {
  const folded = foldWidth(line);
  const contentStart = folded.length - folded.trimStart().length;
  const marker = readMarker(folded, contentStart);
  return marker?.number ? { marker, contentStart } : undefined;
}

/** The standard marker of each numbering level (GB/T 9704-2012), for a run the draft has not begun. */
const standardMarker: Record<number, (value: number) => string> = {
  [ranks.part]: (n) => `${writeNumber(n, 'chinese')}、`,
  [ranks.section]: (n) => `（${writeNumber(n, 'chinese')}）`,
  [ranks.item]: (n) => `${n}. `,
  [ranks.parenItem]: (n) => `（${n}）`,
  [ranks.circledItem]: (n) => writeNumber(n, 'circled'),
};
const levelsBelow = [ranks.part, ranks.section, ranks.item, ranks.parenItem, ranks.circledItem];

/** A line that names a part or section and says nothing more (`（二）重点任务`, `## 三、保障措施`). */
function isHeading(line: SourceLine, marker: Marker): boolean {
  if (line.headingLevel > 0) return true;
  const body = line.text.slice(marker.bodyStart).trim();
  return body.length <= 30 && !/[。；;]/u.test(body);
}

/**
 * The marker the clause takes at `cursorLine`: the next number of the nearest numbered line at or
 * above it, in that line's own form (`2.` → `3.`, `（二）` → `（三）`), or, under a heading with no
 * sibling yet, the first number one level below it (in the clause's own level when that is lower).
 */
function markerAt(lines: readonly SourceLine[], cursorLine: number, own: Marker): string | undefined {
  for (let index = Math.min(cursorLine, lines.length - 1); index >= 0; index--) {
    const line = lines[index]!;
    const marker = line.marker;
    if (!marker?.number || marker.kind === 'dash') continue;
    if (isHeading(line, marker) && marker.rank < own.rank && standardMarker[own.rank]) return standardMarker[own.rank]!(1);
    if (isHeading(line, marker)) {
      const below = levelsBelow.find((level) => level > marker.rank);
      return below === undefined ? undefined : standardMarker[below]!(1);
    }
    const value = numberValue(marker.number) ?? (marker.rank === ranks.circledItem ? marker.number.charCodeAt(0) - 0x2460 + 1 : undefined);
    const at = line.folded.indexOf(marker.number, line.contentStart);
    if (value === undefined || at < 0) return undefined;
    const script = /^[0-9]+$/u.test(marker.number) ? 'digits' : marker.rank === ranks.circledItem ? 'circled' : 'chinese';
    return `${line.text.slice(line.contentStart, at)}${writeNumber(value + 1, script)}${line.text.slice(at + marker.number.length, marker.bodyStart)}`;
  }
  return undefined;
}

/** The clause with its own number replaced by the one it takes where it lands; unnumbered text as is. */
export function renumberForInsert(text: string, lines: readonly SourceLine[], cursorLine: number): string {
  const firstBreak = text.search(/\r\n|\r|\n/u);
  const first = firstBreak < 0 ? text : text.slice(0, firstBreak);
  const own = clauseMarker(first);
  if (!own) return text;
  const next = markerAt(lines, cursorLine, own.marker);
  if (next === undefined) return text;
  return `${first.slice(0, own.contentStart)}${next}${text.slice(own.marker.bodyStart)}`;
}
