import * as assert from 'node:assert/strict';
import { figureTerms, withoutFigures } from '../../src/core/search/figureTerms';
import { querySearchKey } from '../../src/core/search/normalizeKey';
import { queryTerms } from '../../src/core/search/queryTerms';
import { defaultTuning, SearchEngine } from '../../src/core/search/searchEngine';
import type { SearchClause, SearchCorpus } from '../../src/core/search/types';
import { bm25Of } from './bm25Of';

/**
 * A draft's figures (`最高500万元`, `到2027年`) are what precedents state differently: the hover's
 * query leaves out its digits and the bigrams holding one (issue 11).
 */

describe('search: the figures of a draft clause', () => {
  const cases: { sentence: string; figures: string[]; why: string }[] = [
    {
      sentence: '对单户500万元以下的小微企业和“三农”主体担保费率降至1%以下。',
      figures: ['5', '0', '1', '户5', '50', '00', '0万', '至1', '1以'],
      why: 'an amount and a rate, with the bigrams joining them to their words',
    },
    {
      sentence: '到2027年，城镇新建建筑中绿色建筑占比达到100%。',
      figures: ['2', '0', '7', '1', '到2', '20', '02', '27', '7年', '到1', '10', '00'],
      why: 'a year and a share',
    },
    { sentence: '新增深远海养殖水体２０万立方米。', figures: ['2', '0', '体2', '20', '0万'], why: 'full-width digits fold to ASCII' },
    { sentence: '完善市、县、乡三级应急物资储备网络。', figures: [], why: 'Chinese numerals are words' },
    { sentence: '2026', figures: ['2', '0', '6', '20', '02', '26'], why: 'a key of digits only' },
  ];
  for (const { sentence, figures, why } of cases)
    it(`${sentence.slice(0, 14)}…: ${why}`, () => {
      const index = bm25Of([sentence]);
      const id = (gram: string): number =>
        gram.length === 1 ? index.dictionary.unigram(gram.charCodeAt(0), false) : index.dictionary.bigram(gram.charCodeAt(0), gram.charCodeAt(1), false);
      assert.deepEqual(figureTerms(index.dictionary, querySearchKey(sentence)), new Set(figures.map(id)));
    });

  it('names no term the corpus does not hold', () => {
    const index = bm25Of(['建设区域性公共算力平台，为中小企业提供普惠算力服务。']);
    assert.deepEqual(figureTerms(index.dictionary, querySearchKey('算力规模达到5000P')), new Set());
  });

  it('keeps every term of the words and drops those of the figures', () => {
    const draft = '给予依托企业最高800万元一次性奖励。';
    const index = bm25Of([draft, '对获批省级平台的给予一次性奖励。']);
    const key = querySearchKey(draft);
    const terms = queryTerms(index, [key], { unigramWeight: 0.25, unigramsOnlyForSingles: false, markRequired: false });
    const kept = withoutFigures(index.dictionary, key, terms);
    const figures = figureTerms(index.dictionary, key);
    assert.deepEqual(
      kept.map((t) => t.term),
      terms.filter((t) => !figures.has(t.term)).map((t) => t.term),
    );
    assert.equal(terms.length - kept.length, figures.size);
    assert.ok(figures.size > 0);
  });

  it('reads a long run of digits and odd characters in linear time', () => {
    const index = bm25Of(['2027年']);
    const started = performance.now();
    figureTerms(index.dictionary, `${'9'.repeat(100_000)}${'\u0000％'.repeat(50_000)}`);
    assert.ok(performance.now() - started < 1000);
  });
});

describe('search: a hover matches a precedent by its words, not its figures', () => {
  const draft = '推动A级景区门票分时预约，到2026年覆盖100家景区，到2027年覆盖200家景区。';
  // A target clause of another field, stating the same years and counts.
  const figuresOnly = '到2026年新增养老机构100家，到2027年新增养老机构200家。';
  const precedent = '推行景区门票分时预约制度，提升游客游览体验。';
  const others = ['推动公立医院开展互联网诊疗服务，为慢性病复诊患者提供线上续方服务。', '加快建设城市更新项目，完善老旧小区配套设施。'];
  const texts = [figuresOnly, precedent, ...others];
  const corpus: SearchCorpus = {
    documents: texts.map((_, i) => ({ id: `d${i}`, title: `文件${i}`, shortName: `文件${i}` })),
    clauses: texts.map((text, i) => ({ doc: i, text, path: [], line: 0, targets: [], units: [] }) as unknown as SearchClause),
  };
  const first = (skip: boolean): number | undefined => SearchEngine.build(corpus, { ...defaultTuning, hoverSkipsFigures: skip }).hover(draft, { limit: 4 })[0]?.clause;

  it('puts the precedent first, not the clause sharing the figures', () => {
    assert.equal(first(true), 1);
    assert.equal(first(false), 0, 'with its figures, the draft matched the other field’s targets first');
  });
});
