import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot } from './loadIndexedCorpus';

/**
 * The CLI as a user runs it over the real documents (issue 11): `policy-draft search --corpus
 * ../shared/realworld/docs …` as a whole process, start-up included, first with an empty cache
 * folder (cold: every file read, the index built and saved) and then again (warm: the saved index
 * loaded). Wall-clock milliseconds; the warm figure is the median of `warmRuns`.
 */

export interface CliSearchBench {
  documents: string;
  coldMs: number;
  warmMs: number;
  /** Without any cache (`--no-cache`): what every run cost before the cache. */
  noCacheMs: number;
}

const warmRuns = 5;
const query = '支持龙头企业建设行业级工业互联网平台，对新认定的国家级跨行业跨领域平台给予一次性奖励';

export function benchCliSearch(shared = resolve(repoRoot, '../shared')): CliSearchBench | string {
  const documents = join(shared, 'realworld/docs');
  const cli = join(repoRoot, 'dist/cli.js');
  if (!existsSync(documents)) return `cli search: skipped, ${documents} is absent`;
  if (!existsSync(cli)) return `cli search: skipped, ${cli} is absent (npm run build)`;
  const cache = mkdtempSync(join(tmpdir(), 'bench-cli-cache-'));
  const timed = (extra: string[]): number => {
    const started = performance.now();
    const run = spawnSync(process.execPath, [cli, 'search', ...extra, '--corpus', documents, query], { encoding: 'utf8' });
    const ms = performance.now() - started;
    if (run.status !== 0) throw new Error(`policy-draft search exited ${run.status}: ${run.stderr}`);
    return Math.round(ms);
  };
  try {
    const coldMs = timed(['--cache', cache]);
    const warm = Array.from({ length: warmRuns }, () => timed(['--cache', cache])).sort((a, b) => a - b);
    const noCacheMs = timed(['--no-cache']);
    return { documents, coldMs, warmMs: warm[Math.floor(warmRuns / 2)]!, noCacheMs };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}
