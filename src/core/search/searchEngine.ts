import Fuse from 'fuse.js';
import type { Bm25Counts } from './bm25Counts';
import { Bm25Index, type Bm25Parts, type Candidate, type KeyOf, type QueryTerm } from './bm25Index';
import { bigramSet, bigramSetOfAll, containment, diceSimilarity, nearDuplicate, type BigramSet } from './bigramSimilarity';
import { ClauseKeys, gramsMaxChars, type ClauseKey } from './clauseKeys';
import { foldUnitsInto, querySearchKey } from './normalizeKey';
import { fewestSubstitutions, typoBudget } from './nearMatch';
import { bestPassageScore, passageQuery, passageTerms } from './passageScore';
import { AliasExpansion, aliasTerms } from './aliasExpansion';
import { writtenForm } from './writtenForm';
import { corpusDefinedNames, corpusDefinedNamesYielding, type DefinedName } from './definedNames';
import { withoutFigures } from './figureTerms';
import { policyAliases } from './policyAliases';
import { queryHead } from './queryFocus';
import { repeatedWords } from './repeatedWords';
import { withFeedback, type FeedbackOptions } from './queryExpansion';
import { keepRarest, queryTerms, requiredCount } from './queryTerms';
import { typedWords, wordShare } from './typedWords';
import type { SearchClause, SearchCorpus, SearchDocument, SearchHit } from './types';

/**
 * The two kinds of query the product asks: a whole draft clause (hover: precedents, spread over
 * documents) and a few typed words (palette: clauses containing them, typos tolerated).
 */

export interface HoverOptions {
  /** How many precedents to return. */
  limit: number;
  /** A clause of the corpus that is the one being hovered (when hovering the corpus view). */
  exclude?: number;
}

export interface PaletteOptions {
  limit: number;
}

