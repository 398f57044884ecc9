import { renumberAfter, renumberAfterInsertion } from '../checks/renumberAfter';
import { replacement, type TextEdit } from '../checks/fix';
import { TextOffsets } from '../checks/textOffsets';
import type { Range } from '../model';
import { readLines, type SourceLine } from '../structure/lines';
import type { Outline } from '../structure/outline';
import { rank as ranks, readMarker, type Marker } from '../structure/markers';
import { markerValue, scriptOf, writeNumber } from '../structure/numberingRuns';
import { foldWidth } from '../structure/width';
import { draftUnitContext, type DraftPlace } from '../units/draftPlace';
import { headingShown } from '../text/headingShown';
import { unitsAtLevel } from '../units/unitsAtLevel';

/**
 * A precedent made ready to land in a draft, as a drafter would retype it: its own number
 * (`（一）`, `3.`) replaced by the next number of the run where it lands, its "whole jurisdiction"
 * words (`全省`, `我省`) and the bodies of its responsibility note (`省教育厅` → `市教育局`) in the
 * draft's level, and, where the draft's format allows a comment, a note naming the document and
 * clause it came from, so a reviewer can tell borrowed text from the drafter's own. Nothing else of
 * the precedent's wording changes: that is the drafter's call.
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
  /** The draft's lines as read (`readLines(draft)`), when its analysis already holds them. */
  lines?: readonly SourceLine[];
}

/** Where the clause goes: after the line at the cursor (a blank line, a clause's end) or in front of it. */
type Side = 'after' | 'before';

/** The precedent's text as it should be inserted (`text` is the corpus clause as stored). */
export function precedentForInsert(text: string, context: InsertContext): string {
  return prepared(text, context, 'after');
}

/** `before`: the clause goes in front of the line at the cursor and takes its number. */
function prepared(text: string, context: InsertContext, side: Side): string {
  const lines = context.lines ?? readLines(context.draft);
  const renumbered = renumberForInsert(text, lines, context.line, side);
  const adapted = context.place.level ? unitsAtLevel(adaptJurisdiction(renumbered, context.place.level), context.place) : renumbered;
  if (!context.source) return adapted;
  return `${adapted}\n${sourceNote(context.source)}${context.followedByText ? '\n' : ''}`;
}

/**
 * The whole insertion as one change (one undo step): the clause made ready at `range`, and the
 * siblings after it in the run where it lands moved up by one, as Word's numbering would, with the
 * numbering check's own renumbering. Non-overlapping edits on the draft as it is. `outline` is the
 * draft's as its analysis read it (`buildOutline(draft)`): with it, only what the clause changes is
 * read, not the whole draft again.
 */
export function insertionEdits(text: string, context: Omit<InsertContext, 'line' | 'followedByText' | 'lines'> & { range: Range; outline?: Outline }): TextEdit[] {
  const offsets = TextOffsets.of(context.draft);
  const { start: from, end: to } = context.range;
  const lines = context.outline?.lines;
  // At the start of a line with text (`|（三）…`) the clause takes that line's place, on a line of its own.
  const followedByText = offsets.line(to.line).slice(to.column).trim() !== '';
  const atLineStart = followedByText && offsets.line(from.line).slice(0, from.column).trim() === '';
  const ready = atLineStart
    ? `${prepared(text, { ...context, line: from.line, ...(lines ? { lines } : {}) }, 'before')}\n`
    : prepared(text, { ...context, line: from.line, followedByText, ...(lines ? { lines } : {}) }, 'after');
  // The draft's own line ends: a CRLF file gets no lone \n from the note or the corpus.
  const clause = ready.replace(/\r\n|\r|\n/gu, offsets.eol);
  const start = offsets.offsetAt(context.range.start);
  const end = offsets.offsetAt(context.range.end);
  const clauseLines = clause.split(/\r\n|\r|\n/u);
  // An unnumbered clause joins no run: nothing moves, and the draft need not be read again.
  if (!clauseMarker(clauseLines[0]!)) return [replacement(context.range, clause)];
  // A clause on a line of its own (in front of a line's text, or on a blank line) read against the draft's outline.
  const onItsOwnLine = start === end && (atLineStart || offsets.line(from.line).trim() === '');
  const read = context.outline && onItsOwnLine ? renumberAfterInsertion(context.outline, { line: from.line, lines: clauseLines, before: atLineStart }) : undefined;
  const following = read ?? renumberedInDraft(context.draft, clause, context.range, offsets);
  // A number right where the clause goes (`|1. …`) is rewritten in the same edit: editors order two edits at one place as they like.
  const touching = following[0] && offsets.offsetAt(following[0].range.start) === end ? following.shift() : undefined;
  if (touching) return [replacement({ start: context.range.start, end: touching.range.end }, clause + touching.newText), ...following];
  return [replacement(context.range, clause), ...following];
}

/** The siblings after the clause moved up, read from the whole draft with the clause in it; in the draft's positions as it is. */
function renumberedInDraft(draft: string, clause: string, range: Range, offsets: TextOffsets): TextEdit[] {
  const start = offsets.offsetAt(range.start);
  const end = offsets.offsetAt(range.end);
  const after = draft.slice(0, start) + clause + draft.slice(end);
  const inserted = new TextOffsets(after);
  // Only the siblings after the clause: their places in the draft as it is, before the insertion.
  const back = (position: Range['start']) => offsets.positionAt(inserted.offsetAt(position) - clause.length + (end - start));
  return renumberAfter(after, range.start.line)
    .filter((edit) => inserted.offsetAt(edit.range.start) >= start + clause.length)
    .map((edit) => replacement({ start: back(edit.range.start), end: back(edit.range.end) }, edit.newText));
}

