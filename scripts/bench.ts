import { availableParallelism } from 'node:os';
import Fuse from 'fuse.js';
import { SearchEngine } from '../src/core/search/searchEngine';
import { benchServer } from './benchServer';
import { benchCliSearch, cliSearchTargets } from './benchCliSearch';
import { benchUserCorpus } from './benchUserCorpus';
import { loadIndexedCorpus, option } from './loadIndexedCorpus';
import { hoverQueries, paletteQueries, sentencesOf, syntheticCorpus } from './syntheticCorpus';

/**
 * `npm run bench [-- --json] [--index FILE]`: builds synthetic corpora of 1k, 10k and 100k clauses
 * from the bundled corpus and measures, in this one process, the engine's build time, the heap
 * its index holds, and hover and palette query latency; fuse.js is timed on the same hover
 * queries at 10k clauses, and a user's corpus folder of generated plans is indexed (`--user-files N`,
 * default 500); the language server is driven through the protocol on a 20,000-character draft
 * (scripts/benchServer.ts, needs `npm run build`); last, `policy-draft search` runs over
 * ../shared/realworld/docs (`--shared DIR`) as whole processes, with a cold and a warm cache. With
 * --json the last line is one JSON object of the engine's figures, the lines before it the own
 * corpus's (with the CLI's) and the server's.
 */

const sizes = [1_000, 10_000, 100_000];
const queryCount = 200;
/** fuse.js takes seconds per whole-clause query at 10k clauses; this many keep the run short. */
const fuseQueryCount = 12;
const fuseSize = 10_000;

interface Latency {
  p50: number;
  p95: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs `warmup` queries untimed (JIT), then times each of `queries`. */
function time(queries: string[], run: (query: string) => unknown, warmup = 10): Latency {
  for (const query of queries.slice(0, warmup)) run(query);
  const samples = queries.map((query) => {
    const started = performance.now();
    run(query);
    return performance.now() - started;
  });
  samples.sort((a, b) => a - b);
  const round = (ms: number): number => Number(ms.toFixed(3));
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
}

function collect(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc (npm run bench does)');
  gc();
  gc();
  // Typed arrays live outside the JS heap proper; the index is mostly typed arrays.
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const base = loadIndexedCorpus(option(argv, '--index'));
  const sentences = sentencesOf(base.clauses.map((c) => c.text));
  const hover = hoverQueries(sentences, queryCount, 7);
  const palette = paletteQueries(sentences, queryCount, 11);
  console.log(`bench: ${sentences.length} corpus sentences recombined; ${hover.length} hover and ${palette.length} palette queries per size`);
  const results = [];
  let fuseResult: { clauses: number; hover: Latency } | undefined;
  for (const clauses of sizes) {
    const corpus = syntheticCorpus(sentences, clauses, clauses);
    const before = collect();
    const started = performance.now();
    let engine: SearchEngine | undefined = SearchEngine.build(corpus);
    const buildMs = Math.round(performance.now() - started);
    const heapMB = Number(((collect() - before) / 2 ** 20).toFixed(1));
    const hoverLatency = time(hover, (q) => engine!.hover(q, { limit: 3 }));
    const paletteLatency = time(palette, (q) => engine!.palette(q, { limit: 20 }));
    results.push({ clauses, buildMs, heapMB, hover: hoverLatency, palette: paletteLatency });
    console.log(
      `${String(clauses).padStart(6)} clauses  build ${buildMs} ms  heap ${heapMB} MB  hover p50/p95 ${hoverLatency.p50}/${hoverLatency.p95} ms  palette p50/p95 ${paletteLatency.p50}/${paletteLatency.p95} ms`,
    );
    if (clauses === fuseSize) {
      const fuse = new Fuse(
        corpus.clauses.map((c) => c.text),
        { ignoreLocation: true, includeScore: true, threshold: 0.6 },
      );
      const fuseHover = time(hover.slice(0, fuseQueryCount), (q) => fuse.search(q, { limit: 3 }), 1);
      fuseResult = { clauses, hover: fuseHover };
      const ratio = (fuseHover.p50 / hoverLatency.p50).toFixed(0);
      console.log(`${String(clauses).padStart(6)} clauses  fuse.js hover p50/p95 ${fuseHover.p50}/${fuseHover.p95} ms over ${fuseQueryCount} queries (${ratio}× the engine's p50)`);
    }
    engine = undefined;
  }
  // Own corpus (issue 7, scripts/benchUserCorpus.ts): indexing a folder of generated plans.
  const userCorpus = await benchUserCorpus(Number(option(argv, '--user-files') ?? 500), base);
  console.log(
    `own corpus  ${userCorpus.files} files (${userCorpus.clauses} clauses): cold ${userCorpus.coldFilesPerSec} files/s, warm (cached) ${userCorpus.warmFilesPerSec} files/s, one changed file ${userCorpus.changedFileMs} ms, engine rebuild over ${userCorpus.searchClauses} clauses ${userCorpus.engineRebuildMs} ms`,
  );
  // The language server through the protocol (issue 13, scripts/benchServer.ts).
  const server = await benchServer();
  console.log(
    `language server  ${server.draftChars}-character draft: edit → diagnostics p50/p95 ${server.editToDiagnostics.p50}/${server.editToDiagnostics.p95} ms over ${server.edits} edits, hover p50/p95 ${server.hover.p50}/${server.hover.p95} ms over ${server.hovers} (a clause not hovered before ${server.hoverNewClause.p50}/${server.hoverNewClause.p95}), Insert precedent p50/p95 ${server.insertPrecedent.p50}/${server.insertPrecedent.p95} ms, ${server.analyses} analyses for ${server.analysedVersions} versions, a burst of ${server.burst.versions} keystrokes cost ${server.burst.analyses}`,
  );
  if (server.hugeInsertPrecedent) {
    const huge = server.hugeInsertPrecedent;
    console.log(`language server  Insert precedent on a ${huge.draftChars}-character hostile draft p50/p95 ${huge.p50}/${huge.p95} ms over ${huge.samples} lines spread over it`);
  }
  // The CLI over the real documents as an own corpus (issue 11): whole processes, cold and warm cache.
  const cliSearch = benchCliSearch(option(argv, '--shared'));
  console.log(
    typeof cliSearch === 'string'
      ? cliSearch
      : `cli search --corpus realworld/docs  cold ${cliSearch.coldMs} ms (median of 3${cpu(cliSearch.coldCpuS)}; target ≤ ${cliSearchTargets.coldMs}), warm ${cliSearch.warmMs} ms (median of 5${cpu(cliSearch.warmCpuS)}; target ≤ ${cliSearchTargets.warmMs}), no cache ${cliSearch.noCacheMs} ms, process start included; load ${cliSearch.load.join(' → ')} on ${availableParallelism()} cores`,
  );
  if (json) {
    // The issue fixes the last line's shape to exactly { sizes, baseline }; the own-corpus and server figures go on the lines before.
    console.log(JSON.stringify({ server }));
    console.log(JSON.stringify({ userCorpus, ...(typeof cliSearch === 'string' ? {} : { cliSearch }) }));
    console.log(JSON.stringify({ sizes: results, baseline: { fuse: fuseResult } }));
  }
}

/** `, 12.3 s CPU` where the CPU time is known. */
function cpu(seconds: number | undefined): string {
  return seconds === undefined ? '' : `, ${seconds} s CPU`;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
