import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot } from './loadIndexedCorpus';

/**
 * The CLI as a user runs it over the real documents (issue 11): `policy-draft search --corpus
 * ../shared/realworld/docs …` as a whole process, start-up included, first with an empty cache
 * folder (cold: every file read, the index built and saved) and then again (warm: the saved index
 * loaded). Wall-clock milliseconds, medians; beside them the CPU seconds the runs used (where the
 * system says, on Linux) and the machine's load, since on a shared machine the wall clock mostly
 * measures the neighbours.
 */

export interface CliSearchBench {
  documents: string;
  coldMs: number;
  warmMs: number;
  /** Without any cache (`--no-cache`): what every run cost before the cache. */
  noCacheMs: number;
  /** User + system CPU seconds of the median cold and warm run; absent where the system does not say. */
  coldCpuS?: number;
  warmCpuS?: number;
  /** One-minute load average before and after the runs. */
  load: [number, number];
}

/** Issue 11's targets for this set on 2 cores. */
export const cliSearchTargets = { coldMs: 6_000, warmMs: 1_000 };

const coldRuns = 3;
const warmRuns = 5;
const query = '支持龙头企业建设行业级工业互联网平台，对新认定的国家级跨行业跨领域平台给予一次性奖励';

/** CPU seconds used so far by this process's finished children (Linux's /proc/self/stat), or undefined. */
function childrenCpuSeconds(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // Fields 16 and 17 of stat (cutime, cstime), in clock ticks; this list starts at field 3.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

interface Run {
  ms: number;
  cpuS?: number;
}

function median(runs: Run[]): Run {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
}

export function benchCliSearch(shared = resolve(repoRoot, '../shared')): CliSearchBench | string {
  const documents = join(shared, 'realworld/docs');
  const cli = join(repoRoot, 'dist/cli.js');
  if (!existsSync(documents)) return `cli search: skipped, ${documents} is absent`;
  if (!existsSync(cli)) return `cli search: skipped, ${cli} is absent (npm run build)`;
  const caches: string[] = [];
  const timed = (extra: string[]): Run => {
    const cpuBefore = childrenCpuSeconds();
    const started = performance.now();
    const run = spawnSync(process.execPath, [cli, 'search', ...extra, '--corpus', documents, query], { encoding: 'utf8' });
    const ms = Math.round(performance.now() - started);
    const cpuAfter = childrenCpuSeconds();
    if (run.status !== 0) throw new Error(`policy-draft search exited ${run.status}: ${run.stderr}`);
    return cpuBefore === undefined || cpuAfter === undefined ? { ms } : { ms, cpuS: Math.round((cpuAfter - cpuBefore) * 100) / 100 };
  };
  const cold = (): Run => {
    const cache = mkdtempSync(join(tmpdir(), 'bench-cli-cache-'));
    caches.push(cache);
    return timed(['--cache', cache]);
  };
  try {
    const loadBefore = loadavg()[0]!;
    const colds = Array.from({ length: coldRuns }, cold);
    const warmCache = caches.at(-1)!;
    const warm = median(Array.from({ length: warmRuns }, () => timed(['--cache', warmCache])));
    const noCacheMs = timed(['--no-cache']).ms;
    const coldRun = median(colds);
    const round = (n: number) => Math.round(n * 100) / 100;
    return {
      documents,
      coldMs: coldRun.ms,
      warmMs: warm.ms,
      noCacheMs,
      ...(coldRun.cpuS === undefined ? {} : { coldCpuS: coldRun.cpuS }),
      ...(warm.cpuS === undefined ? {} : { warmCpuS: warm.cpuS }),
      load: [round(loadBefore), round(loadavg()[0]!)],
    };
  } finally {
    for (const cache of caches) rmSync(cache, { recursive: true, force: true });
  }
}
