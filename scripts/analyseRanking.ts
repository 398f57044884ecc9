import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ratedPrecedents } from '../src/core/precedents/confidence';
import { normalizeKey } from '../src/core/search/normalizeKey';
import { defaultTuning, SearchEngine, type Tuning } from '../src/core/search/searchEngine';
import type { SearchCorpus } from '../src/core/search/types';
import { MemoryCacheStore } from '../src/core/userCorpus/cacheStore';
import { nodeFolderSource } from '../src/core/userCorpus/folderSource';
import { readProjectUserFile } from '../src/core/userCorpus/projectReader';
import { withUserDocuments } from '../src/core/userCorpus/toSearchCorpus';
import { UserCorpus } from '../src/core/userCorpus/userCorpus';
import { loadIndexedCorpus, repoRoot } from './loadIndexedCorpus';
import { parseRetrievalItems, scoreRetrieval, type RetrievalItem } from './retrievalMetrics';

/**
 * `tsx scripts/analyseRanking.ts [--misses] ['{"tuning":"overrides"}' …]`: the hover figures of
 * every retrieval set (bundled dev, own, own-2; real-world dev and own over ../shared/realworld/docs)
 * for the default tuning and each variant given as JSON, with both corpora built once per variant.
 * With `--misses`, for each relevant entry missing from a real-world query's top five: the place of
 * its clause in the engine's pool, and what ranked above it with its score.
 */

const shared = resolve(repoRoot, '../shared');
const topK = 5;

interface Sets {
  bundled: SearchCorpus;
  real: SearchCorpus;
  bundledSets: { name: string; items: RetrievalItem[] }[];
  realSets: { name: string; items: RetrievalItem[] }[];
}

async function load(): Promise<Sets> {
  const bundled = loadIndexedCorpus();
  const read = (path: string): RetrievalItem[] => parseRetrievalItems(readFileSync(path, 'utf8'));
  const ownDir = resolve(repoRoot, 'test/fixtures/retrieval');
  const realOwnDir = resolve(repoRoot, 'test/fixtures/retrieval-realworld-own');
  const bundledSets = [
    { name: 'dev', items: read(join(shared, 'eval/retrieval-dev.jsonl')) },
    ...readdirSync(ownDir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((name) => ({ name, items: read(join(ownDir, name)) })),
  ];
  const realSets = [
    { name: 'real-ret', items: read(join(shared, 'eval/retrieval-realworld-dev.jsonl')) },
    ...readdirSync(realOwnDir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((name) => ({ name: `real-${name.replace('.jsonl', '')}`, items: read(join(realOwnDir, name)) })),
  ];
  const docs = join(shared, 'realworld/docs');
  const corpus = new UserCorpus({ store: new MemoryCacheStore(), read: readProjectUserFile });
  await corpus.addFolder(docs, nodeFolderSource(docs));
  return { bundled, real: withUserDocuments(bundled, corpus.documents()), bundledSets, realSets };
}

function offDomain(engine: SearchEngine): string {
  const dir = resolve(repoRoot, 'test/fixtures/offdomain');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((name) => {
      const queries = readFileSync(join(dir, name), 'utf8')
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .map((l) => String(JSON.parse(l).query));
      const shown = queries.map((q) => ratedPrecedents(engine, q, { limit: topK }).hits.length);
      return `${name} ${(shown.reduce((a, b) => a + b, 0) / queries.length).toFixed(2)}`;
    })
    .join('  ');
}

function figures(engine: SearchEngine, sets: { name: string; items: RetrievalItem[] }[]): string[] {
  const texts = engine.corpus.clauses.map((c) => c.text);
  return sets.map(({ name, items }) => {
    const s = scoreRetrieval(items, (query, kind) =>
      (kind === 'hover' ? ratedPrecedents(engine, query, { limit: topK }).hits : engine.palette(query, { limit: topK })).map((h) => texts[h.clause]!),
    );
    const raw = scoreRetrieval(items, (query, kind) => (kind === 'hover' ? engine.hover(query, { limit: topK }) : []).map((h) => texts[h.clause]!)).hover;
    const f = (k: 'hover' | 'palette'): string => (s[k] ? `${k} ${s[k].hitAt1.toFixed(3)}/${s[k].recallAt5.toFixed(3)}/${s[k].mrr.toFixed(3)}` : '');
    const r = raw ? `raw ${raw.hitAt1.toFixed(3)}/${raw.recallAt5.toFixed(3)}/${raw.mrr.toFixed(3)}` : '';
    return `${name.padEnd(12)} ${f('hover')}  ${r}  ${f('palette')}`;
  });
}

function misses(engine: SearchEngine, items: RetrievalItem[]): void {
  const keys = engine.corpus.clauses.map((c) => normalizeKey(c.text));
  for (const item of items.filter((i) => i.kind === 'hover')) {
    const shown = ratedPrecedents(engine, item.query, { limit: topK }).hits;
    const pool = engine.hover(item.query, { limit: 60 });
    const rel = item.relevant.map(normalizeKey);
    const isRel = (clause: number): boolean => rel.some((r) => keys[clause]!.includes(r));
    console.log(`\n## ${item.id} ${item.query.slice(0, 60)}`);
    shown.forEach((h, i) =>
      console.log(
        `  shown ${i + 1} ${isRel(h.clause) ? 'REL' : '   '} conf=${h.confidence.toFixed(2)} score=${h.score.toFixed(1)} len=${keys[h.clause]!.length} ${engine.corpus.clauses[h.clause]!.text.replace(/\s+/g, '').slice(0, 70)}`,
      ),
    );
    for (const r of rel) {
      if (shown.some((h) => keys[h.clause]!.includes(r))) continue;
      const clause = keys.findIndex((k) => k.includes(r));
      const at = pool.findIndex((h) => keys[h.clause]!.includes(r) || h.duplicates.some((d) => keys[d]!.includes(r)));
      console.log(`  miss ${r} pool@${at < 0 ? '-' : at + 1} len=${clause < 0 ? '?' : keys[clause]!.length}${at >= 0 ? ` score=${pool[at]!.score.toFixed(1)}` : ''}`);
    }
  }
}

async function main(argv: string[]): Promise<void> {
  const started = performance.now();
  const sets = await load();
  console.log(`loaded in ${Math.round(performance.now() - started)} ms`);
  const variants: Partial<Tuning>[] = [{}, ...argv.filter((a) => a.startsWith('{')).map((a) => JSON.parse(a) as Partial<Tuning>)];
  for (const variant of variants) {
    const tuning = { ...defaultTuning, ...variant };
    const bundled = SearchEngine.build(sets.bundled, tuning);
    const real = SearchEngine.build(sets.real, tuning);
    console.log(`\n# ${JSON.stringify(variant)}`);
    for (const line of [...figures(bundled, sets.bundledSets), ...figures(real, sets.realSets)]) console.log(line);
    console.log(`off-domain ${offDomain(bundled)}`);
    // CPU of the real-world hovers, median of five rounds (a shared machine is noisy).
    const queries = sets.realSets.flatMap((set) => set.items.filter((i) => i.kind === 'hover').map((i) => i.query));
    const rounds = Array.from({ length: 5 }, () => {
      const before = process.cpuUsage();
      for (const q of queries) ratedPrecedents(real, q, { limit: topK });
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 1000 / queries.length;
    }).sort((a, b) => a - b);
    console.log(`real-world hover CPU per query, median of 5: ${rounds[2]!.toFixed(1)} ms`);
    if (argv.includes('--misses')) for (const set of sets.realSets) misses(real, set.items);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
