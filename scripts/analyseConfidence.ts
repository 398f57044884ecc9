import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  defaultAlone,
  defaultDecay,
  defaultFloor,
  defaultTail,
  evidenceOf,
  queryConfidence,
  resultConfidence,
  type QueryEvidence,
  type ResultEvidence,
} from '../src/core/precedents/confidence';
import { normalizeKey } from '../src/core/search/normalizeKey';
import { diversify, SearchEngine } from '../src/core/search/searchEngine';
import type { SearchHit } from '../src/core/search/types';
import { MemoryCacheStore } from '../src/core/userCorpus/cacheStore';
import { nodeFolderSource } from '../src/core/userCorpus/folderSource';
import { readProjectUserFile } from '../src/core/userCorpus/projectReader';
import { withUserDocuments } from '../src/core/userCorpus/toSearchCorpus';
import { UserCorpus } from '../src/core/userCorpus/userCorpus';
import { loadIndexedCorpus, repoRoot } from './loadIndexedCorpus';
import { fitLogistic, fitWithinQuery, type Sample } from './logisticFit';
import { parseRetrievalItems, scoreRetrieval, type RetrievalItem } from './retrievalMetrics';

/**
 * `tsx scripts/analyseConfidence.ts`: which five of the engine's ten candidates the hover shows,
 * measured on both corpora. The result model ("which candidate is a precedent") is refitted on the
 * candidates of the bundled in-domain sets, of the real-world own sets (test/fixtures/retrieval-realworld-own
 * over ../shared/realworld/docs, built as `npm run eval` builds that own corpus), or of both (each
 * corpus weighing the same), never on ../shared/eval/retrieval-realworld-dev.jsonl, the check. Feature
 * sets: today's (coverage, Dice, relative score), with the candidate's place in the engine's order,
 * and coverage and Dice standardised per corpus. Each fit is read two ways: `verdict`, today's floor,
 * alone level and tail decide how many are shown and the refitted model only which (so off-domain
 * counts cannot move), and `full`, the refitted model rates them with today's query model and
 * constants. One line per variant: every in-domain set's hit@1/recall@5 as the hover shows it, and
 * the off-domain results per clause. `today` reproduces `npm run eval`'s hover lines; `best in the
 * pool` is the ceiling of any reordering within today's verdict.
 */

const shared = resolve(repoRoot, '../shared');
const pool = 10;

interface Candidate {
  clause: number;
  doc: number;
  evidence: ResultEvidence;
  place: number;
  precedent: boolean;
  corpus: Corpus;
}
type Corpus = 'bundled' | 'real';
interface Query {
  item: RetrievalItem;
  evidence: QueryEvidence;
  candidates: Candidate[];
}
interface QuerySet {
  name: string;
  engine: SearchEngine;
  corpus: Corpus;
  fitted: boolean;
  offDomain: boolean;
  queries: Query[];
}

const hoverItems = (path: string): RetrievalItem[] => parseRetrievalItems(readFileSync(path, 'utf8')).filter((item) => item.kind === 'hover');
const offDomainItems = (path: string): RetrievalItem[] =>
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ ...(JSON.parse(line) as { id: string; query: string }), kind: 'hover' as const, relevant: [] }));
const jsonl = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();

function queriesOf(engine: SearchEngine, corpus: Corpus, items: RetrievalItem[]): Query[] {
  return items.map((item) => {
    const hits = engine.hover(item.query, { limit: pool });
    const evidence = evidenceOf(engine, item.query, hits);
    const holds = (text: string): boolean => item.relevant.some((entry) => normalizeKey(text).includes(normalizeKey(entry)));
    return {
      item,
      evidence: evidence.query,
      candidates: hits.map((hit, place) => ({
        clause: hit.clause,
        doc: engine.clause(hit.clause).doc,
        evidence: evidence.results[place]!,
        place,
        precedent: holds(engine.clause(hit.clause).text),
        corpus,
      })),
    };
  });
}

type Features = (c: Candidate) => number[];
type Order = (c: Candidate) => number;

