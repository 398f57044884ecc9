import * as assert from 'node:assert/strict';
import { TermDictionary } from '../../src/core/search/termDictionary';

/** Term ids the one-call-per-term way: each unit's unigram, then the bigram ending there. */
function idsByCalls(dictionary: TermDictionary, text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    out.push(dictionary.unigram(text.charCodeAt(i), true));
    out.push(i === 0 ? -1 : dictionary.bigram(text.charCodeAt(i - 1), text.charCodeAt(i), true));
  }
  return out;
}

function idsByKey(dictionary: TermDictionary, text: string): number[] {
  const out = new Int32Array(2 * text.length);
  dictionary.addTerms(
    Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)),
    text.length,
    out,
  );
  return [...out];
}

/** Many distinct bigrams: the table (65,536 slots, rehashed when half full) doubles at least twice. */
const manyBigrams = Array.from({ length: 400 }, (_, i) => Array.from({ length: 200 }, (_, j) => String.fromCharCode(0x4e00 + ((i * 7 + j * 13) % 2000))).join(''));

describe('search/TermDictionary.addTerms', () => {
  const cases: { name: string; texts: string[] }[] = [
    { name: 'a plan clause', texts: ['推进数字化转型，加快建设数字中国。'] },
    { name: 'clauses sharing terms', texts: ['建设城市算力中心', '统筹全市智能算力资源', '算力'] },
    { name: 'one character, repeated', texts: ['数', '数数数数'] },
    { name: 'an empty key between others', texts: ['目标', '', '目标任务'] },
    { name: 'characters outside the BMP, as surrogate pairs', texts: ['𠮷野家𠮷', '野家'] },
    { name: 'enough bigrams to grow the table', texts: manyBigrams },
  ];
  for (const { name, texts } of cases) {
    it(`gives the ids unigram and bigram give, in the same order: ${name}`, () => {
      const byCalls = new TermDictionary();
      const byKey = new TermDictionary();
      for (const text of texts) assert.deepEqual(idsByKey(byKey, text), idsByCalls(byCalls, text));
      assert.equal(byKey.size, byCalls.size);
      assert.deepEqual(byKey.parts, byCalls.parts);
    });
  }
});
