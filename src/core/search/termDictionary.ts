/**
 * Maps the character unigrams and bigrams of folded keys to dense term ids. Characters get dense
 * ids first so a bigram's map key (`id1 * 65536 + id2`) stays a small integer for any realistic
 * character set, which keeps the map fast during the build. Keys are UTF-16 units: a character
 * outside the BMP becomes two units, which only makes its terms a little less specific.
 */
export class TermDictionary {
  private readonly charIds = new Int32Array(65536).fill(-1);
  private readonly unigramTerms = new Int32Array(65536).fill(-1);
  private readonly bigramTerms = new Map<number, number>();
  private chars = 0;
  private terms = 0;

  get size(): number {
    return this.terms;
  }

  /** The term id of a character, created when `add` is set; -1 when absent. */
  unigram(code: number, add: boolean): number {
    const id = this.charId(code, add);
    if (id < 0) return -1;
    let term = this.unigramTerms[id]!;
    if (term < 0 && add) {
      term = this.terms++;
      this.unigramTerms[id] = term;
    }
    return term;
  }

  /** The term id of two adjacent characters, created when `add` is set; -1 when absent. */
  bigram(first: number, second: number, add: boolean): number {
    const a = this.charId(first, add);
    const b = this.charId(second, add);
    if (a < 0 || b < 0) return -1;
    const key = a * 65536 + b;
    let term = this.bigramTerms.get(key);
    if (term === undefined) {
      if (!add) return -1;
      term = this.terms++;
      this.bigramTerms.set(key, term);
    }
    return term;
  }

  private charId(code: number, add: boolean): number {
    let id = this.charIds[code]!;
    if (id < 0 && add) {
      id = this.chars++;
      this.charIds[code] = id;
    }
    return id;
  }
}
