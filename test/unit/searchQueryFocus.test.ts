import * as assert from 'node:assert/strict';
import { queryHead } from '../../src/core/search/queryFocus';
import { defaultTuning, SearchEngine } from '../../src/core/search/searchEngine';
import type { SearchClause, SearchCorpus } from '../../src/core/search/types';

/**
 * A draft clause's opening phrase names its object; its words weigh more than those of the tail
 * (for whom, how much, by when), which clauses on other topics share (issue 11).
 */

const shape = { weight: 1.2, maxChars: 30 };

describe('search: the opening phrase of a draft clause', () => {
  const cases: { text: string; head: string | undefined; why: string }[] = [
    {
      text: '设立“算力券”，对中小企业、高校和科研机构租用本市智算中心算力开展大模型训练和推理的，按实际支出的30%给予补贴，单家每年最高100万元。',
      head: '设立“算力券”',
      why: 'a named scheme opens the measure',
    },
    { text: '推行“工业上楼”模式，对容积率2.0以上的高标准厂房项目在规划指标、分层分割转让和配套设施上给予支持。', head: '推行“工业上楼”模式', why: 'up to the first comma' },
    { text: '（三）建设数据标注基地。培育数据标注、清洗、合成等数据服务企业30家。', head: '建设数据标注基地', why: 'a heading number is no topic' },
    { text: '2．规范涉企行政检查，全面推行“扫码入企”和跨部门“综合查一次”。', head: '规范涉企行政检查', why: 'nor an arabic list number' },
    { text: '到2027年，全市家庭养老床位达到5000张，护理型床位占比不低于60%。', head: undefined, why: 'a target clause: its targets stand side by side' },
    { text: '（二）力争到2026年底，建成区域性公共算力平台2个，算力规模达到5000P。', head: undefined, why: 'so is one after a heading number, with 力争 and 底' },
    { text: '2026年底前建成区域性公共算力平台，为中小企业提供普惠算力服务。', head: '建成区域性公共算力平台', why: 'a time run into the phrase is left out of the head' },
    {
      text: '对新获批建设的国家级技术创新中心、重点实验室、企业技术中心等研发平台，给予依托企业最高800万元一次性奖励。',
      head: undefined,
      why: 'an opening phrase over 30 characters is the whole measure, not its object',
    },
    { text: '新建政府投资公益性建筑全面执行绿色建筑标准。', head: undefined, why: 'a clause of one phrase has no head apart from the rest' },
    { text: '完善市、县、乡三级应急物资储备网络', head: undefined, why: 'nor has a phrase without an end' },
    { text: '，，。', head: undefined, why: 'punctuation alone' },
  ];
  for (const { text, head, why } of cases)
    it(`${text.slice(0, 16)}…: ${why}`, () => {
      assert.equal(queryHead(text, shape)?.text, head);
    });

  it('gives the weight asked for, and none when the weight is 1', () => {
    assert.deepEqual(queryHead('建设数据标注基地，培育数据服务企业30家。', shape), { text: '建设数据标注基地', weight: 1.2 });
    assert.equal(queryHead('建设数据标注基地，培育数据服务企业30家。', { ...shape, weight: 1 }), undefined);
  });

  it('reads a long run of odd characters in linear time', () => {
    const started = performance.now();
    queryHead(`${' '.repeat(50_000)}（${'1'.repeat(50_000)}`, shape);
    queryHead(`${'到2027年，'.repeat(10_000)}x`, shape);
    assert.ok(performance.now() - started < 1000);
  });
});

describe('search: the hover weighs the object of a draft clause', () => {
  const draft = '设立“算力券”，对中小企业和科研机构租用本市智算中心算力开展大模型训练的，按实际支出的30%给予补贴，单家每年最高100万元。';
  // Shares the tail (a subsidy at a share of spending, 每年最高100万元) but not the object.
  const instruments = '支持企业使用科学仪器设施共享服务，对中小企业和科研机构使用科学仪器产生的费用，按实际支出的50%给予补贴，每家企业每年最高100万元。';
  // Shares the object (算力券) and less of the rest.
  const computing = '设立算力券，对中小企业和科研机构租用算力给予补贴。';
  const others = [
    '推动公立医院开展互联网诊疗服务，为慢性病复诊患者提供线上续方和药品配送服务。',
    '完善市、县、乡三级应急物资储备网络，动态调整储备品种目录。',
    '支持品牌连锁便利店进社区，对新开设的社区便利店给予一次性开办补贴。',
    '编制全市统一的政务数据资源目录，推动部门数据按需共享。',
    '设立知识产权质押融资风险补偿资金池，对合作银行的贷款损失给予补偿。',
    '新建政府投资公益性建筑全面执行绿色建筑标准。',
  ];
  const texts = [instruments, computing, ...others];
  const corpus: SearchCorpus = {
    documents: texts.map((_, i) => ({ id: `d${i}`, title: `文件${i}`, shortName: `文件${i}` })),
    clauses: texts.map((text, i) => ({ doc: i, text, path: [], line: 0, targets: [], units: [] }) as SearchClause),
  };
  // The focus alone: with the draft's figures (30%, 100万元) left out, the tail shares less
  // still, and the object's clause leads either way (`figureTerms.test.ts`).
  const scores = (focusHead: number): Map<string, number> =>
    new Map(
      SearchEngine.build(corpus, { ...defaultTuning, focusHead, hoverSkipsFigures: false })
        .hover(draft, { limit: 3 })
        .map((hit) => [texts[hit.clause]!, hit.score]),
    );

  it('lifts the clause on the same object against one sharing only the tail', () => {
    assert.equal(defaultTuning.focusHead, 1.2);
    const off = scores(1);
    const on = scores(defaultTuning.focusHead);
    assert.ok(off.get(instruments)! > off.get(computing)!, 'without the focus the tail’s clause leads');
    const ratio = (s: Map<string, number>): number => s.get(computing)! / s.get(instruments)!;
    assert.ok(ratio(on) > ratio(off) * 1.05, `${ratio(on)} against ${ratio(off)}`);
    assert.ok(Math.abs(on.get(instruments)! / off.get(instruments)! - 1) < 0.01, 'a clause without the object’s words keeps its score');
  });
});
