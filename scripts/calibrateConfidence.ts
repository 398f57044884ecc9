import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import {
  calibration,
  defaultAlone,
  defaultDecay,
  defaultFloor,
  defaultPool,
  defaultTail,
  evidenceOf,
  ratedPrecedents,
  type Calibration,
  type PrecedentOptions,
  type QueryEvidence,
  type ResultEvidence,
} from '../src/core/precedents/confidence';
import { normalizeKey } from '../src/core/search/normalizeKey';
import { SearchEngine } from '../src/core/search/searchEngine';
import { loadIndexedCorpus, repoRoot } from './loadIndexedCorpus';
import { fitLogistic as fit } from './logisticFit';
import { parseRetrievalItems, scoreRetrieval, type RetrievalItem } from './retrievalMetrics';

/**
 * `npm run calibrate [-- SHARED_DIR] [--fit] [--heldout]`: the precedent confidence
 * (src/core/precedents/confidence.ts) on the gold sets. With `--fit` it refits the logistic
 * weights on
 *   - in-domain: the hover queries of ../shared/eval/retrieval-dev.jsonl and test/fixtures/retrieval/*.jsonl
 *     (a result is positive when it contains a relevant entry, as the eval scores it);
 *   - off-domain: test/fixtures/offdomain/calibration.jsonl and the hover queries of
 *     ../shared/eval/retrieval-realworld-dev.jsonl, over the bundled corpus alone (their
 *     precedents lie in ../shared/realworld; a result containing a relevant entry still counts).
 * and prints the weights to paste into `calibration`. Then, for a grid of floors, the trade-off:
 * in-domain hit@1 and recall@5 as the hover shows them at that floor, and the off-domain
 * results per query. `--heldout` adds test/fixtures/offdomain/blind-*.jsonl, kept out of the fit.
 * `--tails` prints the grid for several tails (`--tail 0.1,0.2` for those given); `--floors 0.4,0.45` and `--alone 0.45,0.5` choose the
 * floors and the levels under which the best is shown alone (rows floor/alone); `--pool N` and
 * `--decay D` try another candidate pool or spread (`ratedPrecedents`' options). `--misses` says,
 * for every relevant entry of an in-domain set the hover does not show, why: (a) the engine does
 * not offer it among the candidates, (b) the floor silenced the clause or the tail cut it, (c) it
 * was offered and kept but five others were shown first.
 */

const OffDomainSchema = z.object({ id: z.string(), kind: z.literal('hover'), query: z.string().min(1), note: z.string().optional() });

function offDomain(path: string): RetrievalItem[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ ...OffDomainSchema.parse(JSON.parse(line)), relevant: [] }));
}

interface Sample {
  /** The query's evidence, and whether its set is in-domain (or a precedent was found among its candidates). */
  query: { evidence: QueryEvidence; positive: boolean };
  results: { evidence: ResultEvidence; positive: boolean }[];
}

