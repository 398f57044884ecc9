import type { Quantity, Target } from '../model';
import { metricPhrase } from '../targets/metric';
import { bigramSet, diceSimilarity } from './bigramSimilarity';
import { querySearchKey } from './normalizeKey';
import type { SearchEngine } from './searchEngine';

/**
 * How precedents quantified a target comparable to the draft's: for a draft target such as
 * `到2027年累计获批一类创新药8个以上`, the corpus targets measuring the closest metric, one per
 * document, with their deadline and quantity, so the drafter can see whether 8 is ambitious.
 */

export interface TargetComparison {
  /** Index of the precedent clause in the engine's corpus. */
  clause: number;
  /** Index of its document. */
  doc: number;
  deadline?: number;
  /**
   * The one quantity of the precedent target that measures the comparable metric, as written,
   * e.g. `10个以上` (a statement often holds several: `…新药10个以上、…器械20个`).
   */
  quantity: string;
  /** What that quantity measures, e.g. `获批上市国产1类新药`. */
  metric?: string;
  /** The precedent target statement. */
  text: string;
  /** How close its metric and statement are to the draft's, 0–1. */
  similarity: number;
}

export interface TargetCandidate {
  clause: number;
  doc: number;
  targets: Target[];
}

/** Below this a precedent target measures something else; better no row than a misleading one. */
const minSimilarity = 0.2;

/** The draft clause's first target that states a quantity, or else its first target. */
export function leadingTarget(targets: readonly Target[]): Target | undefined {
  return targets.find((t) => t.quantities.length > 0) ?? targets[0];
}

/** Each quantity of a target with the phrase it measures, found where the statement writes it. */
function measured(target: Target): { quantity: Quantity; metric?: string }[] {
  let from = 0;
  return target.quantities.map((quantity, i) => {
    const start = target.text.indexOf(quantity.raw, from);
    if (start < 0) return { quantity, ...(i === 0 && target.metric ? { metric: target.metric } : {}) };
    from = start + quantity.raw.length;
    const metric = metricPhrase(target.text, { ...quantity, start, end: from });
    return { quantity, ...(metric ? { metric } : {}) };
  });
}

/**
 * Picks, per document, the quantified candidate target closest to `draft`, and within it the
 * quantity whose metric is closest to the draft's; best first.
 */
export function comparableTargets(draft: Target, candidates: readonly TargetCandidate[], limit: number): TargetComparison[] {
  const draftMetric = bigramSet(querySearchKey(draft.metric ?? draft.text));
  const draftText = bigramSet(querySearchKey(draft.text));
  const bestPerDoc = new Map<number, TargetComparison>();
  for (const candidate of candidates) {
    for (const target of candidate.targets) {
      if (target.quantities.length === 0 || target.text === draft.text) continue;
      const statement = bigramSet(querySearchKey(target.text));
      const textSimilarity = diceSimilarity(draftText, statement);
      for (const { quantity, metric } of measured(target)) {
        if (!metric) continue;
        const metricSimilarity = diceSimilarity(draftMetric, bigramSet(querySearchKey(metric)));
        if (Math.max(metricSimilarity, textSimilarity) < minSimilarity) continue;
        // The statement says whether the target is comparable; the metric, which of its quantities.
        const similarity = (metricSimilarity + textSimilarity) / 2;
        const known = bestPerDoc.get(candidate.doc);
        if (known && known.similarity >= similarity) continue;
        bestPerDoc.set(candidate.doc, {
          clause: candidate.clause,
          doc: candidate.doc,
          ...(target.deadline === undefined ? {} : { deadline: target.deadline }),
          quantity: quantity.raw,
          metric,
          text: target.text,
          similarity,
        });
      }
    }
  }
  return [...bestPerDoc.values()].sort((x, y) => y.similarity - x.similarity || x.clause - y.clause).slice(0, limit);
}

/** Clauses read for comparable targets: enough to find one per document among the closest. */
const candidateClauses = 60;

/**
 * Searches the corpus for clauses like the target statement and compares their targets. The
 * closest clauses by score will do: folding and spreading them as a hover does cost tens of
 * milliseconds at this depth, on the editor's thread.
 */
export function compareTargets(engine: SearchEngine, draft: Target, limit: number): TargetComparison[] {
  const candidates = engine
    .related(draft.text, candidateClauses)
    .map(({ clause }) => ({ clause, doc: engine.clause(clause).doc, targets: engine.clause(clause).targets }))
    .filter((candidate) => candidate.targets.length > 0);
  return comparableTargets(draft, candidates, limit);
}
