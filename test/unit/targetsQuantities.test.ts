import * as assert from 'node:assert/strict';
import type { Clause, Quantity } from '../../src/core/model';
import { parsePlan } from '../../src/core/parsing/parsePlan';
import { defaultVocabulary, extendVocabulary } from '../../src/core/structure/vocabulary';
import { findDeadline, opensWithDeadline } from '../../src/core/targets/deadline';
import { findQuantities } from '../../src/core/targets/quantities';
import { containsStrive } from '../../src/core/targets/striveWord';
import { at } from './at';

const words = defaultVocabulary.measureWords;
const raw = (text: string) => findQuantities(text, words).map((q) => q.raw);

describe('targets: quantities', () => {
  const cases: { text: string; expect: Partial<Quantity>[] }[] = [
    { text: '全市人工智能核心产业规模突破800亿元', expect: [{ kind: 'count', raw: '800亿元', value: 800, unit: '亿元', qualifier: '突破' }] },
    { text: '新建省级以上人工智能创新平台15家', expect: [{ kind: 'count', raw: '15家', value: 15, unit: '家' }] },
    { text: '建成2-3个具有全国影响力的开源开放平台', expect: [{ kind: 'range', raw: '2-3个', value: 2, upper: 3, unit: '个' }] },
    { text: '引培细分领域头部企业5—10家', expect: [{ kind: 'range', raw: '5—10家', value: 5, upper: 10, unit: '家' }] },
    { text: '培育具有生态主导力的链主企业两家', expect: [{ kind: 'count', raw: '两家', value: 2, unit: '家' }] },
    { text: '每千人口中医类别执业医师数达到0.75人', expect: [{ kind: 'count', raw: '0.75人', value: 0.75, unit: '人', qualifier: '达到' }] },
    { text: '研发投入占营业收入比重达到6%以上', expect: [{ kind: 'percent', raw: '6%以上', value: 6, unit: '%', qualifier: '达到' }] },
    { text: '地区生产总值年均增长5.5％左右', expect: [{ kind: 'percent', raw: '5.5％左右', value: 5.5, unit: '%', qualifier: '左右' }] },
    { text: '数字经济占比提高3个百分点', expect: [{ kind: 'count', raw: '3个百分点', value: 3, unit: '个百分点' }] },
    { text: '中药工业营业收入较2025年翻一番', expect: [{ kind: 'multiplier', raw: '翻一番', value: 2 }] },
    { text: '产业规模翻两番', expect: [{ kind: 'multiplier', raw: '翻两番', value: 4 }] },
    { text: '研发投入增长到2020年的3倍', expect: [{ kind: 'multiplier', raw: '3倍', value: 3, unit: '倍' }] },
    { text: '社区卫生服务中心中医馆实现全覆盖', expect: [{ kind: 'coverage', raw: '全覆盖' }] },
    { text: '政务服务事项网上可办率100%', expect: [{ kind: 'coverage', raw: '100%', value: 100 }] },
    { text: '打造千亿级生命健康创新之城', expect: [{ kind: 'scale', raw: '千亿级' }] },
    { text: '生命健康产业产值达到万亿级规模', expect: [{ kind: 'scale', raw: '万亿级' }] },
    { text: '建成道地药材规范化种植基地50万亩', expect: [{ kind: 'count', raw: '50万亩', value: 50, unit: '万亩' }] },
    { text: '企业开办时间压缩至3个工作日', expect: [{ kind: 'count', raw: '3个工作日', unit: '个工作日' }] },
    { text: '新增上市企业20家、累计达50家以上', expect: [{ raw: '20家' }, { raw: '50家以上', qualifier: '以上' }] },
    { text: '每年安排不少于5亿元支持产业发展', expect: [{ raw: '5亿元', qualifier: '不少于' }] },
    { text: '主攻方向10个左右', expect: [{ raw: '10个左右', qualifier: '左右' }] },
    {
      text: '培育营业收入超10亿元的企业十余家',
      expect: [
        { raw: '10亿元', qualifier: '超' },
        { raw: '十余家', value: 10, qualifier: '余' },
      ],
    },
    { text: '全市智能算力规模达到5000PFlops', expect: [{ raw: '5000PFlops', unit: 'PFlops' }] },
    { text: '数据中心PUE降至1.3以下', expect: [{ raw: '1.3以下', qualifier: '以下' }] },
    { text: '公民健康素养水平达到百分之三十', expect: [{ kind: 'percent', raw: '百分之三十', value: 30 }] },
    { text: '全区低空经济产业规模突破百亿元', expect: [{ kind: 'count', raw: '百亿元', value: 1e10, unit: '元', qualifier: '突破' }] },
    { text: '全省医药产业营业收入达到千亿元', expect: [{ raw: '千亿元', qualifier: '达到' }] },
    { text: '带动社会投资千万元', expect: [{ raw: '千万元' }] },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const found = findQuantities(c.text, words);
      assert.equal(found.length, c.expect.length, JSON.stringify(found));
      c.expect.forEach((expected, i) => {
        const quantity = at(found, i);
        for (const [key, value] of Object.entries(expected)) assert.deepEqual(quantity[key as keyof Quantity], value, `${key} of ${quantity.raw}`);
      });
    });
  }

  const traps = [
    '到2030年，基本建成具有全国影响力的人工智能创新应用先导区',
    '综合竞争力稳居全国第一方阵',
    '巩固拓展“十四五”时期数字经济发展成果',
    '十四五期间持续推进',
    '支持市级中医医院创建三级甲等中医医院',
    '每个县均建成二级甲等以上公立中医医院',
    '三甲医院牵头组建医联体',
    '推进5G网络和千兆光网建设',
    '建设一批智能工厂和数字化车间',
    '建设国内一流、国际领先的研究平台',
    '出台一系列支持政策',
    '推进长三角一体化发展',
    '推行一站式服务',
    '争取布局若干个国家重大创新平台',
    '建设多个区域医疗中心',
    '一是建立联席会议制度；二是纳入考核',
    '2026年3月16日印发',
    '统一项目管理规范',
    '服务千家万户',
    '惠及亿万人民群众',
    '呈现万千气象',
    '每万人口全科医生数持续提升',
    '坚持“四个论英雄”',
    '实施“一企一策”精准服务',
    '打造“一源多极”空间布局',
    '1类新药研发取得突破',
    '推进政务服务一件事一次办',
    '建成全市一张网',
    '（2026—2028年）',
  ];
  for (const text of traps) it(`finds no quantity in ${text}`, () => assert.deepEqual(raw(text), []));

  it('takes extra measure words from settings', () => {
    assert.deepEqual(findQuantities('新建综合管廊200延米', words), []);
    assert.deepEqual(
      findQuantities('新建综合管廊200延米', extendVocabulary({ measureWords: ['延米'] }).measureWords).map((q) => q.raw),
      ['200延米'],
    );
  });
});

