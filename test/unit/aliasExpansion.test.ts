import * as assert from 'node:assert/strict';
import { AliasExpansion, aliasTerms } from '../../src/core/search/aliasExpansion';
import { querySearchKey } from '../../src/core/search/normalizeKey';
import { policyAliases } from '../../src/core/search/policyAliases';
import { queryTerms } from '../../src/core/search/queryTerms';
import { defaultTuning, SearchEngine } from '../../src/core/search/searchEngine';
import type { SearchClause, SearchCorpus } from '../../src/core/search/types';
import { bm25Of } from './bm25Of';

/**
 * A draft names a region or a regulatory term one way, a precedent the other (issue 12): the
 * query is widened by the other names `policyAliases` states for it.
 */

const expansion = new AliasExpansion(policyAliases);
const alternatives = (text: string): string[] => expansion.alternatives(querySearchKey(text));

describe('alias expansion', () => {
  const cases: { sentence: string; expected: string[] }[] = [
    {
      sentence: '深化长三角生物医药产业协同，共建长三角临床研究协作网络。',
      expected: ['长江三角洲', '沪苏浙皖'],
    },
    {
      sentence: '支持药品上市许可持有人委托本地CDMO企业生产。',
      expected: ['mah', '合同研发生产组织', '合同定制研发生产'],
    },
    {
      sentence: '推动ＡＩ辅助药物设计，建设智能药物研发算力平台。',
      expected: ['人工智能'],
    },
    {
      sentence: '支持企业按照药品生产质量管理规范（GMP）改造生产线。',
      expected: [],
    },
    {
      // `ai` inside a Latin word is not an abbreviation of its own.
      sentence: '推广Email电子证照送达服务，实现审批结果线上推送。',
      expected: [],
    },
    {
      sentence: '完善市、县、乡三级应急物资储备网络，动态调整储备品种目录。',
      expected: [],
    },
  ];
  for (const { sentence, expected } of cases) {
    it(`${sentence.slice(0, 16)}… → ${expected.join('、') || 'nothing'}`, () => {
      assert.deepEqual(alternatives(sentence), expected);
    });
  }

  it('leaves out forms of one character and forms the key already holds', () => {
    const own = new AliasExpansion([
      ['长三角', '沪', '沪苏浙皖'],
      ['医疗保障', '医保'],
    ]);
    assert.deepEqual(own.alternatives(querySearchKey('将创新药械纳入医保目录，提高医疗保障水平。')), []);
    assert.deepEqual(own.alternatives(querySearchKey('深化沪苏浙皖产业链协同。')), ['长三角']);
  });
});

describe('a palette word under its other names', () => {
  const cases: { word: string; expected: string[] }[] = [
    { word: 'MAH', expected: ['药品上市许可持有人'] },
    { word: '长三角一体化', expected: ['长江三角洲一体化', '沪苏浙皖一体化'] },
    // `ai` inside a Latin word is not the abbreviation.
    { word: 'email', expected: [] },
    { word: '一事一议', expected: [] },
  ];
  for (const { word, expected } of cases) {
    it(`${word} → ${expected.join('、') || 'nothing'}`, () => {
      assert.deepEqual(expansion.renamings(querySearchKey(word), 3), expected);
    });
  }

  it('gives a form as the table writes it', () => {
    assert.equal(expansion.written(querySearchKey('ＭＡＨ')), 'MAH');
    assert.equal(expansion.written('未载明的词'), undefined);
  });

  it('gives at most the number asked for', () => {
    assert.equal(expansion.renamings(querySearchKey('长三角医保'), 1).length, 1);
  });
});

describe('palette words found under another name', () => {
  const texts = ['深化长三角生物医药产业协同。', '推进长江三角洲区域一体化发展，共建临床研究协作网络。', '加强京津冀产业协同。'];
  const corpus: SearchCorpus = {
    documents: texts.map((_, i) => ({ id: `d${i}`, title: `文件${i}`, shortName: `文件${i}` })),
    clauses: texts.map((text, i) => ({ doc: i, text, path: [], line: 0, targets: [], units: [] }) as unknown as SearchClause),
  };
  const engine = SearchEngine.build(corpus, defaultTuning);

  it('lists the clauses holding the word as typed first, then those under its other names', () => {
    const hits = engine.palette('长三角', { limit: 5 });
    assert.deepEqual(
      hits.map((h) => [h.clause, h.foundAs]),
      [
        [0, undefined],
        [1, '长江三角洲'],
      ],
    );
  });

  it('says the other name as the clause writes it, not as its search key', () => {
    const written = ['落实ＭＡＨ制度，压实持有人主体责任。', '支持MAH委托生产。', '推进长江、三角洲一体化发展。'];
    const engine = SearchEngine.build(
      {
        documents: written.map((_, i) => ({ id: `d${i}`, title: `文件${i}`, shortName: `文件${i}` })),
        clauses: written.map((text, i) => ({ doc: i, text, path: [], line: 0, targets: [], units: [] }) as unknown as SearchClause),
      },
      defaultTuning,
    );
    assert.deepEqual(
      engine
        .palette('药品上市许可持有人', { limit: 5 })
        .map((h) => h.foundAs)
        .sort(),
      ['MAH', 'ＭＡＨ'],
    );
    assert.deepEqual(
      engine.palette('长三角 发展', { limit: 5 }).map((h) => h.foundAs),
      ['长江、三角洲 发展'],
    );
  });

  it('needs no other name once the word as typed fills the places', () => {
    assert.deepEqual(
      engine.palette('长三角', { limit: 1 }).map((h) => h.clause),
      [0],
    );
  });
});

describe('alias terms in the query', () => {
  const texts = [
    '加强京津冀临床研究协作，推动伦理审查结果互认。',
    '加强沪苏浙皖临床研究协作，推动伦理审查结果互认，共享受试者招募平台。',
    '建设智慧医院，推进远程医疗服务覆盖县级医院。',
    '设立知识产权质押融资风险补偿资金池，对合作银行的贷款损失给予补偿。',
  ];
  const corpus: SearchCorpus = {
    documents: texts.map((_, i) => ({ id: `d${i}`, title: `文件${i}`, shortName: `文件${i}` })),
    clauses: texts.map((text, i) => ({ doc: i, text, path: [], line: 0, targets: [], units: [] }) as unknown as SearchClause),
  };
  const index = bm25Of(texts);
  const draft = '加强长三角临床研究协作，推动伦理审查结果互认。';

  it('adds the bigrams of the other names at their weight, none of the query’s own', () => {
    const key = querySearchKey(draft);
    const own = queryTerms(index, [key], { unigramWeight: 0, unigramsOnlyForSingles: true, markRequired: false });
    const added = aliasTerms(index, key, own, 0.5);
    // 沪苏, 苏浙 and 浙皖 are in the corpus; 长江, 江三, 三角 (长江三角洲) partly are not.
    const known = ['沪苏', '苏浙', '浙皖'].map((g) => index.dictionary.bigram(g.charCodeAt(0), g.charCodeAt(1), false));
    assert.deepEqual(new Set(added.map((t) => t.term)), new Set(known));
    assert.ok(added.every((t) => t.weight === 0.5));
    assert.deepEqual(aliasTerms(index, key, own, 0), []);
  });

  it('lets a hover find the precedent that writes the region the other way', () => {
    const rank = (weight: number): number =>
      SearchEngine.build(corpus, { ...defaultTuning, aliasWeight: weight })
        .hover(draft, { limit: 4 })
        .findIndex((hit) => hit.clause === 1);
    assert.equal(rank(0.5), 0);
    assert.notEqual(rank(0), 0);
  });
});