/**
 * The hover's choice as `ratedPrecedents` makes it (floor, alone, tail, spread over documents),
 * with `order` choosing which candidates fill the places the verdict allows (`verdict`) or rating
 * them in full (`full`).
 */
function shown(query: Query, order: Order | undefined, mode: 'verdict' | 'full'): number[] {
  const q = queryConfidence(query.evidence);
  const byToday = query.candidates.map((c) => ({ c, confidence: q * resultConfidence(c.evidence) }));
  const byOrder = order ? query.candidates.map((c) => ({ c, confidence: mode === 'full' ? q * order(c) : order(c) })) : byToday;
  const sort = (list: typeof byToday): typeof byToday => [...list].sort((x, y) => y.confidence - x.confidence || x.c.clause - y.c.clause);
  const decided = sort(mode === 'full' ? byOrder : byToday);
  const best = decided[0]?.confidence ?? 0;
  const count = best < defaultFloor ? 0 : best < defaultAlone ? 1 : decided.filter((x) => x.confidence >= defaultAlone * defaultTail).length;
  const kept = sort(byOrder).slice(0, count);
  const chosen = new Set(
    diversify(
      kept.map((x): SearchHit & { doc: number } => ({ clause: x.c.clause, score: x.confidence, similarity: 0, doc: x.c.doc }) as SearchHit & { doc: number }),
      (hit) => (hit as SearchHit & { doc: number }).doc,
      5,
      defaultDecay,
    ).map((hit) => hit.clause),
  );
  return kept.filter((x) => chosen.has(x.c.clause)).map((x) => x.c.clause);
}

function line(label: string, sets: QuerySet[], order: Order | undefined, mode: 'verdict' | 'full'): string {
  const cells = sets.map((set) => {
    const answers = new Map(set.queries.map((q) => [q.item.query, shown(q, order, mode).map((clause) => set.engine.clause(clause).text)]));
    if (set.offDomain) {
      const counts = [...answers.values()].map((a) => a.length);
      return `${set.name} ${(counts.reduce((a, b) => a + b, 0) / counts.length).toFixed(2)}`;
    }
    const s = scoreRetrieval(
      set.queries.map((q) => q.item),
      (query) => answers.get(query)!,
    ).hover!;
    return `${set.name} ${s.hitAt1.toFixed(3)}/${s.recallAt5.toFixed(3)}`;
  });
  return `${label} | ${cells.join(' | ')}`;
}

