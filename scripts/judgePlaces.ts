import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { realworldRetrieval } from './evalRealworld';
import { judgedLines, places, readKey, readVerdicts, shuffled } from './judgedPlaces';
import { loadIndexedCorpus, repoRoot } from './loadIndexedCorpus';

/**
 * `npx tsx scripts/judgePlaces.ts write KEYDIR OUTDIR [--depth N]` and `… score KEYDIR`: the places the
 * hover and plain BM25 show on the real documents that the labels do not list (`judgedPlaces.ts`).
 * `write` puts those no judge has seen (none of `KEYDIR/key.json`) into `OUTDIR/pool.jsonl`, shuffled
 * and numbered on from the key, and the key with them into `OUTDIR/key.json`, for judges who see
 * neither system nor key (their brief: test/fixtures/judged-places/BRIEF.md). Only the key and the
 * judges' `judge-*.jsonl` may be committed: the pool quotes the real documents. `score` prints what
 * `npm run eval` prints of them, and each judge's own figures.
 */

async function retrieval() {
  const found = await realworldRetrieval(resolve(repoRoot, '../shared'), loadIndexedCorpus(), resolve(repoRoot, 'test/fixtures/retrieval-realworld-own'));
  if (typeof found === 'string') throw new Error(found);
  return found;
}

async function write(keyDir: string, outDir: string, depth: number): Promise<void> {
  const key = readKey(keyDir);
  const judged = new Set(key.items.map((item) => item.hash));
  const all = places(await retrieval(), depth);
  const pool = new Map<string, { id: string; query: string; shown: string; hash: string; systems: string[] }>();
  for (const place of all.filter((p) => !p.labelled && !judged.has(p.hash))) {
    const seen = pool.get(place.hash);
    if (!seen) pool.set(place.hash, { ...place, systems: [place.system] });
    else if (!seen.systems.includes(place.system)) seen.systems.push(place.system);
  }
  const items = shuffled([...pool.values()]);
  const from = key.items.reduce((max, item) => Math.max(max, item.n), 0) + 1;
  writeFileSync(join(outDir, 'pool.jsonl'), items.map((item, i) => JSON.stringify({ n: from + i, query: item.query, candidate: item.shown })).join('\n') + '\n');
  const keyed = [...key.items, ...items.map((item, i) => ({ n: from + i, id: item.id, hash: item.hash, systems: item.systems }))];
  writeFileSync(join(outDir, 'key.json'), JSON.stringify({ items: keyed }, null, 1) + '\n');
  console.log(`${items.length} places no judge has seen written to ${join(outDir, 'pool.jsonl')} (n ${from}–${from + items.length - 1})`);
}

async function score(dir: string): Promise<void> {
  const shown = places(await retrieval());
  for (const line of judgedLines(shown, dir)) console.log(line);
  // Each judge alone: the lines above count a place only when every judge said yes.
  for (const name of readVerdicts(dir).keys()) {
    console.log(`\n${name} alone:`);
    for (const line of judgedLines(shown, dir, name)) console.log(line);
  }
}

const [mode, dir, out] = process.argv.slice(2);
const depthAt = process.argv.indexOf('--depth');
const depth = depthAt >= 0 ? Number(process.argv[depthAt + 1]) : 1;
if (!dir || !existsSync(dir) || !(mode === 'score' || (mode === 'write' && out !== undefined && existsSync(out)))) {
  console.error('usage: judgePlaces.ts write KEYDIR OUTDIR [--depth N] | score KEYDIR');
  process.exitCode = 2;
} else void (mode === 'write' ? write(dir, out!, depth) : score(dir));
