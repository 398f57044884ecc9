import type { Target } from '../model';
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
  /** The quantities as written, e.g. `10个以上`. */
  quantities: string[];
  metric?: string;
  /** The precedent target statement. */
  text: string;
  /** How close its metric (or statement) is to the draft's, 0–1. */
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

/** Picks, per document, the quantified candidate target closest to `draft`; best first. */
export function comparableTargets(draft: Target, candidates: readonly TargetCandidate[], limit: number): TargetComparison[] {
  const draftMetric = bigramSet(querySearchKey(draft.metric ?? draft.text));
  const draftText = bigramSet(querySearchKey(draft.text));
  const bestPerDoc = new Map<number, TargetComparison>();
  for (const candidate of candidates) {
    for (const target of candidate.targets) {
      if (target.quantities.length === 0 || target.text === draft.text) continue;
      const metricSimilarity = draft.metric && target.metric ? diceSimilarity(draftMetric, bigramSet(querySearchKey(target.metric))) : 0;
      const similarity = Math.max(metricSimilarity, diceSimilarity(draftText, bigramSet(querySearchKey(target.text))));
      if (similarity < minSimilarity) continue;
      const known = bestPerDoc.get(candidate.doc);
      if (known && known.similarity >= similarity) continue;
      bestPerDoc.set(candidate.doc, {
        clause: candidate.clause,
        doc: candidate.doc,
        ...(target.deadline === undefined ? {} : { deadline: target.deadline }),
        quantities: target.quantities.map((q) => q.raw),
        ...(target.metric === undefined ? {} : { metric: target.metric }),
        text: target.text,
        similarity,
      });
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
