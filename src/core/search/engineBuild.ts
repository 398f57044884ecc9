import { Bm25Counts } from './bm25Counts';
import { NameTally } from './definedNames';
import { defaultTuning, keysOf, SearchEngine, type Tuning } from './searchEngine';
import type { KeyOf } from './bm25Index';
import type { SearchClause, SearchCorpus, SearchDocument } from './types';

/**
 * A search engine built one document at a time, as the documents come in: each document's clauses
 * are cut, their terms counted and the names they define mined (`definedNames`) when it is added,
 * so once the last one is in only the postings are left to write. A cold CLI run adds each
 * own-corpus document while the reader threads read the next ones; what used to be a serial tail
 * after the reading (counting 5 M characters' terms, reading them again for names) overlaps it.
 * The engine is the one `SearchEngine.build` makes of the same documents in the same order: the
 * same clauses, term ids, postings and names.
 */
export class EngineBuild {
  private readonly documents: SearchDocument[];
  private readonly clauses: SearchClause[];
  private readonly counts = new Bm25Counts();
  private readonly names = new NameTally();
  private readonly keyOf: KeyOf;
  private finished = false;

  /** Starts from `base` (the bundled corpus), whose clauses are counted with the first document (a run that adds none costs nothing). */
  constructor(
    private readonly base: SearchCorpus,
    private readonly tuning: Tuning = defaultTuning,
  ) {
    this.documents = [...base.documents];
    this.clauses = [];
    this.keyOf = keysOf({ documents: this.documents, clauses: this.clauses });
  }

  /** How many documents the engine holds so far, the base's included. */
  get documentCount(): number {
    return this.documents.length;
  }

  /** Appends a document; `clausesOf` cuts it into clauses given its index among the documents. */
  add(document: SearchDocument, clausesOf: (doc: number) => SearchClause[]): void {
    // The engine shares the counts' dictionary: a document added after `finish` would change it.
    if (this.finished) throw new Error('EngineBuild: a document added after finish()');
    this.countBase();
    const doc = this.documents.length;
    this.documents.push(document);
    for (const clause of clausesOf(doc)) this.count(clause);
  }

  /** The engine over every document added; no document can be added after it. */
  finish(): SearchEngine {
    this.countBase();
    this.finished = true;
    return SearchEngine.fromCounts({ documents: this.documents, clauses: this.clauses }, this.counts, this.names.names(), this.tuning);
  }

  private countBase(): void {
    if (this.clauses.length < this.base.clauses.length) for (const clause of this.base.clauses) this.count(clause);
  }

  private count(clause: SearchClause): void {
    const index = this.clauses.length;
    this.clauses.push(clause);
    const { units, length } = this.keyOf(index);
    this.counts.add(units, length);
    this.names.add(clause.text);
  }
}