/** Tuning that holds for any corpus; kept together so the benchmark and tests use the same values. */
export const defaultTuning = {
  k1: 1.2,
  /**
   * Stronger length normalisation than the textbook 0.75: a long, many-topic paragraph should not
   * outrank a focused clause by sheer length. Chosen on the dev set and the project's own blind
   * sets together (test/fixtures/retrieval/README.md tells how): no figure of the three is below
   * its value at 0.75; 0.9–1.0 score alike.
   */
  b: 0.9,
  /** BM25L's floor on a matched term's normalised frequency, the value its authors recommend. */
  delta: 0.5,
  /**
   * A clause is a few hundred characters; a longer "clause" (a page without numbering or line
   * breaks) is compared by its beginning, so a hover stays a matter of milliseconds.
   */
  hoverMaxChars: 2000,
  /**
   * Hover queries keep their terms, rarest first, until this many postings would be decoded: a
   * bound on the work of one hover, which on a small corpus keeps every term. A cut by count (the
   * 40 rarest) kept the rare bigrams that span two words (`制遴`, `的国`) and dropped the topic's
   * own words (`授权`, `运营`): on the real documents recall@5 rose from 0.44 to 0.49 without it,
   * and no gold set fell.
   */
  hoverMaxPostings: 100_000,
  /** … and at most this many terms, a guard for a page pasted as one clause. */
  hoverMaxTerms: 400,
  hoverUnigramWeight: 0.25,
  /** Pseudo-relevance feedback (`queryExpansion`): this many bigrams … */
  feedbackTerms: 20,
  /** … from this many best first-round matches … */
  feedbackDocs: 3,
  /** … each weighing this much against a bigram of the draft clause. */
  feedbackWeight: 0.3,
  /**
   * … and only bigrams found in at least this many of those matches: a bigram of one match alone
   * pulls the query towards that match's topic, which on 465 real documents of a dozen domains
   * cost first places (hit@1 0.69 → 0.75 on the real documents with agreement).
   */
  feedbackAgreement: 2,
  /**
   * Bigrams of the other names of what the clause names (`policyAliases`: 长三角 for 沪苏浙皖, CDMO
   * for 合同研发生产组织) join the query at this weight. 0.5 and 1 score alike; 0.3 loses the gains.
   */
  aliasWeight: 0.5,
  /**
   * The short names the corpus defines for itself (`definedNames`: `规划环境影响评价（以下简称规划环评）`,
   * `合同研究组织（CRO）`) join those of `policyAliases`, mined when the index is built.
   */
  corpusNames: true,
  /** Hover precedents are sentences: shorter clauses (a signature, a bare heading) are not shown. */
  hoverMinLength: 16,
  /**
   * Long clauses are scored by their best passage too (`passageScore`; 0 turns it off). A passage:
   * whole sentences up to this many units of the folded key (one or two sentences of a
   * work report) … Measured on the real-world dev and own sets beside the bundled sets: 60–150
   * score alike; under 200 units of clause the bundled sets lost (own-2 recall@5 0.675 → 0.665).
   */
  passageChars: 100,
  /** … in clauses longer than this … */
  passageMinChars: 200,
  /** … counting this much against the whole clause's score (1.0: real-own recall@5 0.304 → 0.293). */
  passageWeight: 0.9,
  /**
   * A draft clause's opening phrase names its object (`queryHead`); its terms weigh this much more
   * (1 turns it off). On the real-world own sets hit@1 0.750 → 0.900 and 0.750 → 0.850, real-world
   * dev recall@5 0.525 → 0.541, bundled own-3 hit@1 0.950 → 1.000, no set lower. At 1.25 the bundled
   * own and own-2 lose a precedent each; at 1.5 more (own-2 recall@5 0.647) and off-domain rises.
   */
  focusHead: 1.2,
  /** … when that phrase is at most this long: a clause that is one long sentence has no head. */
  focusHeadMaxChars: 30,
  /**
   * A hover's query leaves out its figures (`figureTerms`: digits and the bigrams holding one), as
   * the confidence's evidence does. Bundled own-2 recall@5 0.693 → 0.748, own-3 0.628 → 0.666 (with
   * the tail at 0.2), own real-world 0.329 → 0.336, every other hover line as it was; off-domain
   * blind-3 results per clause 0.97 → 0.83, the others as they were. Weighing them 0.5 gains half.
   */
  hoverSkipsFigures: true,
  /**
   * A candidate holding none of the words the draft repeats (`repeatedWords`: 林下经济, 预制菜, 储备)
   * is placed as if its score were this much lower when the hover's candidates are chosen; the
   * score it shows (and the confidence reads) stays its own. `npx tsx scripts/analyseRanking.ts`:
   * own real-world recall@5 0.336 → 0.350, own real-world 5 0.385 → 0.396; no other line moves.
   * 0.6 adds real-world dev 0.541 → 0.553, 0.5 costs own real-world 3 0.265 → 0.260; as a change
   * of the score itself (0.95–0.8) own-3 loses a precedent to the confidence's tail (1 turns it off).
   */
  repeatedWordPenalty: 0.7,
  /** … counting only a word whose rarest bigram is in at most this share of the clauses. */
  repeatedWordMaxShare: 0.01,
  /** Candidates looked at for de-duplication and diversification, per requested result. */
  poolPerResult: 8,
  /** Clauses whose bigram sets are at least this similar (Dice) are shown once … */
  duplicateSimilarity: 0.9,
  /**
   * … and so is a clause whose bigrams are at least this much contained in a better one: plans
   * restate a clause in a summary table (its words plus the responsible units), and the two took
   * two of five places while Dice, penalising the length difference, kept them apart.
   */
  duplicateContainment: 0.8,
  /** Each further result from an already-shown document has its score multiplied by this. */
  sameDocumentDecay: 0.6,
  /** fuse.js threshold for a palette word to name a document's region (0 exact … 1 anything). */
  placeThreshold: 0.3,
  /** Lifts clauses holding every typed bigram above any clause that does not. */
  exactBonus: 1e6,
  /** Palette queries are read up to this many characters. */
  paletteMaxChars: 200,
  /** Palette words tried under another name when too few clauses hold them as typed (each is one more search). */
  paletteRenamings: 3,
  /** Palette words with a typo: clauses read per requested result (see `nearMatches`). */
  nearPoolPerResult: 10,
};
export type Tuning = typeof defaultTuning;

