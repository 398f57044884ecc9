import * as assert from 'node:assert/strict';
import { Bm25Counts, postingSize } from '../../src/core/search/bm25Counts';
import { Bm25Index } from '../../src/core/search/bm25Index';
import { defaultTuning } from '../../src/core/search/searchEngine';

/** Counts of clauses given as plain strings (no folding: the tests choose the units). */
function countsOf(texts: readonly string[]): Bm25Counts {
  const counts = new Bm25Counts();
  for (const text of texts)
    counts.add(
      Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)),
      text.length,
    );
  return counts;
}

const termOf = (counts: Bm25Counts, gram: string): number =>
  gram.length === 1 ? counts.dictionary.unigram(gram.charCodeAt(0), false) : counts.dictionary.bigram(gram.charCodeAt(0), gram.charCodeAt(1), false);

describe('search/Bm25Counts', () => {
  const clauses = ['推进数字化转型', '加快数字化转型，推进数字产业化', '建设城市算力中心', '数字数字数字'];

  const cases: { gram: string; df: number; postings: [clause: number, tf: number][] }[] = [
    {
      gram: '数字',
      df: 3,
      postings: [
        [0, 1],
        [1, 2],
        [3, 3],
      ],
    },
    {
      gram: '推进',
      df: 2,
      postings: [
        [0, 1],
        [1, 1],
      ],
    },
    {
      gram: '字',
      df: 3,
      postings: [
        [0, 1],
        [1, 2],
        [3, 3],
      ],
    },
    { gram: '算力', df: 1, postings: [[2, 1]] },
    { gram: '中心', df: 1, postings: [[2, 1]] },
  ];
  for (const { gram, df, postings } of cases) {
    it(`counts ${gram}: in ${df} clauses, its postings sized by their deltas and frequencies`, () => {
      const counts = countsOf(clauses);
      const term = termOf(counts, gram);
      assert.ok(term >= 0);
      assert.equal(counts.documentFrequency()[term], df);
      const start = counts.postingStart();
      let last = -1;
      const expected = postings.reduce((sum, [clause, tf]) => {
        const size = postingSize(clause - last, tf);
        last = clause;
        return sum + size;
      }, 0);
      assert.equal(start[term + 1]! - start[term]!, expected);
    });
  }

  it('gives term ids in the order terms are first seen: each unigram, then the bigram ending there', () => {
    const counts = countsOf(['数字化', '化数']);
    assert.deepEqual(
      ['数', '字', '数字', '化', '字化', '化数'].map((gram) => termOf(counts, gram)),
      [0, 1, 2, 3, 4, 5],
    );
  });

  it('sizes postings as the index then writes them, past a delta or frequency of one varint byte', () => {
    // 200 clauses without 目标, then one that repeats it 300 times: a two-byte delta and frequency.
    const texts = [...Array.from({ length: 200 }, (_, i) => `第${i}条`), '目标'.repeat(300), '目标'];
    const counts = countsOf(texts);
    const term = termOf(counts, '目标');
    const start = counts.postingStart();
    assert.equal(start[term + 1]! - start[term]!, postingSize(201, 300) + postingSize(1, 1));
    assert.equal(postingSize(201, 300), 2 + 2);
    const index = Bm25Index.fromCounts(counts, defaultTuning);
    assert.deepEqual(
      index.search([{ term, weight: 1, required: true }], 5).map((c) => c.clause),
      [200, 201],
    );
  });

  const sizes: [after: number, freq: number][] = [
    [0, 1],
    [0, 2],
    [62, 1],
    [63, 5],
    [8190, 127],
    [8191, 128],
    [9000, 16383],
    [9000, 16384],
  ];
  for (const [after, freq] of sizes) {
    it(`sizes a posting ${after + 1} clauses on with ${freq} occurrence(s) as postingSize does (${postingSize(after + 1, freq)} bytes)`, () => {
      const texts = [...Array.from({ length: after }, () => '其他'), '目'.repeat(freq)];
      const counts = countsOf(texts);
      const term = termOf(counts, '目');
      const start = counts.postingStart();
      assert.equal(start[term + 1]! - start[term]!, postingSize(after + 1, freq));
      const index = Bm25Index.fromCounts(counts, defaultTuning);
      assert.equal(index.parts.postings.length, start[counts.dictionary.size]);
    });
  }

  it('builds the index Bm25Index.build builds from the same clauses', () => {
    const texts = [...clauses, '统筹全市智能算力资源', '数字'];
    const built = Bm25Index.build(
      texts.length,
      (i) => ({ units: Uint16Array.from({ length: texts[i]!.length }, (_, j) => texts[i]!.charCodeAt(j)), length: texts[i]!.length }),
      defaultTuning,
    );
    const counted = Bm25Index.fromCounts(countsOf(texts), defaultTuning);
    assert.deepEqual(counted.parts, built.parts);
  });

  it('grows past its first term-indexed arrays (16,384 terms) without losing a count', () => {
    // Distinct characters from the CJK block: each clause brings new unigrams and bigrams.
    const texts = Array.from({ length: 400 }, (_, i) => Array.from({ length: 30 }, (_, j) => String.fromCharCode(0x4e00 + ((i * 30 + j) % 20000))).join(''));
    const counts = countsOf(texts);
    assert.ok(counts.dictionary.size > 1 << 14, `${counts.dictionary.size} terms`);
    const df = counts.documentFrequency();
    assert.equal(df.length, counts.dictionary.size);
    assert.equal(df[termOf(counts, texts[399]!.slice(28, 30))], 1);
    assert.equal(counts.clauseCount, 400);
    assert.equal(counts.totalLength, 400 * 30);
  });
});
