import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ratedPrecedents } from '../src/core/precedents/confidence';
import { Bm25Index, type QueryTerm } from '../src/core/search/bm25Index';
import { foldUnitsInto, querySearchKey } from '../src/core/search/normalizeKey';
import { queryTerms } from '../src/core/search/queryTerms';
import { SearchEngine } from '../src/core/search/searchEngine';
import type { SearchCorpus } from '../src/core/search/types';
import { MemoryCacheStore } from '../src/core/userCorpus/cacheStore';
import { decodeText } from '../src/core/text/decodeText';
import { nodeFolderSource } from '../src/core/userCorpus/folderSource';
import { readProjectUserFile } from '../src/core/userCorpus/projectReader';
import { withUserDocuments } from '../src/core/userCorpus/toSearchCorpus';
import { UserCorpus } from '../src/core/userCorpus/userCorpus';
import { parseRetrievalItems, type RetrievalItem, type Retriever } from './retrievalMetrics';

/**
 * The cross-domain set (eval/retrieval-realworld-dev.jsonl): its relevant clauses lie in
 * realworld/docs, read as an own corpus exactly as `policy-draft search --corpus` reads it, beside
 * the bundled corpus. The baseline is a plain BM25 (k1 1.2, b 0.75, character bigrams) over the
 * raw files' non-empty lines, the yardstick the issue names; fuse.js is left out here, since at 35,000
 * clauses it takes minutes per whole-clause query (../shared/perf-notes.md).
 */

const topK = 5;

export interface RealworldRetrieval {
  items: RetrievalItem[];
  /** The project's own blind sets over the same documents, by file name, scored with the same systems. */
  own: { name: string; items: RetrievalItem[] }[];
  systems: Record<string, Retriever>;
  /** What was searched, for the report. */
  description: string;
}

export async function realworldRetrieval(shared: string, bundled: SearchCorpus, ownSets?: string): Promise<RealworldRetrieval | string> {
  const gold = join(shared, 'eval/retrieval-realworld-dev.jsonl');
  const docs = join(shared, 'realworld/docs');
  if (!existsSync(gold) || !existsSync(docs)) return `retrieval-realworld: skipped, ${existsSync(gold) ? docs : gold} is absent`;
  const items = parseRetrievalItems(readFileSync(gold, 'utf8'));
  const own =
    ownSets && existsSync(ownSets)
      ? readdirSync(ownSets)
          .filter((file) => file.endsWith('.jsonl'))
          .sort()
          .map((name) => ({ name, items: parseRetrievalItems(readFileSync(join(ownSets, name), 'utf8')) }))
      : [];

  const corpus = new UserCorpus({ store: new MemoryCacheStore(), read: readProjectUserFile });
  await corpus.addFolder(docs, nodeFolderSource(docs));
  const merged = withUserDocuments(bundled, corpus.documents());
  const engine = SearchEngine.build(merged);
  const texts = merged.clauses.map((c) => c.text);
  // As `policy-draft search --corpus` answers: a clause through the confidence layer (ordered by it,
  // silent under its floor), a few words as the palette.
  const ours: Retriever = (query, kind) =>
    (kind === 'hover' ? ratedPrecedents(engine, query, { limit: topK }).hits : engine.palette(query, { limit: topK })).map((hit) => texts[hit.clause]!);

  const paragraphs = [...bundled.clauses.map((c) => c.text), ...rawParagraphs(docs)];
  return {
    items,
    own,
    systems: { bm25: plainBm25(paragraphs), engine: ours },
    description: `${items.length} queries over ${merged.clauses.length} clauses (${corpus.documents().length} documents of ${docs} as an own corpus, and the bundled corpus); bm25 over ${paragraphs.length} raw paragraphs`,
  };
}

/** Every non-empty line of every file, as found: no cleaning, no structure. */
function rawParagraphs(docs: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(docs).sort()) {
    const decoded = decodeText(readFileSync(join(docs, name)));
    if (!decoded.ok) continue;
    for (const line of decoded.text.split(/\r\n?|\n/)) if (line.trim() !== '') out.push(line.trim());
  }
  return out;
}

/** Textbook BM25 over character bigrams (one-character queries by their character). */
function plainBm25(paragraphs: string[]): Retriever {
  let scratch: Uint16Array = new Uint16Array(1024);
  const index = Bm25Index.build(
    paragraphs.length,
    (i) => {
      const folded = foldUnitsInto(paragraphs[i]!, scratch);
      scratch = folded.units;
      return folded;
    },
    { k1: 1.2, b: 0.75, delta: 0 },
  );
  return (query) => {
    const parts = query
      .split(/\s+/u)
      .map(querySearchKey)
      .filter((part) => part.length > 0);
    const terms: QueryTerm[] = queryTerms(index, parts, { unigramWeight: 1, unigramsOnlyForSingles: true, markRequired: false });
    return index.search(terms, topK).map((candidate) => paragraphs[candidate.clause]!);
  };
}