export class SearchEngine {
  /** Document regions for `placeWords`, built on the first query with several words. */
  private places: Fuse<{ doc: number; place: string }> | undefined;
  private readonly keys: ClauseKeys;
  private readonly aliases: AliasExpansion;

  private constructor(
    readonly corpus: SearchCorpus,
    private readonly index: Bm25Index,
    readonly tuning: Tuning,
    /** The short names the corpus defines (`definedNames`), saved with the index. */
    readonly names: readonly DefinedName[],
  ) {
    this.aliases = new AliasExpansion([...policyAliases, ...(tuning.corpusNames ? names.map((name) => [name.full, name.short]) : [])]);
    const passages = tuning.passageChars > 0 ? { over: tuning.passageMinChars, width: tuning.passageChars } : undefined;
    this.keys = new ClauseKeys((clause) => this.clause(clause).text, undefined, passages);
  }

  static build(corpus: SearchCorpus, tuning: Tuning = defaultTuning): SearchEngine {
    return new SearchEngine(corpus, Bm25Index.build(corpus.clauses.length, keysOf(corpus), tuning), tuning, namesOf(corpus));
  }

  /**
   * `build`, from counts already taken of the corpus's clauses (`Bm25Counts`, each clause's
   * `keysOf` key, in order) and the names they define (`NameTally` over their texts, in order): for
   * a caller that counted and mined them as they came in.
   */
  static fromCounts(corpus: SearchCorpus, counts: Bm25Counts, names: readonly DefinedName[], tuning: Tuning = defaultTuning): SearchEngine {
    if (counts.clauseCount !== corpus.clauses.length) throw new Error(`counts of ${counts.clauseCount} clauses for a corpus of ${corpus.clauses.length}`);
    return new SearchEngine(corpus, Bm25Index.fromCounts(counts, tuning), tuning, names);
  }

  /** `build` in slices with `pause()` between them, for a large corpus on an editor's thread. */
  static async buildYielding(corpus: SearchCorpus, pause: () => Promise<void>, tuning: Tuning = defaultTuning): Promise<SearchEngine> {
    const index = await Bm25Index.buildYielding(corpus.clauses.length, keysOf(corpus), tuning, pause);
    const names = await corpusDefinedNamesYielding(
      corpus.clauses.map((clause) => clause.text),
      pause,
    );
    return new SearchEngine(corpus, index, tuning, names);
  }

  /** The built index's arrays, to save it and restore it later without rebuilding (`engineSnapshot`). */
  get indexParts(): Bm25Parts {
    return this.index.parts;
  }

  /** An engine over `corpus` from saved index parts and names; undefined when the parts do not fit it. */
  static restore(corpus: SearchCorpus, parts: Bm25Parts, names: readonly DefinedName[], tuning: Tuning = defaultTuning): SearchEngine | undefined {
    const index = Bm25Index.fromParts(parts, tuning);
    return index && index.clauseCount === corpus.clauses.length ? new SearchEngine(corpus, index, tuning, names) : undefined;
  }

  /** Bytes held by the index's typed arrays (the benchmark reports the heap as a whole). */
  get indexBytes(): number {
    return this.index.byteSize;
  }

  /** A clause's folded key and bigram set, as hovers compare it (kept between hovers). */
  clauseKey(index: number): ClauseKey {
    return this.keys.of(index);
  }

  clause(index: number): SearchClause {
    return this.corpus.clauses[index]!;
  }

  documentOf(clause: number): SearchDocument {
    return this.corpus.documents[this.clause(clause).doc]!;
  }

