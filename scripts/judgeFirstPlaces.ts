import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { realworldRetrieval } from './evalRealworld';
import { firstPlaces, judgedLines, readVerdicts } from './firstPlaces';
import { loadIndexedCorpus, repoRoot } from './loadIndexedCorpus';

/**
 * `npx tsx scripts/judgeFirstPlaces.ts write DIR` and `… score DIR`: the real-document sets list six or
 * so of the many documents that state a measure, so a first place outside the list may still be a
 * precedent (`firstPlaces.ts`). `write` puts every first place the labels do not list into
 * `DIR/pool.jsonl`, shuffled, with which system gave each in `DIR/key.json`, for judges who see neither
 * (their brief: test/fixtures/judged-first-places/BRIEF.md). Only `DIR/key.json` and the judges'
 * `DIR/judge-*.jsonl` may be committed: the pool quotes the real documents. `score` prints what
 * `npm run eval` prints of them, and each judge's own figures.
 */

async function retrieval() {
  const found = await realworldRetrieval(resolve(repoRoot, '../shared'), loadIndexedCorpus(), resolve(repoRoot, 'test/fixtures/retrieval-realworld-own'));
  if (typeof found === 'string') throw new Error(found);
  return found;
}

async function write(dir: string): Promise<void> {
  const places = firstPlaces(await retrieval());
  const pool = new Map<string, { id: string; query: string; shown: string; hash: string; systems: string[] }>();
  for (const place of places.filter((p) => !p.labelled)) {
    const seen = pool.get(place.hash);
    if (seen) seen.systems.push(place.system);
    else pool.set(place.hash, { ...place, systems: [place.system] });
  }
  const items = [...pool.values()];
  let seed = 20261208;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  writeFileSync(join(dir, 'pool.jsonl'), items.map((item, i) => JSON.stringify({ n: i + 1, query: item.query, candidate: item.shown })).join('\n') + '\n');
  writeFileSync(join(dir, 'key.json'), JSON.stringify({ items: items.map((item, i) => ({ n: i + 1, id: item.id, hash: item.hash, systems: item.systems })) }, null, 1) + '\n');
  console.log(`${places.length / 2} queries; ${items.length} unlabelled first places written to ${join(dir, 'pool.jsonl')}`);
}

async function score(dir: string): Promise<void> {
  const found = await retrieval();
  for (const line of judgedLines(found, dir)) console.log(line);
  // Each judge alone: the line above counts a first place only when every judge said yes.
  for (const name of readVerdicts(dir).keys()) {
    console.log(`\n${name} alone:`);
    for (const line of judgedLines(found, dir, name)) console.log(line);
  }
}

const [mode, dir] = process.argv.slice(2);
if (!dir || !existsSync(dir) || (mode !== 'write' && mode !== 'score')) {
  console.error('usage: judgeFirstPlaces.ts write DIR | score DIR');
  process.exitCode = 2;
} else void (mode === 'write' ? write(dir) : score(dir));
