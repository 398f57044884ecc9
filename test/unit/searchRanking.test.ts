import * as assert from 'node:assert/strict';
import { bigramSet, containment, diceSimilarity, nearDuplicate } from '../../src/core/search/bigramSimilarity';
import { clauseSearchKey, querySearchKey } from '../../src/core/search/normalizeKey';
import { keepRarest, queryTerms } from '../../src/core/search/queryTerms';
import { typedWords, wordShare } from '../../src/core/search/typedWords';
import { defaultTuning, SearchEngine } from '../../src/core/search/searchEngine';
import type { SearchCorpus } from '../../src/core/search/types';
import { fixtureCorpus } from './searchFixture';

/** Ranking choices made on the real documents as well as the bundled corpus (issue 11). */

describe('search ranking: near-duplicates tested in one pass', () => {
  const table: [string, string][] = [
    ['支持医疗机构开展互联网诊疗服务，推进电子处方流转和药品网上配送。', '支持医疗机构开展互联网诊疗服务，推进电子处方流转和药品网上配送。'],
    ['支持医疗机构开展互联网诊疗服务，推进电子处方流转和药品网上配送。', '支持医疗机构开展互联网诊疗服务，推进电子处方流转。'],
    ['各级政府性融资担保、再担保机构要在可持续经营的前提下，保持较低的费率水平。', '各级政府性融资担保、再担保机构要在可持续经营的前提下，适时调降再担保费率。'],
    ['建立公共数据授权运营机制，在健康医疗、地理空间等领域开展授权运营试点。', '数据专区采取政府授权运营模式，遴选企事业单位开展数据专区建设和运营。'],
    ['完善市、县、乡三级应急物资储备网络。', '加大领军人才和创新团队引进力度，在住房、子女入学等方面给予保障。'],
  ];
  for (const [a, b] of table) {
    it(`agrees with Dice ≥ 0.9 or containment ≥ 0.8 on ${b.slice(0, 12)}…`, () => {
      const [x, y] = [bigramSet(clauseSearchKey(a)), bigramSet(clauseSearchKey(b))];
      for (const [dice, contained] of [
        [0.9, 0.8],
        [0.5, 0.5],
        [0.3, 0.99],
      ] as const) {
        const expected = diceSimilarity(x, y) >= dice || containment(x, y) >= contained;
        assert.equal(nearDuplicate(x, y, dice, contained), expected, `${dice}/${contained}`);
        assert.equal(nearDuplicate(y, x, dice, contained), expected, 'symmetric');
      }
    });
  }
});

describe('search ranking: a hover query keeps its words, not only its rarest bigrams', () => {
  const engine = SearchEngine.build(fixtureCorpus);
  const index = (engine as unknown as { index: Parameters<typeof keepRarest>[0] }).index;
  const queries = [
    '建立生物医药产业统计监测和运行分析制度，逐季调度重点任务推进情况，将目标完成情况纳入年度考核。',
    '支持企业开发新药贷等专属信贷产品，扩大知识产权质押融资规模，设立风险补偿资金池。',
  ];
  for (const query of queries) {
    it(`keeps every term of ${query.slice(0, 12)}… while its postings fit the budget`, () => {
      const terms = queryTerms(index, [querySearchKey(query)], { unigramWeight: defaultTuning.hoverUnigramWeight, unigramsOnlyForSingles: false, markRequired: false });
      assert.ok(terms.length > 40, `${terms.length} terms`);
      assert.equal(keepRarest(index, terms, defaultTuning.hoverMaxTerms, defaultTuning.hoverMaxPostings).length, terms.length);
    });
  }

  it('stops at the postings budget, rarest first', () => {
    const terms = queryTerms(index, [querySearchKey(queries[0]!)], { unigramWeight: 0.25, unigramsOnlyForSingles: false, markRequired: false });
    const kept = keepRarest(index, terms, 400, 20);
    const postings = kept.reduce((sum, t) => sum + index.df(t.term), 0);
    assert.ok(kept.length >= 1 && kept.length < terms.length);
    assert.ok(postings <= 20 || kept.length === 1, `${postings} postings`);
    const widest = Math.max(...kept.map((t) => index.df(t.term)));
    assert.ok(
      terms.filter((t) => !kept.includes(t)).every((t) => index.df(t.term) >= widest),
      'the dropped terms are the commoner ones',
    );
  });
});