  /** Precedents of a draft clause: the closest clauses, near-duplicates folded, spread over documents. */
  hover(text: string, options: HoverOptions): SearchHit[] {
    const key = querySearchKey(text.slice(0, this.tuning.hoverMaxChars));
    if (key.length < 2 || options.limit <= 0) return [];
    const pool = this.closest(key, options.limit * this.tuning.poolPerResult + 1, text);
    const queryGrams = bigramSet(key);
    const kept: { hit: SearchHit; grams: BigramSet }[] = [];
    // Each candidate's own score, before `repeatedWordPenalty` placed it.
    const own = new Map(pool.map((candidate) => [candidate.clause, candidate.unpenalized ?? candidate.score]));
    for (const candidate of pool) {
      if (candidate.clause === options.exclude) continue;
      const { key: clauseKey, grams } = this.keys.of(candidate.clause);
      if (clauseKey === key || clauseKey.length < this.tuning.hoverMinLength) continue; // the hovered clause itself, or no sentence
      const twin = kept.find(
        (k) => this.restatesOther(k.hit.clause, candidate.clause) || nearDuplicate(k.grams, grams, this.tuning.duplicateSimilarity, this.tuning.duplicateContainment),
      );
      if (twin && this.restates(twin.hit.clause, candidate.clause)) {
        // A 任务分解表 row ranked above its task: the task is the precedent, shown in the row's place.
        const task = this.hit({ ...candidate, score: twin.hit.score }, diceSimilarity(queryGrams, grams), false);
        own.set(candidate.clause, own.get(twin.hit.clause) ?? twin.hit.score);
        kept[kept.indexOf(twin)] = { hit: { ...task, duplicates: [...twin.hit.duplicates, twin.hit.clause] }, grams };
        continue;
      }
      if (twin) {
        twin.hit.duplicates.push(candidate.clause);
        continue;
      }
      kept.push({ hit: this.hit(candidate, diceSimilarity(queryGrams, grams), false), grams });
    }
    const chosen = diversify(
      kept.map((k) => k.hit),
      (hit) => this.clause(hit.clause).doc,
      options.limit,
      this.tuning.sameDocumentDecay,
    );
    // The penalty chose the candidates; each shows its own score.
    return pool.some((candidate) => candidate.unpenalized !== undefined) ? chosen.map((hit) => ({ ...hit, score: own.get(hit.clause) ?? hit.score })) : chosen;
  }

  /**
   * The clauses closest to a text by score alone, best first: what `hover` chooses precedents from,
   * without its folding and spreading. For callers that filter the clauses themselves (the
   * clauses stating a target comparable to a draft's).
   */
  related(text: string, limit: number): Candidate[] {
    const key = querySearchKey(text.slice(0, this.tuning.hoverMaxChars));
    return key.length < 2 || limit <= 0 ? [] : this.closest(key, limit, text);
  }

  /**
   * The distinct bigrams of a text's folded key, each with its rarity here (BM25's idf; one the
   * corpus never uses weighs most, `unseen`): for layers that judge a result by what of the text it
   * shares.
   */
  bigramRarity(text: string): { grams: BigramSet; weights: Float64Array; unseen: number } {
    const key = querySearchKey(text.slice(0, this.tuning.hoverMaxChars));
    const grams = key.length < 2 ? new Int32Array(0) : bigramSet(key);
    const unseen = Math.log(1 + (this.index.clauseCount + 0.5) / 0.5);
    const weights = Float64Array.from(grams, (code) => {
      const term = this.index.dictionary.bigram(code >>> 16, code & 0xffff, false);
      return term < 0 ? unseen : this.index.idf(term);
    });
    return { grams, weights, unseen };
  }

  /**
   * The query's rarest terms and the other names of what it names, then again with pseudo-relevance
   * feedback from the first round (`queryExpansion`); long
   * clauses scored by their best passage too.
   */
  private closest(key: string, limit: number, text: string): Ranked[] {
    const drafted = queryTerms(this.index, [key], { unigramWeight: this.tuning.hoverUnigramWeight, unigramsOnlyForSingles: false, markRequired: false });
    const topical = this.tuning.hoverSkipsFigures ? withoutFigures(this.index.dictionary, key, drafted) : drafted;
    const own = keepRarest(this.index, this.focused(topical, text), this.tuning.hoverMaxTerms, this.tuning.hoverMaxPostings);
    const terms = [...own, ...aliasTerms(this.index, key, own, this.tuning.aliasWeight, this.aliases)];
    const pool = this.index.search(terms, limit);
    const all = this.tuning.feedbackTerms > 0 && pool.length > 0 ? withFeedback(this.index, (clause) => this.keys.of(clause).key, terms, pool, this.feedbackOptions) : terms;
    const found = all === terms ? pool : this.index.search(all, limit);
    const ranked = this.tuning.passageChars > 0 ? this.byPassages(found, all) : found;
    return this.tuning.repeatedWordPenalty < 1 ? this.byRepeatedWords(ranked, key) : ranked;
  }

