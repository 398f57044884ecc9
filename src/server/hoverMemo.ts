import { diffText, type DiffText } from '../core/search/markDifferences';
import type { SearchEngine } from '../core/search/searchEngine';

/** Entries each table holds before it starts afresh: a session's worth of hovers, bounded. */
const capacity = 500;

/**
 * What hovers keep for the next hover over the same engine: the hover text of a clause (the
 * editor asks again each time the pointer rests on another word of it, and a clause repeated in
 * a draft reads the same), and each precedent cut into words for marking differences. A new
 * engine (own documents changed) starts both afresh.
 */
export class HoverMemo {
  private engine: SearchEngine | undefined;
  private readonly hovers = new Map<string, string>();
  private readonly precedents = new Map<number, DiffText>();

  /** The hover text for `key`, computed by `make` unless known for this engine. */
  hover(engine: SearchEngine, key: string, make: () => string): string {
    this.use(engine);
    let value = this.hovers.get(key);
    if (value === undefined) {
      value = make();
      remember(this.hovers, key, value);
    }
    return value;
  }

  /** A precedent's text (as shown) cut into words. */
  precedent(engine: SearchEngine, clause: number, text: string): DiffText {
    this.use(engine);
    let known = this.precedents.get(clause);
    if (known?.text !== text) {
      known = diffText(text);
      remember(this.precedents, clause, known);
    }
    return known;
  }

  private use(engine: SearchEngine): void {
    if (this.engine === engine) return;
    this.engine = engine;
    this.hovers.clear();
    this.precedents.clear();
  }
}

function remember<K, V>(table: Map<K, V>, key: K, value: V): void {
  if (table.size >= capacity) table.clear();
  table.set(key, value);
}
