import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { bigramSet } from '../src/core/search/bigramSimilarity';
import { normalizeKey, querySearchKey } from '../src/core/search/normalizeKey';
import { realworldRetrieval } from './evalRealworld';
import { loadIndexedCorpus, repoRoot } from './loadIndexedCorpus';

/**
 * `npx tsx scripts/judgeFirstPlaces.ts write DIR` and `… score DIR JUDGE.jsonl…`: the real-document
 * sets list six or so of the many documents that state a measure, so a first place outside the list
 * may still be a precedent. `write` puts every first place the labels do not list — the engine's and
 * plain BM25's, on the cross-domain dev set and the own real sets 5–7 — into `DIR/pool.jsonl`, shuffled,
 * each a 300-character window holding most of the query's bigrams (the same view for both systems),
 * and which system gave each into `DIR/key.json`, for judges who see neither system nor key. `score`
 * reads their verdicts (`yes`, `partly`, `no`) and prints each system's hit@1 counting a judged `yes`
 * as a hit. The pool quotes the real documents: it stays outside the tree.
 */

const sets = ['own-5.jsonl', 'own-6.jsonl', 'own-7.jsonl'];
const width = 300;

const KeySchema = z.object({
  items: z.array(z.object({ n: z.number(), id: z.string(), systems: z.array(z.string()) })),
  rows: z.array(z.object({ id: z.string(), system: z.string(), labelled: z.boolean() })),
});
const VerdictSchema = z.object({ n: z.number(), verdict: z.enum(['yes', 'partly', 'no']) });

/** The `width` characters of `text` holding the most of the query's bigrams. */
function window(text: string, query: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= width) return flat;
  const wanted = new Set(bigramSet(querySearchKey(query)));
  let best = -1;
  let at = 0;
  for (let start = 0; start <= flat.length - width + 20; start += 20) {
    const held = [...bigramSet(querySearchKey(flat.slice(start, start + width)))].filter((gram) => wanted.has(gram)).length;
    if (held > best) [best, at] = [held, start];
  }
  return `${at > 0 ? '…' : ''}${flat.slice(at, at + width)}${at + width < flat.length ? '…' : ''}`;
}

async function write(dir: string): Promise<void> {
  const found = await realworldRetrieval(resolve(repoRoot, '../shared'), loadIndexedCorpus(), resolve(repoRoot, 'test/fixtures/retrieval-realworld-own'));
  if (typeof found === 'string') throw new Error(found);
  const chosen = [{ name: 'dev', items: found.items }, ...found.own.filter((set) => sets.includes(set.name))];
  const rows: { id: string; query: string; shown: string; system: string; labelled: boolean }[] = [];
  for (const set of chosen) {
    for (const item of set.items.filter((i) => i.kind === 'hover')) {
      const keys = item.relevant.map(normalizeKey);
      for (const system of ['engine', 'bm25']) {
        const first = found.systems[system]!(item.query, 'hover')[0];
        if (first !== undefined)
          rows.push({ id: `${set.name}:${item.id}`, query: item.query, shown: window(first, item.query), system, labelled: keys.some((key) => normalizeKey(first).includes(key)) });
      }
    }
  }
  const pool = new Map<string, { id: string; query: string; shown: string; systems: string[] }>();
  for (const row of rows.filter((r) => !r.labelled)) {
    const key = `${row.id}\u0000${row.shown}`;
    const seen = pool.get(key);
    if (seen) seen.systems.push(row.system);
    else pool.set(key, { id: row.id, query: row.query, shown: row.shown, systems: [row.system] });
  }
  const items = [...pool.values()];
  let seed = 20261208;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  writeFileSync(join(dir, 'pool.jsonl'), items.map((item, i) => JSON.stringify({ n: i + 1, query: item.query, candidate: item.shown })).join('\n') + '\n');
  const key = { items: items.map((item, i) => ({ n: i + 1, id: item.id, systems: item.systems })), rows: rows.map(({ id, system, labelled }) => ({ id, system, labelled })) };
  writeFileSync(join(dir, 'key.json'), JSON.stringify(key, null, 1));
  console.log(`${rows.length / 2} queries; ${items.length} unlabelled first places written to ${join(dir, 'pool.jsonl')}`);
}

function score(dir: string, judges: string[]): void {
  const key = KeySchema.parse(JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')));
  for (const file of judges) {
    const verdicts = new Map(
      readFileSync(file, 'utf8')
        .split(/\r?\n/u)
        .filter((line) => line.trim() !== '')
        .map((line) => VerdictSchema.parse(JSON.parse(line)))
        .map((v) => [v.n, v.verdict]),
    );
    console.log(`\n${file}: ${verdicts.size} verdicts`);
    for (const system of [...new Set(key.rows.map((r) => r.system))]) {
      for (const set of [...new Set(key.rows.map((r) => r.id.split(':')[0]!))]) {
        const mine = key.rows.filter((r) => r.system === system && r.id.startsWith(`${set}:`));
        const judged = (accept: readonly string[]): number =>
          mine.filter((r) => r.labelled || key.items.some((item) => item.id === r.id && item.systems.includes(system) && accept.includes(verdicts.get(item.n) ?? ''))).length;
        const f = (n: number): string => (n / mine.length).toFixed(3);
        console.log(
          `${system.padEnd(6)} ${set.padEnd(12)} n=${mine.length} hit@1 labels ${f(judged([]))}  + judged yes ${f(judged(['yes']))}  + partly ${f(judged(['yes', 'partly']))}`,
        );
      }
    }
  }
}

const [mode, dir, ...rest] = process.argv.slice(2);
if (!dir || !existsSync(dir) || (mode !== 'write' && mode !== 'score')) {
  console.error('usage: judgeFirstPlaces.ts write DIR | score DIR JUDGE.jsonl…');
  process.exitCode = 2;
} else if (mode === 'write') void write(dir);
else score(dir, rest);
