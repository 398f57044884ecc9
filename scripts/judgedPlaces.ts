import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { bigramSet } from '../src/core/search/bigramSimilarity';
import { normalizeKey, querySearchKey } from '../src/core/search/normalizeKey';
import type { RealworldRetrieval } from './evalRealworld';

/**
 * What the hover shows on the real documents that the labels do not list, and what blind judges said
 * of it (test/fixtures/judged-places/README.md). The sets list six or so of the many documents that
 * state a measure, so a result outside the list may still be a precedent. A place is known by a hash of
 * its query id and the passage judged, so a verdict holds while a system shows the same clause, and a
 * place no judge has seen is counted and reported, never guessed.
 */

/** The sets judged: the cross-domain dev set and these own real sets. */
export const judgedSets = ['own-5.jsonl', 'own-6.jsonl', 'own-7.jsonl'];
/** Systems in the order their places were pooled. */
export const judgedSystems = ['engine', 'bm25'];
/** Places read per query: the hover's five. */
export const judgedDepth = 5;
const width = 300;

export interface Place {
  /** `dev:rw-d01`, `own-7.jsonl:x03`. */
  id: string;
  query: string;
  system: string;
  /** 0 for the first place. */
  rank: number;
  /** The passage a judge reads: `width` characters holding the most of the query's bigrams. */
  shown: string;
  labelled: boolean;
  /** Of the id and the passage: what a verdict is kept under. */
  hash: string;
}

export const KeySchema = z.object({
  items: z.array(z.object({ n: z.number(), id: z.string(), hash: z.string(), systems: z.array(z.string()) })),
});
export type Key = z.infer<typeof KeySchema>;
const VerdictSchema = z.object({ n: z.number(), verdict: z.enum(['yes', 'partly', 'no']) });
export type Verdict = z.infer<typeof VerdictSchema>['verdict'];

/** The `width` characters of `text` holding the most of the query's bigrams (the same view for every system). */
export function passageFor(text: string, query: string): string {
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

/** Every system's first `depth` results of every hover query of the judged sets. */
export function places(found: RealworldRetrieval, depth = judgedDepth): Place[] {
  const sets = [{ name: 'dev', items: found.items }, ...found.own.filter((set) => judgedSets.includes(set.name))];
  const out: Place[] = [];
  for (const set of sets) {
    for (const item of set.items.filter((i) => i.kind === 'hover')) {
      const keys = item.relevant.map(normalizeKey);
      const id = `${set.name}:${item.id}`;
      for (const system of judgedSystems) {
        found.systems[system]!(item.query, 'hover')
          .slice(0, depth)
          .forEach((result, rank) => {
            const shown = passageFor(result, item.query);
            const hash = createHash('sha256').update(`${id}\u0000${shown}`).digest('hex').slice(0, 16);
            out.push({ id, query: item.query, system, rank, shown, labelled: keys.some((key) => normalizeKey(result).includes(key)), hash });
          });
      }
    }
  }
  return out;
}

/**
 * `items` in an order no judge can read a system from, the same on every run (a fixed seed), so a
 * pool is written again byte for byte from the same commit.
 */
export function shuffled<T>(items: T[]): T[] {
  let seed = 20261208;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export function readKey(dir: string): Key {
  const file = join(dir, 'key.json');
  return existsSync(file) ? KeySchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : { items: [] };
}

/** Each judge's verdicts in `dir` (`judge-*.jsonl`), by item number. */
export function readVerdicts(dir: string): Map<string, Map<number, Verdict>> {
  const judges = new Map<string, Map<number, Verdict>>();
  for (const file of readdirSync(dir).filter((f) => /^judge-.*\.jsonl$/u.test(f))) {
    const lines = readFileSync(join(dir, file), 'utf8')
      .split(/\r?\n/u)
      .filter((line) => line.trim() !== '');
    judges.set(file, new Map(lines.map((line) => VerdictSchema.parse(JSON.parse(line))).map((v) => [v.n, v.verdict])));
  }
  return judges;
}

/**
 * `npm run eval`'s lines, per set and system, for the places the systems show now (`places`): hit@1
 * by the labels and counting a place every judge (or the one named) called `yes`; the precedents
 * among the places shown, per query and as a share of those shown; and how many unlisted places no
 * judge has seen (counted as no precedent).
 */
export function judgedLines(all: readonly Place[], dir: string, only?: string): string[] {
  const key = readKey(dir);
  if (key.items.length === 0) return [];
  const judges = [...readVerdicts(dir)].filter(([name]) => only === undefined || name === only).map(([, verdicts]) => verdicts);
  const byHash = new Map(key.items.map((item) => [item.hash, item.n]));
  const precedent = (p: Place): boolean => p.labelled || (byHash.has(p.hash) && judges.length > 0 && judges.every((j) => j.get(byHash.get(p.hash)!) === 'yes'));
  const lines: string[] = [];
  for (const set of [...new Set(all.map((p) => p.id.split(':')[0]!))]) {
    for (const system of judgedSystems) {
      const mine = all.filter((p) => p.system === system && p.id.startsWith(`${set}:`));
      const queries = new Set(all.filter((p) => p.id.startsWith(`${set}:`)).map((p) => p.id)).size;
      const firsts = mine.filter((p) => p.rank === 0);
      const f = (n: number, of: number): string => (of === 0 ? '-' : (n / of).toFixed(3));
      lines.push(
        `real-judged ${set.replace(/\.jsonl$/u, '').padEnd(6)} ${system.padEnd(6)} n=${queries} hit@1 labels=${f(firsts.filter((p) => p.labelled).length, queries)} judged=${f(firsts.filter(precedent).length, queries)}  shown=${f(mine.length, queries)}/query precedents=${f(mine.filter(precedent).length, queries)}/query (${f(mine.filter(precedent).length, mine.length)} of shown)  unjudged=${mine.filter((p) => !p.labelled && !byHash.has(p.hash)).length}`,
      );
    }
  }
  return lines;
}