describe('targets: deadlines and 力争', () => {
  const deadlines: [string, number | undefined][] = [
    ['到2025年，全省医药工业产值达到4000亿元', 2025],
    ['至2027年建成先导区', 2027],
    ['力争到2028年培育10家企业', 2028],
    ['2026年前完成改造', 2026],
    ['2025年底前实现全覆盖', 2025],
    ['中药工业营业收入较2025年翻一番', undefined],
    ['2026年3月16日', undefined],
  ];
  for (const [text, year] of deadlines) it(`reads the deadline of ${text}`, () => assert.equal(findDeadline(text), year));

  it('recognises a sentence opening with a deadline', () => {
    assert.ok(opensWithDeadline('到2030年，基本建成先导区。'));
    assert.ok(opensWithDeadline('2025年前，全面完成改造。'));
    assert.ok(!opensWithDeadline('2025年全市新增企业100家。'));
    assert.ok(!opensWithDeadline('其中到2025年完成。'));
  });

  it('tells 力争 from 全力争取 and 努力争创', () => {
    assert.ok(containsStrive('力争在多模态大模型领域取得重大突破'));
    assert.ok(containsStrive('全省力争到2025年实现全覆盖'));
    assert.ok(!containsStrive('全力争取国家级重大科技基础设施在浙江布点'));
    assert.ok(!containsStrive('全力争创国家实验室'));
    assert.ok(!containsStrive('努力争取更多支持'));
  });
});

describe('targets: target statements on a plan', () => {
  function flatten(clauses: Clause[]): Clause[] {
    return clauses.flatMap((clause) => [clause, ...flatten(clause.children)]);
  }
  const plan = [
    '一、发展基础',
    '到2020年，全省数字经济规模稳步扩大。',
    '二、主要目标',
    '（一）总体目标。到2028年，实现以下目标：',
    '1. 中医药服务体系更加健全，建成1所二级甲等以上公立中医医院。',
    '2. 中医药科技创新能力显著提升。',
    '——产业生态更加完善，综合竞争力稳居全国第一方阵。',
    '到2030年，基本建成先导区。建成创新平台15家。',
    '三、重点任务',
    '1. 强化大模型技术攻关。支持龙头企业开展研发，力争在多模态大模型领域取得重大突破。（市科技局牵头）',
    '2. 培育壮大龙头企业。实施精准服务，力争到2028年培育10亿元企业10家。',
    '3. 提升质量。到2028年，实现重点中药材品种质量追溯全覆盖。',
    '4. 加大财政投入。每年安排不少于3亿元。',
  ].join('\n');
  const targets = flatten(parsePlan(plan).clauses).flatMap((c) => c.targets);

  it('finds items, dashes and sentences in the 目标 part, and 力争 / 到20NN年 sentences elsewhere', () => {
    assert.deepEqual(
      targets.map((t) => [t.range.start.line, t.quantities.map((q) => q.raw)]),
      [
        [4, ['1所']],
        [5, []],
        [6, []],
        [7, []],
        [7, ['15家']],
        [9, []],
        [10, ['10亿元', '10家']],
        [11, ['全覆盖']],
      ],
    );
  });
  it('starts an item statement at its number and a sentence where it starts', () => {
    assert.equal(at(targets, 0).range.start.column, 0);
    assert.equal(at(targets, 4).range.start.column, 15);
    assert.equal(at(targets, 4).text, '建成创新平台15家。');
  });
  it('records deadline and metric', () => {
    const strive = at(targets, 6);
    assert.equal(strive.deadline, 2028);
    assert.equal(at(strive.quantities, 1).qualifier, undefined);
    assert.equal(at(targets, 4).metric, '建成创新平台');
  });
});
