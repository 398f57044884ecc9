import { hasCutLines, sourcePosition, wordsStart, type SourceLine } from '../structure/lines';
import { readMarker } from '../structure/markers';
import { breaksOf, markerOf, markerValue, type NumberMarker, type NumberRun } from '../structure/numberingRuns';
import { buildOutline, type Outline, type OutlineNode } from '../structure/outline';
import { attachmentLine, firstPartLine, isFirstPart, opensWithAttachment, planBodyLine, readsAsPlanTitle } from '../structure/planBody';
import type { TextEdit } from './fix';
import { planRuns, renumber } from './numberingSequence';

/**
 * The edits that make room for a sibling written on `line` (a source line) with the number of the
 * one after it, as Word's numbering does: the check's fix for the repeat that follows it, so the
 * siblings after it in its run (never the next part's, nor the items under them) move up by one,
 * and so do items numbered on from them under the next parents (tasks 1.–20. over sections
 * （一）–（六）), up to a run that starts again at 1. None when the run was already broken there.
 */
export function renumberAfter(text: string, line: number): TextEdit[] {
  const outline = buildOutline(text);
  const runs = planRuns(outline);
  const onLine = (marker: NumberMarker) => marker.after !== '是' && sourcePosition(outline.lines, { line: marker.line, column: marker.start }).line === line;
  const at = runs.findIndex((run) => run.markers.some(onLine));
  const run = runs[at];
  if (!run) return [];
  return movedUp(
    run,
    run.markers.findIndex(onLine),
    runs.slice(at + 1).filter((later) => later.continues !== undefined),
    outline,
  );
}

/** A numbered clause about to be written into a draft, on a line of its own. */
export interface Insertion {
  /** The draft's line the clause's first line takes. */
  line: number;
  /** The clause's lines as they will be written. */
  lines: readonly string[];
  /** The clause goes in front of the text of `line`, which moves down; otherwise `line` is blank and the clause fills it. */
  before: boolean;
}

/**
 * `renumberAfter` for a clause not yet written, read from the draft's outline as it is (the one
 * its analysis holds) instead of parsing the whole draft again with the clause in it: on a draft
 * of 460,000 characters that parse held the server's thread 0.3–1.7 s. Only what the
 * clause can change is read: its own lines, the siblings of its parent and the runs of its level
 * after it. The edits are in the draft's positions. Undefined where the clause could change how
 * the rest of the draft reads (a hard-wrapped page, a table, a fence or a 专栏 around it, a clause
 * that holds a heading or a marker of its own level, a number run into a sentence after it): the
 * caller parses the draft with the clause in it there.
 */
export function renumberAfterInsertion(outline: Outline, insertion: Insertion): TextEdit[] | undefined {
  const { lines, nodes } = outline;
  const { line } = insertion;
  const at = lines[line];
  if (!at || hasCutLines(lines) || hardWrapped(lines)) return undefined;
  if (insertion.before ? at.kind === 'ignored' || at.kind === 'table' : at.kind !== 'blank') return undefined;
  // The line above reads the next line to tell a table: the clause must not be what it reads.
  if (lines[line - 1]?.folded.includes('|')) return undefined;
  const own = readClause(insertion.lines);
  if (!own) return undefined;
  if (!own.marker) return [];
  const rank = own.rank;
  const firstPart = firstPartLine(outline);
  const body = planBodyLine(outline);
  const end = attachmentLine(outline, body);
  // Where the plan begins is read up to its first part: a clause above it (or in a plan without one)
  // that is a first part itself, or holds a line read as a plan's title, could move it.
  if ((firstPart === undefined || line <= firstPart) && own.movesPlanStart) return undefined;
  // Above the plan's title the clause is in the issuing notice, which the count does not read.
  if (line <= body) return undefined;
  // In the attachments it joins no run: nothing after it moves.
  if (line > end) return [];
  const next = firstFrom(nodes, line);
  if (movesAttachments(outline, body, line)) return undefined;
  const previous = nodes[next - 1];
  if (!previous || previous.inBox || boxUnder(nodes, next, rank)) return undefined;
  if (numberRunIn(lines, line, countAgreesAt(lines, nodes, next, rank), rank, false)) return undefined;
  // The clauses open where it lands, as the outline's stack holds them; its parent is the nearest above its level.
  let parent: OutlineNode | undefined = previous.rank === Infinity ? previous.parent : previous;
  while (parent && parent.rank >= rank) parent = parent.parent;
  const inRun = (node: OutlineNode) => node.rank === rank && node.startLine >= body && node.startLine < end;
  const markerIn = (node: OutlineNode) => (inRun(node) ? markerOf(node, lines[node.startLine]!) : undefined);
  const siblings: NumberMarker[] = [];
  for (const node of parent ? parent.children : outline.roots) {
    const marker = markerIn(node);
    if (marker) siblings.push(marker);
  }
  const before = siblings.filter((marker) => marker.line < line);
  // Its run as the draft with the clause would read it (without `continues`: that only excuses a first sibling's number, never the repeat after the clause).
  const run: NumberRun = { markers: [...before, own.marker, ...siblings.slice(before.length)] };
  return movedUp(run, before.length, laterRuns(nodes, next, parent, markerIn), outline);
}