async function main(): Promise<void> {
  const bundledCorpus = loadIndexedCorpus();
  const bundled = SearchEngine.build(bundledCorpus);
  const docs = join(shared, 'realworld/docs');
  const own = new UserCorpus({ store: new MemoryCacheStore(), read: readProjectUserFile });
  await own.addFolder(docs, nodeFolderSource(docs));
  const real = SearchEngine.build(withUserDocuments(bundledCorpus, own.documents()));

  const ownDir = resolve(repoRoot, 'test/fixtures/retrieval');
  const realOwnDir = resolve(repoRoot, 'test/fixtures/retrieval-realworld-own');
  const offDir = resolve(repoRoot, 'test/fixtures/offdomain');
  const set = (name: string, engine: SearchEngine, corpus: Corpus, items: RetrievalItem[], fitted: boolean, offDomain = false): QuerySet => ({
    name,
    engine,
    corpus,
    fitted,
    offDomain,
    queries: queriesOf(engine, corpus, items),
  });
  const sets: QuerySet[] = [
    set('dev', bundled, 'bundled', hoverItems(join(shared, 'eval/retrieval-dev.jsonl')), true),
    ...jsonl(ownDir).map((f) => set(f.replace('.jsonl', ''), bundled, 'bundled', hoverItems(join(ownDir, f)), true)),
    ...jsonl(realOwnDir).map((f) => set(`real ${f.replace('.jsonl', '')}`, real, 'real', hoverItems(join(realOwnDir, f)), true)),
    set('REAL-DEV (check)', real, 'real', hoverItems(join(shared, 'eval/retrieval-realworld-dev.jsonl')), false),
    ...jsonl(offDir).map((f) => set(`off ${f.replace('.jsonl', '')}`, bundled, 'bundled', offDomainItems(join(offDir, f)), false, true)),
  ];

  console.log(line('today', sets, undefined, 'verdict'));
  console.log(line('best in the pool', sets, (c) => (c.precedent ? 2 : 0) + 1 / (1 + c.place), 'verdict'));
  console.log(line('engine order', sets, (c) => 1 / (1 + c.place), 'verdict'));

  // Coverage of a long clause is not scale-free: standardise it, and Dice, by each corpus's fitted candidates.
  const scale = new Map<Corpus, { mean: number[]; sd: number[] }>();
  for (const corpus of ['bundled', 'real'] as const) {
    const xs = sets.filter((s) => s.fitted && s.corpus === corpus).flatMap((s) => s.queries.flatMap((q) => q.candidates.map((c) => [c.evidence.coverage, c.evidence.similarity])));
    const mean = [0, 1].map((i) => xs.reduce((sum, x) => sum + x[i]!, 0) / xs.length);
    const sd = [0, 1].map((i) => Math.sqrt(xs.reduce((sum, x) => sum + (x[i]! - mean[i]!) ** 2, 0) / xs.length));
    scale.set(corpus, { mean, sd });
    console.log(`${corpus}: coverage mean ${mean[0]!.toFixed(3)} sd ${sd[0]!.toFixed(3)}, Dice mean ${mean[1]!.toFixed(3)} sd ${sd[1]!.toFixed(3)}`);
  }
  const standardised = (c: Candidate): number[] => {
    const { mean, sd } = scale.get(c.corpus)!;
    return [(c.evidence.coverage - mean[0]!) / sd[0]!, (c.evidence.similarity - mean[1]!) / sd[1]!, c.evidence.relative];
  };
  const place = (c: Candidate): number => 1 / (1 + c.place);
  const features: Record<string, Features> = {
    today: (c) => [c.evidence.coverage, c.evidence.similarity, c.evidence.relative],
    'today+place': (c) => [c.evidence.coverage, c.evidence.similarity, c.evidence.relative, place(c)],
    standardised,
    'standardised+place': (c) => [...standardised(c), place(c)],
  };
  const logistic = (z: number): number => 1 / (1 + Math.exp(-z));
  const round = (w: number[]): string => w.map((v) => v.toFixed(2)).join(',');
  for (const [name, f] of Object.entries(features)) {
    for (const scope of ['bundled', 'real', 'both'] as const) {
      const fitted = sets.filter((s) => s.fitted && (scope === 'both' || s.corpus === scope));
      const size = new Map<Corpus, number>();
      for (const s of fitted) size.set(s.corpus, (size.get(s.corpus) ?? 0) + s.queries.reduce((n, q) => n + q.candidates.length, 0));
      const samples: Sample[] = fitted.flatMap((s) => s.queries.flatMap((q) => q.candidates.map((c) => ({ x: f(c), y: c.precedent, weight: 1 / size.get(c.corpus)! }))));
      const w = fitLogistic(samples, { steps: 8_000 });
      const order: Order = (c) => logistic(w[0]! + f(c).reduce((sum, v, i) => sum + v * w[i + 1]!, 0));
      for (const mode of ['verdict', 'full'] as const) console.log(line(`${name}, fitted on ${scope}, ${mode} [${round(w)}]`, sets, order, mode));
      const within = fitWithinQuery(fitted.flatMap((s) => s.queries.map((q) => q.candidates.map((c) => ({ x: f(c), y: c.precedent })))));
      const withinOrder: Order = (c) => logistic(f(c).reduce((sum, v, i) => sum + v * within[i]!, 0));
      console.log(line(`${name}, fitted within queries on ${scope}, verdict [${round(within)}]`, sets, withinOrder, 'verdict'));
    }
  }
}

main().catch((error: unknown) => {
  console.error(`analyseConfidence: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
