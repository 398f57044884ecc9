import * as assert from 'node:assert/strict';
import { querySearchKey } from '../../src/core/search/normalizeKey';
import { repeatedWords } from '../../src/core/search/repeatedWords';
import { defaultTuning, SearchEngine } from '../../src/core/search/searchEngine';
import type { SearchClause, SearchCorpus } from '../../src/core/search/types';

/**
 * The words a draft clause repeats name its object (林下经济, 预制菜, 储备); a candidate holding none
 * of them is placed lower when the hover chooses its candidates, and shows its own score (issue 11).
 */

describe('search: the words a draft clause repeats', () => {
  const cases: { text: string; words: string[]; why: string }[] = [
    {
      text: '发展林下种植、林下养殖和林下采集加工等林下经济，建设林下经济示范基地，年内新增林下经济经营面积5万亩。',
      words: ['林下经济', '林下'],
      why: 'the longest repeat, and a shorter one that occurs more often',
    },
    {
      text: '培育预制菜龙头企业，建设预制菜产业园和中央厨房项目，设立预制菜产业发展基金，力争全市预制菜产业规模突破100亿元。',
      words: ['预制菜产业', '预制菜'],
      why: 'a word inside a longer repeat counts when it occurs more often',
    },
    {
      text: '建立公共数据授权运营机制，选择医疗健康、交通出行、普惠金融等领域开展授权运营试点。',
      words: ['授权运营'],
      why: 'its pieces (授权, 运营) occur no more often than the whole',
    },
    { text: '新建公共充电桩1000个、改造老旧充电桩1000个。', words: ['充电桩'], why: 'a figure is no word, however often it is stated' },
    { text: '加强校外培训机构监管，减轻学生课业负担。', words: [], why: 'nothing repeated' },
    { text: '养老', words: [], why: 'too short to hold a repeat' },
  ];
  for (const { text, words, why } of cases)
    it(`${text.slice(0, 14)}…: ${why}`, () => {
      assert.deepEqual(repeatedWords(querySearchKey(text)), words);
    });

  it('does not count overlapping occurrences', () => {
    assert.deepEqual(repeatedWords('哈哈哈'), []);
    assert.deepEqual(repeatedWords('哈哈哈哈'), ['哈哈']);
  });

  it('reads a long run of one character and a page of text in linear time', () => {
    const started = performance.now();
    repeatedWords('啊'.repeat(50_000));
    repeatedWords('推进林下经济发展，'.repeat(5_000));
    assert.ok(performance.now() - started < 5000);
  });
});

describe('search: the hover places a candidate without the repeated words lower', () => {
  const draft = '发展林下种植、林下养殖和林下采集加工等林下经济，建设林下经济示范基地。';
  // Shares many of the draft's common words, never 林下.
  const generic = '大力发展特色种植和生态养殖，发展采集加工，建设种植示范基地、养殖示范基地和加工示范基地。';
  // Names the draft's object, in fewer of its words.
  const forest = '推动林下经济提速增效，形成一批特色品牌。';
  const others = [
    '完善市、县、乡三级应急物资储备网络，动态调整储备品种目录。',
    '支持品牌连锁便利店进社区，对新开设的社区便利店给予一次性开办补贴。',
    '编制全市统一的政务数据资源目录，推动部门数据按需共享。',
    '新建政府投资公益性建筑全面执行绿色建筑标准。',
  ];
  const texts = [generic, forest, ...others];
  const corpus: SearchCorpus = {
    documents: texts.map((_, i) => ({ id: `d${i}`, title: `文件${i}`, shortName: `文件${i}` })),
    clauses: texts.map((text, i) => ({ doc: i, text, path: [], line: 0, targets: [], units: [] }) as SearchClause),
  };
  // Every word counts as rare in a corpus of six clauses.
  const hits = (penalty: number): { text: string; score: number }[] =>
    SearchEngine.build(corpus, { ...defaultTuning, repeatedWordPenalty: penalty, repeatedWordMaxShare: 1 })
      .hover(draft, { limit: 2 })
      .map((hit) => ({ text: texts[hit.clause]!, score: hit.score }));

  it('puts the clause naming the object first, each showing its own score', () => {
    assert.equal(defaultTuning.repeatedWordPenalty, 0.7);
    const off = hits(1);
    assert.deepEqual(
      off.map((h) => h.text),
      [generic, forest],
      'without the penalty the common words lead',
    );
    const on = hits(defaultTuning.repeatedWordPenalty);
    assert.deepEqual(
      on.map((h) => h.text),
      [forest, generic],
    );
    for (const hit of on) assert.equal(hit.score, off.find((h) => h.text === hit.text)!.score);
  });

  it('changes nothing when no candidate lacks the words, or no word is rare enough', () => {
    const none = SearchEngine.build(corpus, { ...defaultTuning, repeatedWordMaxShare: 0 }).hover(draft, { limit: 2 });
    assert.deepEqual(
      none.map((hit) => texts[hit.clause]),
      [generic, forest],
    );
  });
});
