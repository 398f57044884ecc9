/**
 * Maps the character unigrams and bigrams of folded keys to dense term ids. Characters get dense
 * ids first, so a bigram is one 32-bit key (`id1 * 65536 + id2`) in an open-addressing table of
 * typed arrays: the build looks up every bigram of the corpus, and a `Map` was the slowest part
 * of it. Keys are UTF-16 units: a character outside the BMP becomes two units, which only makes
 * its terms a little less specific.
 */
/** A dictionary's whole state, for saving a built index (see `engineSnapshot`). */
export interface TermDictionaryParts {
  charIds: Int32Array;
  unigramTerms: Int32Array;
  bigramKeys: Int32Array;
  bigramValues: Int32Array;
  bigramCount: number;
  chars: number;
  terms: number;
}

export class TermDictionary {
  private charIds = new Int32Array(65536).fill(-1);
  private unigramTerms = new Int32Array(65536).fill(-1);
  private bigramKeys = new Int32Array(1 << 16).fill(-1);
  private bigramValues = new Int32Array(1 << 16);
  private bigramCount = 0;
  /** 32 − log2(table size): `slotOf` keeps the top bits of the hash. */
  private shift = 16;
  private chars = 0;
  private terms = 0;

  get parts(): TermDictionaryParts {
    const { charIds, unigramTerms, bigramKeys, bigramValues, bigramCount, chars, terms } = this;
    return { charIds, unigramTerms, bigramKeys, bigramValues, bigramCount, chars, terms };
  }

  /**
   * A dictionary from saved parts, or undefined when they cannot be one (a damaged file): every
   * id in range, the bigram table a power of two at most half full.
   */
  static fromParts(parts: TermDictionaryParts): TermDictionary | undefined {
    const { charIds, unigramTerms, bigramKeys, bigramValues, bigramCount, chars, terms } = parts;
    const size = bigramKeys.length;
    if (charIds.length !== 65536 || unigramTerms.length !== 65536 || bigramValues.length !== size) return undefined;
    if (size < 1 << 16 || (size & (size - 1)) !== 0 || bigramCount * 2 > size || chars > 65536 || terms < 0) return undefined;
    for (let i = 0; i < 65536; i++) if (charIds[i]! >= chars || unigramTerms[i]! >= terms) return undefined;
    for (let i = 0; i < size; i++) if (bigramValues[i]! >= terms || (bigramKeys[i] !== -1 && bigramValues[i]! < 0)) return undefined;
    const dictionary = new TermDictionary();
    Object.assign(dictionary, { charIds, unigramTerms, bigramKeys, bigramValues, bigramCount, chars, terms, shift: 32 - Math.log2(size) });
    return dictionary;
  }

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
    const key = (a << 16) | b;
    const mask = this.bigramKeys.length - 1;
    let slot = this.slotOf(key);
    for (;;) {
      const found = this.bigramKeys[slot]!;
      if (found === key) return this.bigramValues[slot]!;
      if (found === -1) break;
      slot = (slot + 1) & mask;
    }
    if (!add) return -1;
    const term = this.terms++;
    this.bigramKeys[slot] = key;
    this.bigramValues[slot] = term;
    if (++this.bigramCount * 2 > this.bigramKeys.length) this.rehash();
    return term;
  }

  /**
   * The term ids of a key, created as needed, into `out`: at `2i` the unigram of unit `i`, at
   * `2i + 1` the bigram that ends there (-1 at the first unit). Ids are created as `unigram` and
   * `bigram` create them, unit after unit, the unigram first. One call per key with the lookups
   * written out in its loop: the CLI counts keys while its reader threads compile without inlining
   * (src/cli/batchCompiler.ts), where two calls per character took 0.53–0.63 s of CPU over the
   * real documents' 4.5 M characters, this 0.29–0.37 s (in process, load 10).
   */
  addTerms(units: Uint16Array, length: number, out: Int32Array): void {
    const { charIds, unigramTerms } = this;
    let keys = this.bigramKeys;
    let values = this.bigramValues;
    let mask = keys.length - 1;
    let shift = this.shift;
    let previous = -1;
    for (let i = 0; i < length; i++) {
      const code = units[i]!;
      let id = charIds[code]!;
      if (id < 0) {
        id = this.chars++;
        charIds[code] = id;
      }
      let unigram = unigramTerms[id]!;
      if (unigram < 0) {
        unigram = this.terms++;
        unigramTerms[id] = unigram;
      }
      out[2 * i] = unigram;
      if (previous < 0) {
        out[2 * i + 1] = -1;
        previous = id;
        continue;
      }
      const key = (previous << 16) | id;
      let slot = Math.imul(key, 0x9e3779b1) >>> shift;
      let bigram = -1;
      for (;;) {
        const found = keys[slot]!;
        if (found === key) {
          bigram = values[slot]!;
          break;
        }
        if (found === -1) break;
        slot = (slot + 1) & mask;
      }
      if (bigram < 0) {
        bigram = this.terms++;
        keys[slot] = key;
        values[slot] = bigram;
        if (++this.bigramCount * 2 > keys.length) {
          this.rehash();
          keys = this.bigramKeys;
          values = this.bigramValues;
          mask = keys.length - 1;
          shift = this.shift;
        }
      }
      out[2 * i + 1] = bigram;
      previous = id;
    }
  }

  /** Doubles the table when half full, so probes stay short. */
  private rehash(): void {
    const keys = this.bigramKeys;
    const values = this.bigramValues;
    this.bigramKeys = new Int32Array(keys.length * 2).fill(-1);
    this.bigramValues = new Int32Array(keys.length * 2);
    this.shift--;
    const mask = this.bigramKeys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === -1) continue;
      let slot = this.slotOf(keys[i]!);
      while (this.bigramKeys[slot] !== -1) slot = (slot + 1) & mask;
      this.bigramKeys[slot] = keys[i]!;
      this.bigramValues[slot] = values[i]!;
    }
  }

  /**
   * Fibonacci hashing: the product's high bits, which depend on every bit of the key. Its low bits
   * depend only on the key's low bits (the second character), so on real text, rich in distinct
   * bigrams, masking them made every bigram ending in one character probe the same run of slots.
   */
  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
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
