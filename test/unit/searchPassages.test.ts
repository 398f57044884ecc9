import * as assert from 'node:assert/strict';
import { clauseSearchKey } from '../../src/core/search/normalizeKey';
import { bestPassageScore, passageQuery, passageTerms, sentenceEnds } from '../../src/core/search/passageScore';
import { queryTerms } from '../../src/core/search/queryTerms';
import { defaultTuning, SearchEngine } from '../../src/core/search/searchEngine';
import type { SearchClause, SearchCorpus } from '../../src/core/search/types';
import { precedentShown } from '../../src/server/hover';
import { bm25Of } from './bm25Of';

/**
 * A long 政府工作报告 paragraph answers a draft clause in one sentence; scored whole, its length
 * dilutes that sentence below a focused clause on a neighbouring topic (issue 11).
 */

const draft = '建立市级碳普惠平台，对市民绿色出行、节约用电、光盘行动等低碳行为给予碳积分奖励，探索碳普惠核证减排量进入交易市场。';

// A work report's paragraph: a dozen measures, one of them the draft's.
const report =
  '持续优化生态环境。深入打好蓝天碧水净土保卫战，细颗粒物平均浓度下降到每立方米30微克，地表水国考断面优良比例保持100%。' +
  '扎实推进中央生态环境保护督察反馈问题整改，完成长江干流岸线修复12公里。' +
  '推进工业、建筑、交通等领域节能降碳，新增光伏装机50万千瓦，建成充电桩8000个。' +
  '建成全省首个市级碳普惠平台，推广碳普惠应用场景，引导市民践行绿色出行和节约用电。' +
  '新建改造城市公园绿地20处，新增造林绿化面积3万亩，创建国家生态文明建设示范区。' +
  '深化河湖长制，完成小水电清理整改，持续开展长江十年禁渔。';

// Focused and close in wording, but about another measure.
const neighbour = '开展节约型机关、绿色家庭、绿色学校创建行动，引导市民绿色出行、节约用电、践行光盘行动。';

const others = [
  '推动公立医院开展互联网诊疗服务，为慢性病复诊患者提供线上续方和药品配送服务。',
  '鼓励银行针对研发型企业推出专属信贷产品，扩大知识产权质押融资。',
  '加快建设智慧医院，推进远程医疗服务覆盖县级医院。',
  '完善市、县、乡三级应急物资储备网络，动态调整储备品种目录。',
  '支持品牌连锁便利店进社区，对新开设的社区便利店给予一次性开办补贴。',
  '建设全市智慧旅游公共服务平台，推动A级景区全面实行门票分时预约。',
  '编制全市统一的政务数据资源目录，推动部门数据按需共享。',
  '设立知识产权质押融资风险补偿资金池，对合作银行的贷款损失给予补偿。',
  '新建政府投资公益性建筑全面执行绿色建筑标准。',
  '成立数字经济发展领导小组，办公室设在市工信局。',
];

function corpusOf(texts: string[]): SearchCorpus {
  return {
    documents: texts.map((_, i) => ({
      id: `d${i}`,
      title: `文件${i}`,
      shortName: `文件${i}`,
    })),
    clauses: texts.map(
      (text, i) =>
        ({
          doc: i,
          text,
          path: [],
          line: 0,
          targets: [],
          units: [],
        }) as SearchClause,
    ),
  };
}

