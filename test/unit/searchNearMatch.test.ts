import * as assert from 'node:assert/strict';
import { fewestSubstitutions, typoBudget } from '../../src/core/search/nearMatch';

describe('near match: a typed word with substituted characters', () => {
  const table: { word: string; text: string; budget: number; expected: number | undefined }[] = [
    { word: '中要材', text: '推进中药材产地初加工', budget: 1, expected: 1 },
    { word: '中药材', text: '推进中药材产地初加工', budget: 1, expected: 0 },
    { word: '伦理审察', text: '推动伦理审查结果互认', budget: 1, expected: 1 },
    { word: '伦里审察', text: '推动伦理审查结果互认', budget: 1, expected: undefined },
    { word: '互连网医院', text: '试点互联网医院开设在线门诊', budget: 1, expected: 1 },
    // The window must fit inside the text: a word longer than the text never matches.
    { word: '互联网医院', text: '互联网', budget: 1, expected: undefined },
    { word: '医报', text: '医保目录', budget: 0, expected: undefined },
    { word: '', text: '医保目录', budget: 0, expected: 0 },
  ];
  for (const { word, text, budget, expected } of table) {
    it(`${word || '(empty)'} in ${text} within ${budget}: ${String(expected)}`, () => {
      assert.equal(fewestSubstitutions(word, text, budget), expected);
    });
  }

  it('allows no wrong character in two, one in three to five, two in six to eight', () => {
    assert.deepEqual(['医保', '中药材', '研究型病房', '混合产业用地', '生物医药产业集群'].map(typoBudget), [0, 1, 1, 2, 2]);
  });

  it('allows none in a word too long to have been typed (a pasted sentence)', () => {
    assert.equal(typoBudget('支持企业开发新药贷等专属信贷产品'), 0);
  });

  it('stays linear on a long text', () => {
    const text = '发'.repeat(200_000) + '中药材';
    assert.equal(fewestSubstitutions('中要材', text, 1), 1);
  });
});
