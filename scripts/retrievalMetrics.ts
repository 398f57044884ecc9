import { z } from 'zod';
import { normalizeKey } from '../src/core/search/normalizeKey';

/**
 * Retrieval scoring exactly as ../shared/eval/README.md defines it: a result contains a relevant
 * entry when key(entry) is a substring of key(result text); hit@1, recall@5 and MRR are averaged
 * over the queries of each kind.
 */

export const RetrievalItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['hover', 'palette']),
  query: z.string().min(1),
  relevant: z.array(z.string().min(1)).min(1),
  note: z.string().optional(),
});
export type RetrievalItem = z.infer<typeof RetrievalItemSchema>;

export interface RetrievalScores {
  queries: number;
  hitAt1: number;
  recallAt5: number;
  mrr: number;
}

/** One system under evaluation: the result texts for a query, best first. */
export type Retriever = (query: string, kind: RetrievalItem['kind']) => string[];

/** Parses a JSON Lines gold set; a bad line is an error naming its number. */
export function parseRetrievalItems(text: string): RetrievalItem[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      const parsed = RetrievalItemSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`line ${number}: ${parsed.error.issues[0]!.message}`);
      return parsed.data;
    });
}

/** Scores of one query: `relevant` keys against the result texts. */
export function scoreQuery(relevant: string[], results: string[]): { hit1: number; recall5: number; rr: number } {
  const keys = relevant.map(normalizeKey);
  const resultKeys = results.map(normalizeKey);
  const contains = (result: string): boolean => keys.some((key) => result.includes(key));
  const firstRank = resultKeys.findIndex(contains);
  const top5 = resultKeys.slice(0, 5);
  const found = keys.filter((key) => top5.some((result) => result.includes(key))).length;
  return {
    hit1: firstRank === 0 ? 1 : 0,
    recall5: found / keys.length,
    rr: firstRank < 0 ? 0 : 1 / (firstRank + 1),
  };
}

/** Averages per kind; kinds with no query are left out. */
export function scoreRetrieval(items: RetrievalItem[], retrieve: Retriever): Partial<Record<RetrievalItem['kind'], RetrievalScores>> {
  const out: Partial<Record<RetrievalItem['kind'], RetrievalScores>> = {};
  for (const kind of ['hover', 'palette'] as const) {
    const mine = items.filter((item) => item.kind === kind);
    if (mine.length === 0) continue;
    const scores = mine.map((item) => scoreQuery(item.relevant, retrieve(item.query, kind)));
    const mean = (pick: (s: (typeof scores)[number]) => number): number => scores.reduce((sum, s) => sum + pick(s), 0) / scores.length;
    out[kind] = { queries: mine.length, hitAt1: mean((s) => s.hit1), recallAt5: mean((s) => s.recall5), mrr: mean((s) => s.rr) };
  }
  return out;
}