/** A corpus clause as Insert precedent lands it: its text, and the document and headings its note names. */
export interface InsertedClause extends PrecedentSource {
  text: string;
}

/** A draft as the editor holds it, with the drafter's selection. */
export interface InsertTarget {
  text: string;
  range: Range;
  /** Only Markdown has a comment for the source note. */
  markdown: boolean;
  /** `precedents.insertSourceNote`. */
  sourceNote: boolean;
  /** The draft's outline, when its analysis read exactly `text`. */
  outline?: Outline;
}

/**
 * Insert precedent on a draft as an editor holds it: the language server's request and the
 * extension's fallback (a document the server does not hold) both come here, so they agree.
 */
export function precedentInsertion(clause: InsertedClause, target: InsertTarget): TextEdit[] {
  return insertionEdits(clause.text, {
    draft: target.text,
    range: target.range,
    place: draftUnitContext(target.text).place,
    ...(target.outline ? { outline: target.outline } : {}),
    ...(target.markdown && target.sourceNote ? { source: { document: clause.document, path: clause.path } } : {}),
  });
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
  const where = [`《${source.document}》`, ...source.path.map((heading) => headingShown(heading))].join(' › ');
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

/** A numbered line's marker written with another number, in that line's own form (`2、` → `3、`). */
function markerWith(line: SourceLine, marker: Marker, value: number): string | undefined {
  const at = line.folded.indexOf(marker.number!, line.contentStart);
  if (at < 0) return undefined;
  return `${line.text.slice(line.contentStart, at)}${writeNumber(value, scriptOf(marker.number!))}${line.text.slice(at + marker.number!.length, marker.bodyStart)}`;
}

/**
 * The first number of the level below a heading: in the form of the heading's first child when it
 * has one (`1、` stays `1、`), else in the standard's.
 */
function firstUnder(lines: readonly SourceLine[], cursorLine: number, heading: Marker, level: number): string {
  for (let index = cursorLine + 1; index < lines.length; index++) {
    const line = lines[index]!;
    const marker = line.marker;
    if (!marker?.number || marker.kind === 'dash') continue;
    if (marker.rank <= heading.rank || marker.rank !== level) break;
    return markerWith(line, marker, 1) ?? standardMarker[level]!(1);
  }
  return standardMarker[level]!(1);
}

/**
 * The marker the clause takes at `cursorLine`: the next number of the nearest numbered line at or
 * above it, in that line's own form (`2.` → `3.`, `（二）` → `（三）`), or, under a heading with no
 * sibling before the cursor, the first number one level below it (in the clause's own level when
 * that is lower).
 */
function markerAt(lines: readonly SourceLine[], cursorLine: number, own: Marker, side: Side): string | undefined {
  const at = lines[cursorLine];
  // In front of a numbered clause, the clause takes its number: `|（三）…` → `（三）`.
  if (side === 'before' && at?.marker?.number && at.marker.kind !== 'dash' && !isHeading(at, at.marker)) {
    const value = markerValue(at.marker.number);
    return value === undefined ? undefined : markerWith(at, at.marker, value);
  }
  for (let index = Math.min(side === 'before' ? cursorLine - 1 : cursorLine, lines.length - 1); index >= 0; index--) {
    const line = lines[index]!;
    const marker = line.marker;
    if (!marker?.number || marker.kind === 'dash') continue;
    if (isHeading(line, marker)) {
      const level = marker.rank < own.rank && standardMarker[own.rank] ? own.rank : levelsBelow.find((below) => below > marker.rank);
      return level === undefined ? undefined : firstUnder(lines, cursorLine, marker, level);
    }
    const value = markerValue(marker.number);
    return value === undefined ? undefined : markerWith(line, marker, value + 1);
  }
  return undefined;
}

/** An item's marker (`1.`), as a clause of that level brings it. */
const itemMarker = clauseMarker('1. 任务')!.marker;

/**
 * The marker a new item takes after the line at `cursorLine`, in its run's form (`3、` after `2、`,
 * `1. ` under a heading with no item yet), as Insert precedent numbers one; undefined where the run
 * is not numbered so.
 */
export function nextItemMarker(lines: readonly SourceLine[], cursorLine: number): string | undefined {
  return markerAt(lines, cursorLine, itemMarker, 'after');
}

/** The clause with its own number replaced by the one it takes where it lands; unnumbered text as is. */
export function renumberForInsert(text: string, lines: readonly SourceLine[], cursorLine: number, side: Side = 'after'): string {
  const firstBreak = text.search(/\r\n|\r|\n/u);
  const first = firstBreak < 0 ? text : text.slice(0, firstBreak);
  const own = clauseMarker(first);
  if (!own) return text;
  const next = markerAt(lines, cursorLine, own.marker, side);
  if (next === undefined) return text;
  return `${first.slice(0, own.contentStart)}${next}${text.slice(own.marker.bodyStart)}`;
}