/**
 * The runs of the clause's level under later parents, in document order: a run under a parent numbers
 * on from the one before it (`numberingRuns`' `continues`), a run at the top does not.
 */
function laterRuns(nodes: readonly OutlineNode[], from: number, parent: OutlineNode | undefined, markerIn: (node: OutlineNode) => NumberMarker | undefined): NumberRun[] {
  const runs = new Map<OutlineNode, NumberRun>();
  for (let index = from; index < nodes.length; index++) {
    const node = nodes[index]!;
    const marker = markerIn(node);
    if (!marker || !node.parent || node.parent === parent) continue;
    let run = runs.get(node.parent);
    if (!run) runs.set(node.parent, (run = { markers: [] }));
    run.markers.push(marker);
  }
  return [...runs.values()];
}

/**
 * Whether the attachments could begin elsewhere with the clause in: they are looked for after the
 * plan's first numbered clause, which the clause becomes where it lands before it; a `附件` line
 * between the two would then be read as their start.
 */
function movesAttachments(outline: Outline, body: number, line: number): boolean {
  const firstNumbered = outline.nodes.find((node) => node.startLine >= body && node.clause.number !== undefined);
  if (firstNumbered && firstNumbered.startLine < line) return false;
  const to = firstNumbered ? firstNumbered.startLine : outline.lines.length;
  for (let index = line; index < to; index++) {
    if (opensWithAttachment(outline.lines[index]!)) return true;
  }
  return false;
}

