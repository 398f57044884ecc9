import { escapeMarkdown } from './markdownEscape';
import type { TargetComparison } from '../core/search/compareTargets';
import { sharedShare, type DiffSegment } from '../core/search/markDifferences';
import type { SearchClause, SearchDocument } from '../core/search/types';
import { wordEndAtOrBefore, wordSpans } from '../core/text/wordSpans';
import { findOutdatedNames } from '../core/units/outdatedNames';
import { headingShown } from '../core/text/headingShown';

/**
 * The hover's Markdown, kept free of the editor API so its escaping is unit-tested with hostile
 * text: every piece of corpus or draft text goes through `escapeMarkdown`; only the links built
 * from `link` are live. Labels arrive already localised from the adapter.
 *
 * The layout puts what a drafter reads first at the top and keeps it short: the target comparison
 * (when the clause states a target), then the precedents by confidence, each a one-line heading
 * with its links, the text (the best one's first 240 characters, the others' first 90), and a line
 * naming where it sits; the sources searched close it. With no precedent over the floor
 * it says so in one line, with the sources, instead of showing noise.
 */

export interface PrecedentEntry {
  clause: SearchClause;
  document: SearchDocument;
  /** 0–1, the figure the entries are ordered by. */
  confidence: number;
  /** The precedent text split into shared and differing parts. */
  segments: DiffSegment[];
  /** The draft clause compared, to judge whether marking the differences helps. */
  draft: string;
  /** Documents of the clauses folded into this one; the entry's own document is not named again. */
  alsoIn: SearchDocument[];
  /** Body names a reform replaced, by where they end in the precedent text, with their current names. */
  renamed: RenamedInText[];
}

/** An old body name in a precedent (`市卫生计生委` ending at `end`) and what it is called now. */
export interface RenamedInText {
  end: number;
  /** With the level prefix as the precedent writes it: `市卫生健康委`. */
  current: readonly string[];
}

/** The old body names of a precedent text, each with its current names at the precedent's level. */
export function renamedInText(text: string): RenamedInText[] {
  return findOutdatedNames(text).map(({ start, end, current }) => {
    const prefix = /[省市区县]$/u.exec(text.slice(0, start))?.[0] ?? '';
    return { end, current: current.map((name) => `${prefix}${name}`) };
  });
}

export interface TargetRow {
  comparison: TargetComparison;
  document: SearchDocument;
}

export interface HoverLabels {
  heading: string;
  /** E.g. `可信度 62%` with the figure already put in. */
  confidence(percent: number): string;
  open: string;
  insert: string;
  alsoIn: string;
  /** Heading of the comparison, naming the draft's metric and quantity when it has them. */
  targetsHeading(metric: string | undefined, quantity: string | undefined): string;
  /** The plan period shown when a precedent's sentence states no year, e.g. `2021–2025（规划期）`. */
  period(from: number, to: number): string;
  /** `The corpus holds no close precedent of this clause.` */
  noPrecedent: string;
  /** `Searched: {0}` with the sources already joined. */
  searched(sources: string): string;
  /** The note after an old body name, e.g. `（现市卫生健康委）` with the names already joined. */
  currentName(names: string): string;
}

export interface HoverContent {
  entries: PrecedentEntry[];
  targets: TargetRow[];
  /** The draft target compared, when the clause states one. */
  draftTarget?: { metric?: string; quantity?: string };
  /** The sources searched, each already described (`内置语料库（5 份）`). */
  sources: string[];
}

/** A command link target; the adapter makes `command:` URIs, tests make plain strings. */
export type CommandLink = (action: 'open' | 'insert', entry: SearchClause, document: SearchDocument) => string;

/** Below this share of the shorter text in common, marking differences would bold almost everything: shown plain. */
export const plainBelow = 0.25;

export function precedentMarkdown(content: HoverContent, labels: HoverLabels, link: CommandLink): string {
  const blocks: string[] = [];
  if (content.targets.length > 0) blocks.push(targetBlock(content, labels));
  if (content.entries.length === 0) {
    blocks.push(`**${escapeMarkdown(labels.noPrecedent)}** ${escapeMarkdown(labels.searched(content.sources.join('、')))}`);
    return blocks.join('\n\n---\n\n');
  }
  const entries = content.entries.map((entry, i) => entryBlock(entry, labels, link, i === 0 ? labels.heading : undefined, i === 0 ? bestExcerpt : otherExcerpt));
  blocks.push(...entries);
  blocks.push(`*${escapeMarkdown(labels.searched(content.sources.join('、')))}*`);
  return blocks.join('\n\n---\n\n');
}

/**
 * Characters of a precedent shown: the best one at some length, the others as a line or two, so
 * the best shows whole in the editor's hover without scrolling even under a target comparison.
 * Open shows a precedent whole; Insert inserts it whole.
 */
export const bestExcerpt = 240;
export const otherExcerpt = 90;

/** The segments' first `max` characters, cut between words (a number whole with its unit), `…` after. */
function excerpt(segments: readonly DiffSegment[], max: number): DiffSegment[] {
  const text = segments.map((s) => s.text).join('');
  if (text.length <= max) return [...segments];
  const boundary = wordEndAtOrBefore(wordSpans(text.slice(0, max + 1)), max);
  const cut = boundary >= max / 2 ? boundary : max;
  const out: DiffSegment[] = [];
  let offset = 0;
  for (const segment of segments) {
    if (offset >= cut) break;
    out.push({ ...segment, text: segment.text.slice(0, cut - offset) });
    offset += segment.text.length;
  }
  out.push({ text: '…', differs: false });
  return out;
}