  /**
   * The candidates reordered with those holding none of the draft's rare repeated words
   * (`repeatedWords`) placed lower; each keeps its own score as `unpenalized`.
   */
  private byRepeatedWords(ranked: Ranked[], key: string): Ranked[] {
    const most = this.tuning.repeatedWordMaxShare * this.index.clauseCount;
    const words = repeatedWords(key).filter((word) => this.rarestBigramCount(word) <= most);
    if (words.length === 0) return ranked;
    return ranked
      .map((candidate) => {
        const clauseKey = this.keys.of(candidate.clause).key;
        if (words.some((word) => clauseKey.includes(word))) return candidate;
        return { ...candidate, score: candidate.score * this.tuning.repeatedWordPenalty, unpenalized: candidate.score };
      })
      .sort((x, y) => y.score - x.score || x.clause - y.clause);
  }

  /** How many clauses hold the rarest bigram of a folded word (an upper bound on those holding the word). */
  private rarestBigramCount(word: string): number {
    let least = Infinity;
    for (let i = 1; i < word.length; i++) {
      const term = this.index.dictionary.bigram(word.charCodeAt(i - 1), word.charCodeAt(i), false);
      least = Math.min(least, term < 0 ? 0 : this.index.df(term));
    }
    return least;
  }

  /** The query's terms with those of its opening phrase weighing more (`queryHead`). */
  private focused(terms: QueryTerm[], text: string): QueryTerm[] {
    const head = queryHead(text.slice(0, this.tuning.hoverMaxChars), { weight: this.tuning.focusHead, maxChars: this.tuning.focusHeadMaxChars });
    if (!head) return terms;
    const own = new Set(queryTerms(this.index, [querySearchKey(head.text)], { unigramWeight: 1, unigramsOnlyForSingles: false, markRequired: false }).map((t) => t.term));
    return terms.map((term) => (own.has(term.term) ? { ...term, weight: term.weight * head.weight } : term));
  }

  /** The pool re-ranked with each long clause scored by its best passage too (`passageScore`). */
  private byPassages(pool: Candidate[], terms: QueryTerm[]): Ranked[] {
    const query = passageQuery(terms, this.index.dictionary.size);
    const shape = { width: this.tuning.passageChars, minLength: this.tuning.passageMinChars, maxRead: gramsMaxChars, weight: this.tuning.passageWeight };
    return pool
      .map((candidate) => {
        const known = this.keys.of(candidate.clause);
        const { key, sentenceEnds: ends } = known;
        if (!ends) return candidate;
        known.passageTerms ??= passageTerms(this.index.dictionary, key, shape.maxRead);
        const { score, sentences } = bestPassageScore(this.index, query, candidate.clause, key, ends.key, known.passageTerms, candidate.score, shape);
        if (!sentences || !ends.text) return { ...candidate, score };
        return { ...candidate, score, passage: { start: sentences.first > 0 ? ends.text[sentences.first - 1]! : 0, end: ends.text[sentences.last]! } };
      })
      .sort((x, y) => y.score - x.score || x.clause - y.clause);
  }

