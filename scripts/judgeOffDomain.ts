import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { ratedPrecedents } from '../src/core/precedents/confidence';
import { SearchEngine } from '../src/core/search/searchEngine';
import { readVerdicts, shuffled } from './judgedPlaces';
import { loadIndexedCorpus, repoRoot } from './loadIndexedCorpus';

/**
 * `npx tsx scripts/judgeOffDomain.ts write DIR` and `… score DIR` (test/fixtures/judged-offdomain/): what the hover still shows, from
 * the bundled corpus, for the off-domain clauses of test/fixtures/offdomain/. `npm run eval` counts
 * those results as noise; judges who see neither the set nor the engine's figures say whether a
 * drafter of the clause would want each one (the brief of judged-places). The pool quotes only the
 * bundled corpus, so it is kept with the key and the verdicts.
 */

const KeySchema = z.object({ items: z.array(z.object({ n: z.number(), set: z.string(), id: z.string(), clause: z.number() })) });
const topK = 5;

function shown(engine: SearchEngine): { set: string; id: string; query: string; clause: number }[] {
  const dir = resolve(repoRoot, 'test/fixtures/offdomain');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((set) =>
      readFileSync(join(dir, set), 'utf8')
        .split(/\r?\n/u)
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as { id: string; query: string })
        .flatMap(({ id, query }) => ratedPrecedents(engine, query, { limit: topK }).hits.map((hit) => ({ set, id, query, clause: hit.clause }))),
    );
}

function write(dir: string, engine: SearchEngine): void {
  const items = shuffled(shown(engine));
  const text = (clause: number): string => engine.clause(clause).text.replace(/\s+/gu, ' ').slice(0, 300);
  writeFileSync(join(dir, 'pool.jsonl'), items.map((item, i) => JSON.stringify({ n: i + 1, query: item.query, candidate: text(item.clause) })).join('\n') + '\n');
  writeFileSync(join(dir, 'key.json'), JSON.stringify({ items: items.map(({ set, id, clause }, i) => ({ n: i + 1, set, id, clause })) }, null, 1) + '\n');
  console.log(`${items.length} results shown for off-domain clauses, written to ${join(dir, 'pool.jsonl')}`);
}

function score(dir: string, engine: SearchEngine): void {
  const key = KeySchema.parse(JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')));
  const judges = [...readVerdicts(dir).values()];
  const now = shown(engine);
  const known = new Map(key.items.map((item) => [`${item.set}\u0000${item.id}\u0000${item.clause}`, item.n]));
  for (const set of [...new Set(now.map((r) => r.set))]) {
    const mine = now.filter((r) => r.set === set);
    const clauses = readFileSync(resolve(repoRoot, 'test/fixtures/offdomain', set), 'utf8')
      .split(/\r?\n/u)
      .filter((line) => line.trim() !== '').length;
    const verdicts = mine.map((r) => known.get(`${r.set}\u0000${r.id}\u0000${r.clause}`)).map((n) => (n === undefined ? undefined : judges.map((j) => j.get(n))));
    const every = (v: string): number => verdicts.filter((vs) => vs !== undefined && vs.every((x) => x === v)).length;
    const f = (n: number): string => (n / clauses).toFixed(2);
    console.log(
      `${set.padEnd(18)} results/clause ${f(mine.length)}: every judge no ${f(every('no'))}, every judge yes ${f(every('yes'))}, split or partly ${f(mine.length - every('no') - every('yes') - verdicts.filter((v) => v === undefined).length)}, unjudged ${verdicts.filter((v) => v === undefined).length}`,
    );
  }
}

const [mode, dir] = process.argv.slice(2);
if (!dir || !existsSync(dir) || (mode !== 'write' && mode !== 'score')) {
  console.error('usage: judgeOffDomain.ts write DIR | score DIR');
  process.exitCode = 2;
} else {
  const engine = SearchEngine.build(loadIndexedCorpus());
  if (mode === 'write') write(dir, engine);
  else score(dir, engine);
}