function entryBlock(entry: PrecedentEntry, labels: HoverLabels, link: CommandLink, heading: string | undefined, shown: number): string {
  const { document, clause } = entry;
  const facts = [document.level, document.year === undefined ? undefined : String(document.year), labels.confidence(Math.round(entry.confidence * 100))]
    .filter((fact): fact is string => fact !== undefined)
    .map(escapeMarkdown);
  // One line of who, how sure and what to do with it; the text; one line of where it sits.
  const links = [`[${escapeMarkdown(labels.open)}](${link('open', clause, document)})`, `[${escapeMarkdown(labels.insert)}](${link('insert', clause, document)})`];
  const title = [`**${escapeMarkdown(document.shortName)}**`, ...facts, ...links].join(' · ');
  const lines = [heading === undefined ? title : `${escapeMarkdown(heading)}: ${title}`];
  const plain = sharedShare(entry.segments, entry.draft) < plainBelow;
  const segments = plain ? [{ text: entry.segments.map((s) => s.text).join(''), differs: false }] : entry.segments;
  lines.push(`> ${withCurrentNames(excerpt(segments, shown), entry.renamed, labels)}`);
  const where = clause.path.length > 0 ? [`*${escapeMarkdown(clause.path.map((heading) => headingShown(heading)).join(' › '))}*`] : [];
  // A folded restatement may sit in the shown clause's own document: name other documents, once each.
  const others = [...new Set(entry.alsoIn)].filter((d) => d !== document);
  const also = others.length > 0 ? [`${escapeMarkdown(labels.alsoIn)} ${others.map((d) => escapeMarkdown(d.shortName)).join('、')}`] : [];
  if (where.length + also.length > 0) lines.push([...where, ...also].join(' · '));
  return lines.join('\n\n');
}

/** `全省生物医药产业规模` and `全市生物医药产业规模` measure the same thing, each in its own place. */
const sameMetric = (a: string, b: string | undefined): boolean => b !== undefined && a.replace(/^全[省市区县]/u, '') === b.replace(/^全[省市区县]/u, '');

/**
 * How precedents quantified the target, one line each — the quantity, the metric when it is not the
 * draft's, the place and kind of plan, the year — not a table: a table's wrapped cells filled the
 * editor's hover before the best precedent could show.
 */
function targetBlock(content: HoverContent, labels: HoverLabels): string {
  const heading = labels.targetsHeading(content.draftTarget?.metric, content.draftTarget?.quantity);
  const rows = content.targets.map(({ comparison, document }) => {
    const when =
      comparison.deadline !== undefined
        ? String(comparison.deadline)
        : document.period
          ? labels.period(document.period.from, document.period.to)
          : document.year !== undefined
            ? String(document.year)
            : undefined;
    const metric = comparison.metric ?? comparison.text;
    const source = document.region ? [document.region, document.kind].filter((part) => part !== undefined).join(' ') : document.shortName;
    const parts = [sameMetric(metric, content.draftTarget?.metric) ? undefined : metric, source, when].filter((part): part is string => part !== undefined);
    return `**${escapeMarkdown(comparison.quantity)}** ${parts.map(escapeMarkdown).join(' · ')}`;
  });
  // Two spaces before a line break: a line break within one paragraph, no paragraph spacing.
  return `**${escapeMarkdown(heading)}**  \n${rows.join('  \n')}`;
}

/**
 * The precedent's text with differences in bold and, after each body name a reform replaced, its
 * current name (`市卫生计生委（现市卫生健康委）`): a drafter copying from a 2017 plan sees the name
 * to write now.
 */
function withCurrentNames(segments: readonly DiffSegment[], renamed: readonly RenamedInText[], labels: HoverLabels): string {
  const notes = [...renamed].sort((a, b) => a.end - b.end);
  let out = '';
  let offset = 0;
  let next = 0;
  for (const segment of segments) {
    const end = offset + segment.text.length;
    let from = offset;
    while (next < notes.length && notes[next]!.end <= end) {
      const note = notes[next++]!;
      if (note.end < from) continue;
      out += markSegment({ text: segment.text.slice(from - offset, note.end - offset), differs: segment.differs });
      out += escapeMarkdown(labels.currentName(note.current.join('/')));
      from = note.end;
    }
    out += markSegment({ text: segment.text.slice(from - offset), differs: segment.differs });
    offset = end;
  }
  return out;
}

const edge = /[\s\p{P}\p{S}]/u;

/**
 * Differences in bold. Emphasis only opens and closes next to a letter when the delimiter is not
 * beside punctuation (CommonMark's flanking rules), so punctuation at a part's edges stays outside.
 */
function markSegment(segment: DiffSegment): string {
  const chars = [...segment.text];
  if (!segment.differs) return escapeMarkdown(segment.text);
  let start = 0;
  let end = chars.length;
  while (start < end && edge.test(chars[start]!)) start++;
  while (end > start && edge.test(chars[end - 1]!)) end--;
  if (start === end) return escapeMarkdown(segment.text);
  const [head, core, tail] = [chars.slice(0, start), chars.slice(start, end), chars.slice(end)].map((part) => escapeMarkdown(part.join('')));
  return `${head}**${core}**${tail}`;
}