  /**
   * Clauses matching typed words: those containing every word (after folding) first, then those
   * containing them under another name (`MAH` → 药品上市许可持有人, `长三角` → 长江三角洲: `policyAliases`
   * and the corpus's own short names), then the closest.
   */
  palette(query: string, options: PaletteOptions): SearchHit[] {
    // A few typed words; a page pasted into the search box is read as its beginning.
    const words = query
      .slice(0, this.tuning.paletteMaxChars)
      .split(/\s+/u)
      .map(querySearchKey)
      .filter((part) => part.length > 0);
    if (words.length === 0 || options.limit <= 0) return [];
    const typed = this.paletteOf(words, options.limit);
    const exact = typed.filter((hit) => hit.exact);
    if (exact.length >= options.limit) return typed;
    const renamed = words
      .flatMap((word, i) => this.aliases.renamings(word, this.tuning.paletteRenamings).map((other) => words.map((w, j) => (j === i ? other : w))))
      .slice(0, this.tuning.paletteRenamings)
      .flatMap((other) => this.paletteOf(other, options.limit, true).map((hit) => ({ hit, foundAs: other })));
    if (renamed.length === 0) return typed;
    const shown = new Set<string>();
    const result: SearchHit[] = [];
    const rows: { hit: SearchHit; foundAs?: string[] }[] = [...exact.map((hit) => ({ hit })), ...renamed, ...typed.filter((h) => !h.exact).map((hit) => ({ hit }))];
    for (const { hit, foundAs } of rows) {
      const key = this.keys.of(hit.clause).key;
      if (shown.has(key) || result.length >= options.limit) continue;
      shown.add(key);
      // Found under another name: the words as the clause writes them, read only for rows shown.
      result.push(foundAs ? { ...hit, foundAs: this.writtenAs(hit.clause, foundAs) } : hit);
    }
    return result;
  }

  /**
   * Folded words as the clause writes them, else as the alias table does (a place word need not be
   * in the clause): the drafter reads `found as 藥品上市許可持有人`, never its search key.
   */
  private writtenAs(clause: number, words: readonly string[]): string {
    const text = this.clause(clause).text;
    return words.map((word) => writtenForm(text, word)?.replace(/\s+/gu, ' ') ?? this.aliases.written(word) ?? word).join(' ');
  }

  /**
   * The palette for words already folded, as typed; `exactOnly` for another name's words, where only
   * clauses holding them count (no near spellings, no clauses sharing a bigram).
   */
  private paletteOf(words: string[], limit: number, exactOnly = false): SearchHit[] {
    const { parts, documents } = this.placeWords(words);
    // Typos are tolerated through the bigrams a misspelt word still shares; unigrams would only
    // add the longest postings there are.
    const terms = queryTerms(this.index, parts, { unigramWeight: 1, unigramsOnlyForSingles: true, markRequired: true });
    const needed = requiredCount(parts);
    const lift = (candidate: Candidate): number =>
      documents && !documents.has(this.clause(candidate.clause).doc) ? -Infinity : candidate.score + (candidate.required >= needed ? this.tuning.exactBonus : 0);
    const pool = this.index.search(terms, limit * 3 + 10, lift).filter((candidate) => candidate.score > -Infinity);
    const wholeWords = typedWords(parts);
    const hits = pool.map((candidate) => {
      const clauseKey = this.keys.of(candidate.clause).key;
      // Every bigram present does not yet mean the words are there in order; check the text.
      const exact = candidate.score >= this.tuning.exactBonus && parts.every((part) => clauseKey.includes(part));
      const score = candidate.score >= this.tuning.exactBonus ? candidate.score - this.tuning.exactBonus : candidate.score;
      return { clauseKey, hit: this.hit({ ...candidate, score }, 0, exact), whole: wordShare(wholeWords, clauseKey) };
    });
    // Clauses with the words as typed first; then those holding more of its words whole.
    hits.sort((x, y) => Number(y.hit.exact) - Number(x.hit.exact) || y.whole - x.whole || y.hit.score - x.hit.score || x.hit.clause - y.hit.clause);
    // A clause's twins (the same key) are exact with it or not at all, so cutting keeps every twin.
    if (exactOnly) hits.splice(hits.findIndex(({ hit }) => !hit.exact) >>> 0);
    // No clause has the words as typed: the closest spellings come before clauses sharing a bigram.
    else if (!hits.some(({ hit }) => hit.exact)) {
      const near = this.nearMatches(parts, documents, limit);
      const nearClauses = new Set(near.map(({ hit }) => hit.clause));
      hits.splice(0, hits.length, ...near.map((n) => ({ ...n, whole: 1 })), ...hits.filter(({ hit }) => !nearClauses.has(hit.clause)));
    }
    const queryGrams = bigramSetOfAll(parts);
    // Near matches come with theirs; otherwise the share of the typed words' bigrams present. The
    // rows show it, so it orders them: a near spelling with three characters of nine wrong (67%)
    // does not go above a clause holding 88% of the words. The sort is stable, so the order above
    // still decides between equal shares (an exact clause before one holding the words apart).
    for (const { hit } of hits) hit.similarity ||= hit.exact ? 1 : containment(queryGrams, this.keys.of(hit.clause).grams);
    hits.sort((x, y) => y.hit.similarity - x.hit.similarity);
    const seen = new Map<string, SearchHit>();
    const result: SearchHit[] = [];
    for (const { clauseKey, hit } of hits) {
      const twin = seen.get(clauseKey);
      if (twin) twin.duplicates.push(hit.clause);
      else if (result.length < limit) {
        seen.set(clauseKey, hit);
        result.push(hit);
      }
    }
    return result;
  }