function main(argv: string[]): void {
  const positional = argv.filter((arg, i) => !arg.startsWith('--') && !['--pool', '--floors', '--alone', '--decay', '--tail'].includes(argv[i - 1] ?? ''));
  const shared = resolve(positional[0] ?? resolve(repoRoot, '../shared'));
  const engine = SearchEngine.build(loadIndexedCorpus());
  const hover = (items: RetrievalItem[]): RetrievalItem[] => items.filter((item) => item.kind === 'hover');
  const inDomain: Record<string, RetrievalItem[]> = {
    'retrieval-dev': hover(parseRetrievalItems(readFileSync(join(shared, 'eval/retrieval-dev.jsonl'), 'utf8'))),
  };
  const ownDir = resolve(repoRoot, 'test/fixtures/retrieval');
  for (const name of readdirSync(ownDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    inDomain[name] = hover(parseRetrievalItems(readFileSync(join(ownDir, name), 'utf8')));
  }
  const offDir = resolve(repoRoot, 'test/fixtures/offdomain');
  const outside: Record<string, RetrievalItem[]> = {
    'offdomain/calibration': offDomain(join(offDir, 'calibration.jsonl')),
    'realworld-dev (bundled corpus)': hover(parseRetrievalItems(readFileSync(join(shared, 'eval/retrieval-realworld-dev.jsonl'), 'utf8'))),
  };
  const heldOut: Record<string, RetrievalItem[]> = {};
  if (argv.includes('--heldout')) {
    for (const name of readdirSync(offDir)
      .filter((f) => f.startsWith('blind-') && f.endsWith('.jsonl'))
      .sort())
      heldOut[`offdomain/${name} (held out)`] = offDomain(join(offDir, name));
  }

  const poolArg = argv.indexOf('--pool');
  const pool = poolArg >= 0 ? Number(argv[poolArg + 1]) : defaultPool;
  const decayArg = argv.indexOf('--decay');
  const decay = decayArg >= 0 ? Number(argv[decayArg + 1]) : defaultDecay;
  let weights = calibration;
  if (argv.includes('--fit')) {
    const inside = Object.values(inDomain)
      .flat()
      .map((item) => samplesOf(engine, item, true, pool));
    const beyond = Object.values(outside)
      .flat()
      .map((item) => samplesOf(engine, item, false, pool));
    const queries = [...inside, ...beyond].map((s) => s.query);
    // Which candidate is a precedent is learnt where there are precedents to find.
    const results = inside.flatMap((s) => s.results);
    weights = {
      query: fit(queries.map((q) => ({ x: [q.evidence.best, q.evidence.similar], y: q.positive }))) as Calibration['query'],
      result: fit(results.map((r) => ({ x: [r.evidence.coverage, r.evidence.similarity, r.evidence.relative], y: r.positive }))) as Calibration['result'],
    };
    console.log(
      `fitted on ${queries.length} queries (${queries.filter((q) => q.positive).length} with precedents) and ${results.length} candidates (${results.filter((r) => r.positive).length} precedents):`,
    );
    const round = (w: number[]): number[] => w.map((v) => Number(v.toFixed(3)));
    console.log(JSON.stringify({ query: round(weights.query), result: round(weights.result) }));
  }

  if (argv.includes('--misses')) {
    for (const [name, items] of Object.entries(inDomain)) printMisses(engine, name, items, { limit: 5, weights, pool, decay });
  }

  const floorsArg = argv.indexOf('--floors');
  const floors = floorsArg >= 0 ? argv[floorsArg + 1]!.split(',').map(Number) : [0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.42, 0.44, 0.45, 0.46, 0.48, 0.5, 0.6];
  const alonesArg = argv.indexOf('--alone');
  const alones = alonesArg >= 0 ? argv[alonesArg + 1]!.split(',').map(Number) : [defaultAlone];
  const tailArg = argv.indexOf('--tail');
  const tails = tailArg >= 0 ? argv[tailArg + 1]!.split(',').map(Number) : argv.includes('--tails') ? [0, 0.25, 0.5, 0.75, 1] : [defaultTail];
  for (const tail of tails) {
    console.log(`\ntail ${tail}`);
    console.log(
      `\nfloor/alone  ${[...Object.keys(inDomain).map((n) => `${n} hit@1/recall@5`), ...[...Object.keys(outside), ...Object.keys(heldOut)].map((n) => `${n} results/query`)].join(' | ')}`,
    );
    const rows = floors.flatMap((floor) => [...new Set(alones.map((alone) => Math.max(floor, alone)))].map((alone) => ({ floor, alone })));
    for (const { floor, alone } of rows) {
      const cells: string[] = [];
      const retrieve = (query: string): string[] =>
        ratedPrecedents(engine, query, { limit: 5, floor, alone, tail, weights, pool, decay }).hits.map((hit) => engine.clause(hit.clause).text);
      for (const items of Object.values(inDomain)) {
        const s = scoreRetrieval(items, retrieve).hover!;
        cells.push(`${s.hitAt1.toFixed(3)}/${s.recallAt5.toFixed(3)}`);
      }
      for (const items of [...Object.values(outside), ...Object.values(heldOut)]) {
        const counts = items.map((item) => retrieve(item.query).filter((text) => !containsRelevant(item, text)).length);
        cells.push((counts.reduce((a, b) => a + b, 0) / counts.length).toFixed(2));
      }
      const chosen = floor === defaultFloor && alone === defaultAlone ? '*' : ' ';
      console.log(`${floor.toFixed(2)}/${alone.toFixed(2)}${chosen} ${cells.join(' | ')}`);
    }
  }
}

/** Why each relevant entry the hover leaves out is left out, one line each, then the tally. */
function printMisses(engine: SearchEngine, name: string, items: RetrievalItem[], options: PrecedentOptions): void {
  const floor = options.floor ?? defaultFloor;
  const alone = Math.max(floor, options.alone ?? defaultAlone);
  const tail = alone * (options.tail ?? defaultTail);
  const tally = new Map<string, number>();
  for (const item of items) {
    const shown = ratedPrecedents(engine, item.query, options).hits.map((hit) => normalizeKey(engine.clause(hit.clause).text));
    const candidates = ratedPrecedents(engine, item.query, { ...options, floor: 0, tail: 0, limit: options.limit * (options.pool ?? defaultPool) }).hits;
    const best = candidates[0]?.confidence ?? 0;
    const deeper = engine.related(item.query, 400).map((c) => c.clause);
    for (const entry of item.relevant) {
      const key = normalizeKey(entry);
      if (shown.some((text) => text.includes(key))) continue;
      const holds = (clause: number): boolean => normalizeKey(engine.clause(clause).text).includes(key);
      const candidate = candidates.find((hit) => holds(hit.clause));
      const cause = candidate
        ? best < floor
          ? 'b floor: clause silenced'
          : best < alone
            ? 'b alone: the best shown alone'
            : candidate.confidence < tail
              ? 'b tail: cut'
              : 'c kept, five shown first'
        : `a not a candidate (engine rank ${deeper.findIndex(holds) + 1 || '>400'})`;
      const kind = cause.replace(/ \(.*/, '');
      tally.set(kind, (tally.get(kind) ?? 0) + 1);
      console.log(`${name} ${item.id} ${cause}${candidate ? ` (confidence ${candidate.confidence.toFixed(3)}, best ${best.toFixed(3)})` : ''}: ${entry}`);
    }
  }
  console.log(`${name} misses: ${[...tally].map(([kind, n]) => `${kind} ${n}`).join('; ')}\n`);
}

function containsRelevant(item: RetrievalItem, text: string): boolean {
  const key = normalizeKey(text);
  return item.relevant.some((entry) => key.includes(normalizeKey(entry)));
}

/** The engine's candidates for a query as the confidence layer sees them (twice the shown places). */
function samplesOf(engine: SearchEngine, item: RetrievalItem, inDomain: boolean, pool: number): Sample {
  const hits = engine.hover(item.query, { limit: 5 * pool });
  const evidence = evidenceOf(engine, item.query, hits);
  const results = evidence.results.map((e, i) => ({ evidence: e, positive: containsRelevant(item, engine.clause(hits[i]!.clause).text) }));
  return { query: { evidence: evidence.query, positive: inDomain || results.some((r) => r.positive) }, results };
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`calibrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