describe('search ranking: feedback from bigrams its first matches agree on', () => {
  const document = (id: string) => ({ id, title: id, shortName: id });
  const corpus: SearchCorpus = {
    documents: [document('a'), document('b'), document('c')],
    clauses: [
      { doc: 0, text: '建立公共数据授权运营机制，在海洋牧场领域开展授权运营试点。', path: [], line: 0, targets: [], units: [] },
      { doc: 1, text: '扩大公共数据授权运营试点范围，健全数据运营机制。', path: [], line: 0, targets: [], units: [] },
      // Shares no character with the draft clause: only feedback from the first match's 海洋牧场 reaches it.
      { doc: 2, text: '推进海洋牧场养殖，壮大深远海渔业和远洋捕捞。', path: [], line: 0, targets: [], units: [] },
    ],
  };
  const query = '建立公共数据授权运营机制，开展授权运营试点。';
  const found = (feedbackAgreement: number): string[] =>
    SearchEngine.build(corpus, { ...defaultTuning, feedbackAgreement })
      .hover(query, { limit: 5 })
      .map((hit) => corpus.clauses[hit.clause]!.text);

  it('leaves out a clause reached only through one match’s own topic', () => {
    assert.ok(!found(defaultTuning.feedbackAgreement).some((text) => text.startsWith('推进海洋牧场')));
    assert.equal(found(defaultTuning.feedbackAgreement)[0], corpus.clauses[0]!.text);
  });

  it('would have drifted to it with feedback from a single match', () => {
    assert.ok(found(1).some((text) => text.startsWith('推进海洋牧场')));
  });
});

describe('search ranking: palette words held whole before shared bigrams', () => {
  const words: [string[], string[]][] = [
    [['产业基金'], ['产业', '基金']],
    [
      ['露天煤矿', '无人驾驶'],
      ['露天', '煤矿', '无人驾驶'],
    ],
  ];
  for (const [parts, expected] of words) {
    it(`reads ${parts.join(' ')} as the words ${expected.join('、')}`, () => {
      assert.deepEqual(typedWords(parts), expected);
    });
  }

  it('weighs the share of the words found whole, and leaves a query of no such word alone', () => {
    assert.equal(wordShare(['产业', '基金'], '夯实产业基础能力'), 0.5);
    assert.equal(wordShare(['产业', '基金'], '设立产业发展基金'), 1);
    assert.equal(wordShare([], '设立产业发展基金'), 1);
  });

  const document = (id: string) => ({ id, title: id, shortName: id });
  const clause = (doc: number, text: string) => ({ doc, text, path: [], line: 0, targets: [], units: [] });
  const corpus: SearchCorpus = {
    documents: [document('a'), document('b'), document('c'), document('d')],
    clauses: [
      clause(0, '实施产业基础再造工程，夯实产业基础能力，提升产业链供应链韧性。'),
      clause(1, '设立生物医药产业发展基金，引导社会资本投向早期项目。'),
      clause(2, '发挥政府产业引导基金作用，吸引天使投资和风险投资。'),
      clause(3, '用好省转型升级产业基金，支持重大产业化项目。'),
    ],
  };
  it('puts clauses with 产业 and 基金 before 产业基础 after the one with 产业基金 as typed', () => {
    const hits = SearchEngine.build(corpus).palette('产业基金', { limit: 4 });
    assert.deepEqual(
      hits.map((hit) => hit.exact),
      [true, false, false, false],
    );
    assert.ok(corpus.clauses[hits[3]!.clause]!.text.startsWith('实施产业基础'), 'the 产业基础 clause comes last');
  });
});

describe('search ranking: query terms', () => {
  const engine = SearchEngine.build(fixtureCorpus);
  const index = (engine as unknown as { index: Parameters<typeof queryTerms>[0] }).index;
  const cases: [string, number][] = [
    ['互联网医院', 0],
    ['药', 0],
    ['互联网医院', 0.25],
  ];
  for (const [text, unigramWeight] of cases) {
    it(`gives ${text} no term of weight 0 (unigram weight ${unigramWeight})`, () => {
      const terms = queryTerms(index, [text], { unigramWeight, unigramsOnlyForSingles: false, markRequired: false });
      assert.ok(terms.every((term) => term.weight > 0));
    });
  }
});