  /**
   * Words of a palette query that name a place (`浦东`, `山东`) rather than say what a clause is
   * about: when a word fuzzily matches the region of some documents but not of all, it narrows
   * the search to those documents, so `新药贷 浦东` finds Pudong's clause. fuse.js suits this (a
   * handful of short names, typos welcome). A query keeps at least one word to search the text with.
   * Only a document's stated region counts: an own document's short name is its folder and title,
   * and `采砂 监管` read 监管 as the place of every title holding it.
   */
  private placeWords(words: string[]): { parts: string[]; documents?: Set<number> } {
    if (words.length < 2) return { parts: words };
    this.places ??= new Fuse(
      this.corpus.documents.flatMap((document, doc) => (document.region ? [{ doc, place: document.region }] : [])),
      { keys: ['place'], ignoreLocation: true, includeScore: true, threshold: this.tuning.placeThreshold },
    );
    let documents: Set<number> | undefined;
    const parts: string[] = [];
    for (const word of words) {
      const named = new Set(this.places.search(word).map((match) => match.item.doc));
      const isPlace = word.length >= 2 && named.size > 0 && named.size < this.corpus.documents.length;
      // Two places (`浙江 山东`) mean either of them.
      if (isPlace) documents = new Set([...(documents ?? []), ...named]);
      else parts.push(word);
    }
    return parts.length > 0 ? { parts, ...(documents ? { documents } : {}) } : { parts: words };
  }

  /**
   * Clauses where every typed word occurs with at most its `typoBudget` of characters substituted,
   * fewest substitutions first. Such a clause holds at least one of any `budget + 1` characters of
   * the word, so the postings of the rarest few characters of one word reach every candidate; the
   * text is then read for a bounded pool, best BM25 score of those characters first.
   */
  private nearMatches(parts: string[], documents: Set<number> | undefined, limit: number): { clauseKey: string; hit: SearchHit }[] {
    const budgets = parts.map(typoBudget);
    if (budgets.every((budget) => budget === 0)) return [];
    const typed = parts.reduce((sum, part) => sum + part.length, 0);
    const generators = parts.map((part, i) => this.rarestCharacters(part, budgets[i]! + 1));
    const postings = (terms: QueryTerm[]): number => terms.reduce((sum, t) => sum + this.index.df(t.term), 0);
    const terms = generators.reduce((best, next) => (postings(next) < postings(best) ? next : best));
    const inPlace = (candidate: Candidate): number => (documents && !documents.has(this.clause(candidate.clause).doc) ? -Infinity : candidate.score);
    const found: { clauseKey: string; hit: SearchHit; wrong: number }[] = [];
    for (const candidate of this.index.search(terms, limit * this.tuning.nearPoolPerResult, inPlace)) {
      if (candidate.score === -Infinity) break;
      const clauseKey = this.keys.of(candidate.clause).key;
      let wrong = 0;
      for (let i = 0; i < parts.length && wrong >= 0; i++) {
        const substituted = fewestSubstitutions(parts[i]!, clauseKey, budgets[i]!);
        wrong = substituted === undefined ? -1 : wrong + substituted;
      }
      if (wrong >= 0) found.push({ clauseKey, hit: this.hit(candidate, 1 - wrong / typed, false), wrong });
    }
    found.sort((x, y) => x.wrong - y.wrong || y.hit.score - x.hit.score || x.hit.clause - y.hit.clause);
    return found;
  }