/** The clause read on its own, where it reads the same within the draft; undefined where it might not. */
function readClause(texts: readonly string[]): { rank: number; marker?: NumberMarker; movesPlanStart: boolean } | undefined {
  const text = texts.join('\n');
  if (/[|｜]|```|~~~/u.test(text)) return undefined;
  const read = buildOutline(`${text}\n.`);
  // A comment left open would hide the draft's lines after it.
  if (read.lines.at(-1)!.kind === 'ignored') return undefined;
  const lines = read.lines.slice(0, -1);
  if (hasCutLines(read.lines) || lines.some((line) => line.joinsPrevious || line.headingLevel > 0 || opensBlock(line))) return undefined;
  const [first, ...rest] = read.nodes.filter((node) => node.startLine < lines.length);
  if (!first || first.startLine !== 0 || first.rank === Infinity || rest.some((node) => node.rank <= first.rank)) return undefined;
  if (numberRunIn(lines, 0, lines.length, first.rank, true)) return undefined;
  const marker = markerOf(first, lines[0]!);
  const movesPlanStart = lines.some(readsAsPlanTitle) || read.nodes.some(isFirstPart);
  return marker ? { rank: first.rank, marker, movesPlanStart } : { rank: first.rank, movesPlanStart };
}

/** A 专栏 or an attachment begins at the line: what follows it reads differently. */
function opensBlock(line: SourceLine): boolean {
  return line.folded.startsWith('专栏', wordsStart(line)) || opensWithAttachment(line);
}

/**
 * Whether a 专栏 opens before the next clause of the clause's level or above: it would belong to the
 * clause, and whether a number after it ends the box depends on its owner's number.
 */
function boxUnder(nodes: readonly OutlineNode[], from: number, rank: number): boolean {
  for (let index = from; index < nodes.length && nodes[index]!.rank > rank; index++) if (nodes[index]!.inBox) return true;
  return false;
}

/** A page whose lines were joined where they wrapped: how it reads depends on every line's width. */
function hardWrapped(lines: readonly SourceLine[]): boolean {
  for (const line of lines) if (line.joinsPrevious) return true;
  return false;
}

/** The first node at or after `line`. */
function firstFrom(nodes: readonly OutlineNode[], line: number): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (nodes[mid]!.startLine < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Where the parser's count at the clause's level is the same again in the draft with the clause as
 * in the draft: a number of that level run into a sentence is read as a clause where it goes on from
 * that count, which the clause changes from where it stands on (into later parts too: a count
 * carries across them) up to a `1` of its level at the start of a line, which both count alike.
 */
function countAgreesAt(lines: readonly SourceLine[], nodes: readonly OutlineNode[], from: number, rank: number): number {
  for (let index = from; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.rank !== rank || node.clause.number === undefined || markerValue(node.clause.number) !== 1) continue;
    const line = lines[node.startLine]!;
    // The count reads a line's own marker only where nothing but blanks stands before it, and not in a table row.
    if (line.text.slice(0, line.contentStart).trim() === '' && !line.folded.includes('|')) return node.startLine;
  }
  return lines.length;
}

/** After a sentence or a note ends, a marker (`。（三）`, `；3.`, `）2、`) could begin a clause. */
const afterClauseEnd = /[。;!?:)][\s"”’」』)]*(?=[(第一二三四五六七八九十0-9\u2460-\u2473])/g;

/** Whether lines [from, to) hold a marker at `rank` (or above, `orAbove`) mid-line, after a clause end. */
function numberRunIn(lines: readonly SourceLine[], from: number, to: number, rank: number, orAbove: boolean): boolean {
  for (let index = from; index < to; index++) {
    const folded = lines[index]!.folded;
    // `exec` on the one expression: a line with no match (nearly every one) costs no iterator or array.
    afterClauseEnd.lastIndex = 0;
    for (let match = afterClauseEnd.exec(folded); match; match = afterClauseEnd.exec(folded)) {
      const marker = readMarker(folded, match.index + match[0].length);
      if (marker?.number && (marker.rank === rank || (orAbove && marker.rank < rank))) return true;
    }
  }
  return false;
}

/** The edits for a clause at `index` of `run`: its siblings after it, and `later`, the runs that number on from them. */
function movedUp(run: NumberRun, index: number, later: readonly NumberRun[], outline: Outline): TextEdit[] {
  const inserted = run.markers[index]!;
  const next = run.markers[index + 1];
  const found = next && breaksOf(run).find((b) => b.marker === next && b.kind === 'repeat');
  if (next && !found) return [];
  const edits = found ? renumber(found, outline).edits : [];
  // The last number the run had before the insertion; the runs numbered on from it follow it.
  let last = next ? run.markers[run.markers.length - 1]!.value : inserted.value - 1;
  for (const runOn of later) {
    const first = runOn.markers[0]!;
    if (!sameForm(first, inserted)) continue;
    if (first.value !== last + 1) break;
    const from = first.value + 1;
    last = runOn.markers[runOn.markers.length - 1]!.value;
    const onward = { marker: first, kind: 'gap' as const, expected: from, renumbered: () => runOn.markers.map((marker, k) => ({ marker, value: from + k })) };
    edits.push(...renumber(onward, outline).edits);
  }
  return edits;
}

function sameForm(a: NumberMarker, b: NumberMarker): boolean {
  return a.script === b.script && a.before === b.before && a.after === b.after;
}
