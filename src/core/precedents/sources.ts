import type { Settings } from '../config/settings';
import type { SearchCorpus, SearchDocument } from '../search/types';

/**
 * Which documents precedents and search come from, and which come first, as the drafter set it:
 * the bundled corpus on or off, own folders left out by name, a level, region or kind preferred.
 * Hovers and search say which sources they used, so a silent hover is never a mystery.
 */

export interface SourceChoice {
  includeBundled: boolean;
  /** Folder labels or paths (their last part or two is the label) left out. */
  excludeFolders: readonly string[];
  prefer: { level?: string; region?: string; kind?: string };
}

/** One source searched: the bundled corpus (no `folder`) or an own folder, with its document count. */
export interface SourceUsed {
  folder?: string;
  documents: number;
}

export function sourceChoice(settings: Settings): SourceChoice {
  const prefer: SourceChoice['prefer'] = {};
  if (settings['precedents.preferLevel']) prefer.level = settings['precedents.preferLevel'];
  if (settings['precedents.preferRegion']) prefer.region = settings['precedents.preferRegion'];
  if (settings['precedents.preferKind']) prefer.kind = settings['precedents.preferKind'];
  return { includeBundled: settings['precedents.includeBundled'], excludeFolders: settings['precedents.excludeFolders'], prefer };
}

export const everySource: SourceChoice = { includeBundled: true, excludeFolders: [], prefer: {} };

function leftOut(label: string, excluded: readonly string[]): boolean {
  return excluded.some((entry) => {
    const trimmed = entry.replace(/[\\/]+$/, '');
    return trimmed === label || trimmed.endsWith(`/${label}`) || trimmed.endsWith(`\\${label}`);
  });
}

/** Whether a document is searched under the choice. */
export function included(document: SearchDocument, choice: SourceChoice): boolean {
  return document.corpus === undefined ? choice.includeBundled : !leftOut(document.corpus, choice.excludeFolders);
}

/** How many of the preferences a document meets (a region matches by containment: 浙江 in 浙江省). */
export function preference(document: SearchDocument, choice: SourceChoice): number {
  const { level, region, kind } = choice.prefer;
  let met = 0;
  if (level && document.level === level) met++;
  if (region && document.region && (document.region.includes(region) || region.includes(document.region))) met++;
  if (kind && document.kind === kind) met++;
  return met;
}

/** The sources a search under the choice reads, bundled first, each with its document count. */
export function sourcesUsed(corpus: SearchCorpus, choice: SourceChoice): SourceUsed[] {
  const counts = new Map<string | undefined, number>();
  for (const document of corpus.documents) {
    if (!included(document, choice)) continue;
    counts.set(document.corpus, (counts.get(document.corpus) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => (a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([folder, documents]) => ({ ...(folder === undefined ? {} : { folder }), documents }));
}