  /**
   * The `count` rarest characters of a word, by position, as index terms (unknown ones have no
   * postings). UTF-16 units, as the index and `fewestSubstitutions` count them.
   */
  private rarestCharacters(word: string, count: number): QueryTerm[] {
    const terms = Array.from({ length: word.length }, (_, i) => ({ term: this.index.dictionary.unigram(word.charCodeAt(i), false), weight: 1, required: false }));
    const rarity = (t: QueryTerm): number => (t.term < 0 ? 0 : this.index.df(t.term));
    return terms
      .sort((x, y) => rarity(x) - rarity(y))
      .slice(0, count)
      .filter((t, i, kept) => t.term >= 0 && kept.findIndex((k) => k.term === t.term) === i);
  }

  private get feedbackOptions(): FeedbackOptions {
    const { feedbackTerms: terms, feedbackDocs: docs, feedbackWeight: weight, feedbackAgreement: agreement, hoverMaxPostings: maxPostings } = this.tuning;
    return { terms, docs, weight, agreement, maxPostings };
  }

  /** Whether one clause is the 任务分解表 row of the other. */
  private restatesOther(a: number, b: number): boolean {
    return this.restates(a, b) || this.restates(b, a);
  }

  /** Whether `row` is the 任务分解表 row of `task`. */
  private restates(row: number, task: number): boolean {
    const x = this.clause(row);
    const y = this.clause(task);
    return x.doc === y.doc && x.restates === y.line;
  }

  private hit(candidate: Ranked, similarity: number, exact: boolean): SearchHit {
    return { clause: candidate.clause, score: candidate.score, similarity, exact, duplicates: [], ...(candidate.passage ? { passage: candidate.passage } : {}) };
  }
}

/**
 * A candidate, with the passage that ranked it when a long clause was scored by one, and its score
 * before `repeatedWordPenalty` placed it lower.
 */
type Ranked = Candidate & Pick<SearchHit, 'passage'> & { unpenalized?: number };

/**
 * Greedy re-ranking: each pick multiplies the scores of the remaining clauses of the same
 * document by a decay, so the top results span documents unless one document is far better.
 */
export function diversify(hits: SearchHit[], documentOf: (hit: SearchHit) => number, limit: number, decay: number): SearchHit[] {
  const remaining = [...hits];
  const shown = new Map<number, number>();
  const chosen: SearchHit[] = [];
  while (chosen.length < limit && remaining.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    remaining.forEach((hit, i) => {
      const adjusted = hit.score * decay ** (shown.get(documentOf(hit)) ?? 0);
      if (adjusted > bestScore) {
        bestScore = adjusted;
        best = i;
      }
    });
    const [hit] = remaining.splice(best, 1);
    shown.set(documentOf(hit!), (shown.get(documentOf(hit!)) ?? 0) + 1);
    chosen.push(hit!);
  }
  return chosen;
}

/** The short names the corpus's clauses define. */
function namesOf(corpus: SearchCorpus): DefinedName[] {
  return corpusDefinedNames(corpus.clauses.map((clause) => clause.text));
}

/**
 * The folded key of each clause, in one scratch buffer reused from clause to clause: what the index
 * counts. Read when called, so clauses appended to the corpus later have theirs too.
 */
export function keysOf(corpus: SearchCorpus): KeyOf {
  let scratch: { units: Uint16Array; length: number } = { units: new Uint16Array(1024), length: 0 };
  return (i) => (scratch = foldUnitsInto(corpus.clauses[i]!.text, scratch.units));
}
