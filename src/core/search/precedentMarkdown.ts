import type { TargetComparison } from './compareTargets';
import { escapeMarkdown } from './markdownEscape';
import type { DiffSegment } from './markDifferences';
import type { SearchClause, SearchDocument } from './types';

/**
 * The hover's Markdown, built in the core so the escaping is unit-tested with hostile text: every
 * piece of corpus or draft text goes through `escapeMarkdown`; only the links built here from
 * `commandLink` are live. Labels arrive already localised from the adapter.
 */

export interface PrecedentEntry {
  clause: SearchClause;
  document: SearchDocument;
  /** 0–1. */
  similarity: number;
  /** The precedent text split into shared and differing parts. */
  segments: DiffSegment[];
  /** Documents of the clauses folded into this one; the entry's own document is not named again. */
  alsoIn: SearchDocument[];
}

export interface TargetRow {
  comparison: TargetComparison;
  document: SearchDocument;
}

export interface HoverLabels {
  heading: string;
  /** E.g. `相似度 {0}%` with the figure already put in. */
  similarity(percent: number): string;
  open: string;
  insert: string;
  alsoIn: string;
  targetsHeading: string;
  targetColumns: [document: string, deadline: string, quantity: string, metric: string];
}

/** A command link target; the adapter makes `command:` URIs, tests make plain strings. */
export type CommandLink = (action: 'open' | 'insert', entry: SearchClause, document: SearchDocument) => string;

export function precedentMarkdown(entries: PrecedentEntry[], targets: TargetRow[], labels: HoverLabels, link: CommandLink): string {
  const blocks: string[] = [`**${escapeMarkdown(labels.heading)}**`];
  for (const entry of entries) {
    const { document, clause } = entry;
    const facts = [document.level, document.year === undefined ? undefined : String(document.year), labels.similarity(Math.round(entry.similarity * 100))]
      .filter((fact): fact is string => fact !== undefined)
      .map(escapeMarkdown);
    const lines = [`**${escapeMarkdown(document.shortName)}** · ${facts.join(' · ')}`];
    if (clause.path.length > 0) lines.push(`*${escapeMarkdown(clause.path.join(' › '))}*`);
    lines.push(`> ${entry.segments.map(markSegment).join('')}`);
    // A folded restatement may sit in the shown clause's own document: name other documents, once each.
    const others = [...new Set(entry.alsoIn)].filter((d) => d !== document);
    if (others.length > 0) lines.push(`${escapeMarkdown(labels.alsoIn)} ${others.map((d) => escapeMarkdown(d.shortName)).join('、')}`);
    lines.push(`[${escapeMarkdown(labels.open)}](${link('open', clause, document)}) · [${escapeMarkdown(labels.insert)}](${link('insert', clause, document)})`);
    blocks.push(lines.join('\n\n'));
  }
  if (targets.length > 0) {
    const header = `| ${labels.targetColumns.map(escapeMarkdown).join(' | ')} |`;
    const rule = `| ${labels.targetColumns.map(() => '---').join(' | ')} |`;
    const rows = targets.map(({ comparison, document }) => {
      const cells = [document.shortName, comparison.deadline === undefined ? '—' : String(comparison.deadline), comparison.quantities.join('、'), comparison.metric ?? comparison.text];
      return `| ${cells.map(escapeMarkdown).join(' | ')} |`;
    });
    blocks.push(`**${escapeMarkdown(labels.targetsHeading)}**\n\n${[header, rule, ...rows].join('\n')}`);
  }
  return blocks.join('\n\n---\n\n');
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
