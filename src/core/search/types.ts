import type { Clause, Target, UnitAssignment } from '../model';

/**
 * What the search engine indexes and returns. The engine knows nothing of files or of the
 * built index's layout: an adapter (see `fromCorpusIndex`) turns the corpus into these.
 */

export interface SearchDocument {
  id: string;
  /** Full title, e.g. `浙江省人民政府办公厅关于加快生命健康科技创新发展的实施意见`. */
  title: string;
  /** What a hover shows in little room, e.g. `浙江 生命健康实施意见`. */
  shortName: string;
  /** Administrative level as the corpus records it (省级, 市级, 区级 …), when known. */
  level?: string;
  /** Year of issue or start of the plan period, when known. */
  year?: number;
  /** The jurisdiction (`浙江省`, `上海市浦东新区`), when known. */
  region?: string;
  /** The plan genre (规划, 行动计划 …), when known. */
  kind?: string;
  /** The years the plan covers, when the text states them. */
  period?: { from: number; to: number };
  /** Label of the user's corpus folder the document came from; absent for the bundled corpus. */
  corpus?: string;
}

export interface SearchClause {
  /** Index into `SearchCorpus.documents`. */
  doc: number;
  /** The clause as written in the corpus document. */
  text: string;
  /** Heading titles from the outermost part down. */
  path: string[];
  /** 0-based line of the clause's start in the corpus document. */
  line: number;
  /** Targets the structure parser found in this clause's own text. */
  targets: Target[];
  /** Responsible units assigned to the clause. */
  units: UnitAssignment[];
  /** The parsed clause this was cut from (absent for table rows), for consumers of the model. */
  source?: Clause;
  /**
   * For a row of a 任务分解表: the `line` of the task clause it restates (the clause whose
   * responsible units the row gives), in the same document.
   */
  restates?: number;
}

export interface SearchCorpus {
  documents: SearchDocument[];
  clauses: SearchClause[];
}

export interface SearchHit {
  /** Index into `SearchCorpus.clauses`. */
  clause: number;
  /** The engine's relevance score (BM25 and bonuses); only its order means anything. */
  score: number;
  /**
   * 0–1. Hover: the share of character bigrams the clause and the draft clause have in common
   * (Dice). Palette: the share of the typed words found in the clause — 1 as typed, one less the
   * share of substituted characters for a slip, else the share of their bigrams present.
   */
  similarity: number;
  /** Palette only: the clause contains every word of the query as typed (after folding), or as `foundAs` writes them. */
  exact: boolean;
  /** Palette only: the words as the clause holds them, when it was found under their other name (`MAH` → 药品上市许可持有人). */
  foundAs?: string;
  /**
   * For a long clause (`passageScore`): where its best passage lies in the clause's text, UTF-16
   * offsets, so a hover or a search row shows the sentences that answer the draft, not the
   * paragraph's opening on another measure.
   */
  passage?: { start: number; end: number };
  /** Near-identical clauses, and shorter restatements of this one (a summary table's row), folded into this hit. */
  duplicates: number[];
}
