import * as assert from 'node:assert/strict';
import { countFundingUnits, countMeasureUnits, countResponsibleBodies, extractVocabulary } from '../../src/core/snippets/corpusVocabulary';

describe('corpus vocabulary', () => {
  const units: [string, Record<string, number>][] = [
    ['到2022年，建成15个以上高能级创新平台。', { 个: 1 }],
    ['新增国家级企业技术中心10家、省级（重点）企业研究院50家。', { 家: 2 }],
    ['全省生物医药产业规模达到4000亿元以上，营业收入利润率达到20%。', { 亿元: 1, '%': 1 }],
    ['比全省工业平均降幅高3.5个百分点。', { 个百分点: 1 }],
    ['审评时限由60个工作日缩减至30个。', { 个工作日: 1, 个: 1 }],
    ['争创2-3个国家临床医学研究中心，给予最高200万元资金支持。', { 个: 1, 万元: 1 }],
    ['到2025年，力争开放数据集明显增长，5G网络基本覆盖。', {}],
    ['精准实施151人才工程，会同2部门制定办法，培养领军人才200人。', { 人: 1 }],
  ];
  for (const [sentence, expected] of units) {
    it(`counts units after numbers: ${sentence}`, () => {
      assert.deepEqual(Object.fromEntries(countMeasureUnits(sentence)), expected);
    });
  }

  const bodies: [string, string[]][] = [
    ['1. 强化前沿基础研究。持续加大省自然科学基金投入。（责任单位：省科技厅、省财政厅）', ['省科技厅', '省财政厅']],
    ['（省科技厅牵头，省委金融办、省发展改革委、省财政厅按职责分工负责）', ['省科技厅', '省委金融办', '省发展改革委', '省财政厅']],
    ['（省药监局牵头）', ['省药监局']],
    ['(责任单位:省级有关部门，有关设区市政府)', ['有关设区市政府']],
    ['支持浙江大学（西湖大学）建设医学中心。', []],
    ['| 序号 | 具体工作 | 责任部门 |\n| --- | --- | --- |\n| 1 | 推进设施建设。 | 张江管理局、区科经委、区发改委 |', ['张江管理局', '区科经委', '区发改委']],
  ];
  for (const [text, expected] of bodies) {
    it(`finds responsible bodies: ${text.split('\n')[0]}`, () => {
      assert.deepEqual([...countResponsibleBodies(text).keys()], expected);
    });
  }

  const funding: [string, Record<string, number>][] = [
    ['对进入特别审查程序的产品，经评审给予最高200万元资金支持；每个企业每年累计支持额度不超过1亿元。', { 万元: 1, 亿元: 1 }],
    ['全省生物医药产业规模达到4000亿元以上。对获批企业给予500万元奖励。', { 万元: 1 }],
    ['营业收入2084.70亿元、利润总额373.45亿元。', {}],
  ];
  for (const [text, expected] of funding) {
    it(`counts money units of funding sentences only: ${text}`, () => {
      assert.deepEqual(Object.fromEntries(countFundingUnits(text)), expected);
    });
  }

  it('orders by frequency across documents, funding units from funding sentences', () => {
    const vocabulary = extractVocabulary([
      '新增10家企业，建成20个平台，给予100万元支持。（责任单位：省科技厅）',
      '培育30家企业，产值达到1亿元。给予50万元奖励。（责任单位：省经信厅、省科技厅）',
    ]);
    // 家 and 万元 tie at two: the longer unit goes first, so the order never depends on the input's.
    assert.deepEqual(vocabulary.measureUnits, ['万元', '家', '亿元', '个']);
    assert.deepEqual(vocabulary.fundingUnits, ['万元']);
    assert.deepEqual(vocabulary.responsibleBodies, ['省科技厅', '省经信厅']);
  });
});
