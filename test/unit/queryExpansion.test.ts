import * as assert from 'node:assert/strict';
import { querySearchKey } from '../../src/core/search/normalizeKey';
import { withFeedback } from '../../src/core/search/queryExpansion';
import { queryTerms } from '../../src/core/search/queryTerms';
import { bm25Of } from './bm25Of';

/**
 * Pseudo-relevance feedback: the bigrams the best first-round matches agree on join the query; a
 * bigram of one match alone, or one the query has, does not.
 */

const texts = [
  '建设药物临床试验伦理审查互认平台，推动多中心临床试验伦理审查结果互认。',
  '推进临床试验机构伦理审查互认，缩短多中心临床试验启动时间。',
  '支持医疗机构建设临床研究病房，开展研究者发起的临床研究。',
  '设立知识产权质押融资风险补偿资金池，对合作银行的贷款损失给予补偿。',
];
const index = bm25Of(texts);
const keyOf = (clause: number): string => querySearchKey(texts[clause]!);
const bigram = (text: string): number => index.dictionary.bigram(text.charCodeAt(0), text.charCodeAt(1), false);
const options = { terms: 20, docs: 3, weight: 0.3, agreement: 2, maxPostings: 100_000 };

describe('pseudo-relevance feedback', () => {
  const draft = querySearchKey('推动伦理审查互认，加快临床试验启动。');
  const own = queryTerms(index, [draft], { unigramWeight: 0, unigramsOnlyForSingles: true, markRequired: false });
  const pool = index.search(own, 3);
  const added = withFeedback(index, keyOf, own, pool, options).slice(own.length);
  const cases: { gram: string; joins: boolean; why: string }[] = [
    { gram: '中心', joins: true, why: 'both 伦理审查 matches write 多中心' },
    { gram: '机构', joins: true, why: 'two of the three matches write it' },
    { gram: '病房', joins: false, why: 'one match alone writes it' },
    { gram: '审查', joins: false, why: 'the draft has it already' },
    { gram: '质押', joins: false, why: 'no match writes it' },
  ];
  for (const { gram, joins, why } of cases) {
    it(`${gram} ${joins ? 'joins' : 'does not join'}: ${why}`, () => {
      assert.equal(
        added.some((t) => t.term === bigram(gram)),
        joins,
      );
    });
  }

  it('weighs every added term alike, and keeps the query first and unchanged', () => {
    const all = withFeedback(index, keyOf, own, pool, options);
    assert.deepEqual(all.slice(0, own.length), own);
    assert.ok(all.slice(own.length).every((t) => t.weight === 0.3 && !t.required));
    assert.equal(withFeedback(index, keyOf, own, pool, { ...options, terms: 2 }).length, own.length + 2);
  });
});