describe('search: passages of long clauses', () => {
  it('finds where each sentence of a clause ends in its folded key', () => {
    const text = '推广碳普惠应用场景。建成充电桩8000个；新增光伏装机50万千瓦！';
    const key = clauseSearchKey(text);
    const ends = sentenceEnds(text, key, clauseSearchKey, 100);
    assert.deepEqual(ends.key, [9, 19, key.length]);
    assert.equal(key.slice(0, ends.key[0]), '推广碳普惠应用场景');
    assert.deepEqual(ends.text, [10, 21, text.length], 'and in the text, punctuation included');
    assert.equal(text.slice(ends.text![0], ends.text![1]), '建成充电桩8000个；');
  });

  it('cuts the key every `width` units when the sentences do not add up to it', () => {
    const key = clauseSearchKey(report);
    assert.deepEqual(
      sentenceEnds(report, key, (s) => s, 100),
      {
        key: Array.from({ length: Math.ceil(key.length / 100) }, (_, i) => Math.min(key.length, (i + 1) * 100)),
      },
    );
  });

  // The report's best passage, scored against the whole paragraph's own score (the index's, or one set here).
  function reportPassage(whole?: number): { whole: number; score: number; passage: string | undefined; keyLength: number } {
    const texts = [report, neighbour, ...others];
    const index = bm25Of(texts);
    const terms = queryTerms(index, [clauseSearchKey(draft)], { unigramWeight: 0.25, unigramsOnlyForSingles: false, markRequired: false });
    const own = whole ?? index.search(terms, texts.length).find((c) => c.clause === 0)!.score;
    const key = clauseSearchKey(report);
    const shape = { width: 100, minLength: 200, maxRead: 5000, weight: 1 };
    const ends = sentenceEnds(report, key, clauseSearchKey, 100);
    const query = passageQuery(terms, index.dictionary.size);
    const { score, sentences } = bestPassageScore(index, query, 0, key, ends.key, passageTerms(index.dictionary, key, shape.maxRead), own, shape);
    const passage = sentences && report.slice(sentences.first > 0 ? ends.text![sentences.first - 1] : 0, ends.text![sentences.last]);
    return { whole: own, score, passage, keyLength: key.length };
  }

  it('scores a long paragraph by its matching sentence, higher than as a whole', () => {
    const { whole, score, passage, keyLength } = reportPassage();
    assert.ok(keyLength > 200);
    assert.ok(score > whole * 1.2, `${score} against ${whole}`);
    assert.match(passage ?? '', /碳普惠平台/u, 'the passage gave the score');
  });

  it('names the best passage of a paragraph that scores higher as a whole', () => {
    const { whole, score, passage } = reportPassage(1e6);
    assert.equal(score, whole, 'the whole clause keeps its score');
    assert.match(passage ?? '', /碳普惠平台/u, 'and the passage to show is named');
  });

  it('leaves a clause at most `minLength` units long at its own score', () => {
    const texts = [neighbour, ...others];
    const index = bm25Of(texts);
    const terms = queryTerms(index, [clauseSearchKey(draft)], {
      unigramWeight: 0.25,
      unigramsOnlyForSingles: false,
      markRequired: false,
    });
    const key = clauseSearchKey(neighbour);
    const shape = { width: 20, minLength: 200, maxRead: 5000, weight: 1 };
    assert.deepEqual(
      bestPassageScore(
        index,
        passageQuery(terms, index.dictionary.size),
        0,
        key,
        sentenceEnds(neighbour, key, clauseSearchKey, 20).key,
        passageTerms(index.dictionary, key, shape.maxRead),
        7.5,
        shape,
      ),
      { score: 7.5 },
    );
  });

  it('ranks the paragraph holding the measure above a focused clause on a neighbouring topic', () => {
    const corpus = corpusOf([report, neighbour, ...others]);
    const first = (engine: SearchEngine): string => corpus.clauses[engine.hover(draft, { limit: 3 })[0]!.clause]!.text;
    // The draft's opening phrase (`建立市级碳普惠平台`) is in the paragraph: its weight is left out here.
    const unfocused = { ...defaultTuning, focusHead: 1 };
    assert.equal(first(SearchEngine.build(corpus, unfocused)), report);
    assert.equal(first(SearchEngine.build(corpus, { ...unfocused, passageChars: 0 })), neighbour, 'scored whole, the paragraph comes second');
    assert.equal(first(SearchEngine.build(corpus, { ...defaultTuning, passageChars: 0 })), report, 'as it does by its opening phrase');
  });

  it('scores a paragraph the same whether its term ids were looked up for this query or kept from earlier ones', () => {
    const corpus = corpusOf([report, neighbour, ...others]);
    const fresh = SearchEngine.build(corpus).hover(draft, { limit: 3 });
    const warmed = SearchEngine.build(corpus);
    for (const earlier of ['打好蓝天碧水净土保卫战，推进生态环境综合治理。', '推广碳普惠应用场景，引导绿色低碳生活方式。']) warmed.hover(earlier, { limit: 3 });
    assert.deepEqual(warmed.hover(draft, { limit: 3 }), fresh);
  });

  it('says where the passage lies, and the hover shows the paragraph from there', () => {
    const corpus = corpusOf([report, neighbour, ...others]);
    const [best] = SearchEngine.build(corpus).hover(draft, { limit: 3 });
    assert.ok(best?.passage);
    const { start, end } = best.passage;
    // Whole sentences, the one about the measure among them.
    assert.equal(report[start - 1], '。');
    assert.equal(report[end - 1], '。');
    assert.match(report.slice(start, end), /建成全省首个市级碳普惠平台，推广碳普惠应用场景/u);
    assert.ok(start > report.indexOf('保卫战'), 'not from the paragraph’s first sentence');
    assert.equal(precedentShown(report, best.passage), `…${report.slice(start)}`);
    assert.equal(precedentShown(neighbour), neighbour, 'a clause ranked whole is shown from its beginning');
  });
});
