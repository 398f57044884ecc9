import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { bigramSet } from '../src/core/search/bigramSimilarity';
import { normalizeKey, querySearchKey } from '../src/core/search/normalizeKey';
import type { RealworldRetrieval } from './evalRealworld';

/**
 * The first places on the real documents that the labels do not list, and what blind judges said of
 * them (test/fixtures/judged-first-places/README.md). A first place is known by a hash of its query id
 * and the passage judged, so the verdicts stay valid for as long as the systems put the same clause
 * first, and a first place no judge has seen is counted and reported, never guessed.
 */

/** The sets judged: the cross-domain dev set and these own real sets. */
export const judgedSets = ['own-5.jsonl', 'own-6.jsonl', 'own-7.jsonl'];
/** Systems in the order their first places were pooled. */
export const judgedSystems = ['engine', 'bm25'];
const width = 300;

export interface FirstPlace {
  /** `dev:rw-d01`, `own-7.jsonl:x03`. */
  id: string;
  query: string;
  system: string;
  /** The passage a judge reads: `width` characters holding the most of the query's bigrams. */
  shown: string;
  labelled: boolean;
  /** Of the id and the passage: what a verdict is kept under. */
  hash: string;
}

export const KeySchema = z.object({
  items: z.array(z.object({ n: z.number(), id: z.string(), hash: z.string(), systems: z.array(z.string()) })),
});
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

export function firstPlaces(found: RealworldRetrieval): FirstPlace[] {
  const sets = [{ name: 'dev', items: found.items }, ...found.own.filter((set) => judgedSets.includes(set.name))];
  const out: FirstPlace[] = [];
  for (const set of sets) {
    for (const item of set.items.filter((i) => i.kind === 'hover')) {
      const keys = item.relevant.map(normalizeKey);
      for (const system of judgedSystems) {
        const first = found.systems[system]!(item.query, 'hover')[0];
        if (first === undefined) continue;
        const id = `${set.name}:${item.id}`;
        const shown = passageFor(first, item.query);
        const hash = createHash('sha256').update(`${id}\u0000${shown}`).digest('hex').slice(0, 16);
        out.push({ id, query: item.query, system, shown, labelled: keys.some((key) => normalizeKey(first).includes(key)), hash });
      }
    }
  }
  return out;
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
 * `npm run eval`'s lines: per set and system, hit@1 by the labels, then counting a first place every
 * judge (or the one named) called `yes`, and how many unlisted first places no judge has seen.
 */
export function judgedLines(found: RealworldRetrieval, dir: string, only?: string): string[] {
  if (!existsSync(join(dir, 'key.json'))) return [];
  const key = KeySchema.parse(JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')));
  const judges = [...readVerdicts(dir)].filter(([name]) => only === undefined || name === only).map(([, verdicts]) => verdicts);
  const byHash = new Map(key.items.map((item) => [item.hash, item.n]));
  const places = firstPlaces(found);
  const lines: string[] = [];
  for (const set of [...new Set(places.map((p) => p.id.split(':')[0]!))]) {
    for (const system of judgedSystems) {
      const mine = places.filter((p) => p.system === system && p.id.startsWith(`${set}:`));
      const unjudged = mine.filter((p) => !p.labelled && !byHash.has(p.hash)).length;
      const agreed = mine.filter((p) => p.labelled || (byHash.has(p.hash) && judges.length > 0 && judges.every((j) => j.get(byHash.get(p.hash)!) === 'yes'))).length;
      const labelled = mine.filter((p) => p.labelled).length;
      lines.push(
        `real-judged ${set.replace(/\.jsonl$/u, '').padEnd(6)} ${system.padEnd(6)} n=${mine.length} hit@1 labels=${(labelled / mine.length).toFixed(3)} +judged-yes=${(agreed / mine.length).toFixed(3)} unjudged=${unjudged}`,
      );
    }
  }
  return lines;
}
