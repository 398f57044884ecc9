import * as assert from 'node:assert/strict';
import { quantitySuggestions, unitSuggestions, type Precedent } from '../../src/core/checks/precedentSuggestions';
import type { Target, UnitAssignment } from '../../src/core/model';
import { at } from './at';

const where = { start: { line: 0, column: 0 }, end: { line: 0, column: 1 } };

function precedent(source: string, units: Partial<UnitAssignment>[] = [], targets: Target[] = [], confidence = 0.9): Precedent {
  return { source, confidence, units: units.map((u) => ({ form: 'annotation', lead: [], support: [], range: where, ...u })), targets };
}

// 支持企业建设研究院。培育省级企业研究院50家。（责任单位：省科技厅、省经信厅）
const zhejiang = precedent(
  '浙江 生命健康实施意见',
  [{ lead: ['省科技厅', '省经信厅'] }],
  [
    {
      text: '培育省级企业研究院50家。',
      range: where,
      quantities: [{ kind: 'count', raw: '50家', value: 50, unit: '家' }],
      metric: '省级企业研究院',
    },
  ],
);
// 建设创新平台。（省科技厅牵头，省发展改革委按职责分工负责）
const shandong = precedent('山东 生物医药行动计划', [{ form: 'lead', lead: ['省科技厅'], support: ['省发展改革委'] }]);
// 推进产业集聚发展。
const bare = precedent('浦东 生物医药行动方案');

/** The draft's clause the precedents were found for, and the confidence floor. */
const clause = '支持企业建设研究院，开展关键核心技术攻关。';
const floor = 0.4;

describe('precedent suggestions', () => {
  it('offers the units of the precedents that assign any, lead before support', () => {
    assert.deepEqual(unitSuggestions([bare, zhejiang, shandong], clause, floor), [
      { units: ['省科技厅', '省经信厅'], source: '浙江 生命健康实施意见' },
      { units: ['省科技厅', '省发展改革委'], source: '山东 生物医药行动计划' },
    ]);
  });

  it('offers a list of units once, and at most the limit', () => {
    assert.equal(unitSuggestions([zhejiang, { ...zhejiang, source: '另一文件' }], clause, floor).length, 1);
    assert.equal(unitSuggestions([zhejiang, shandong], clause, floor, 1).length, 1);
  });

  it('keeps a long list of bodies to five names', () => {
    const many = precedent('浙江', [{ lead: ['省科技厅', '省卫生健康委', '省发展改革委', '省教育厅', '省财政厅', '省经信厅'] }]);
    assert.equal(at(unitSuggestions([many], '支持医学院校与企业共建临床研究平台。', floor), 0).units.length, 5);
  });

  it('takes no units from a loose match: a precedent under the floor is another topic', () => {
    const loose = precedent('浙江 生命健康实施意见', [{ lead: ['省科技厅', '省教育厅', '省财政厅', '省卫生健康委'] }], [], 0.18);
    assert.deepEqual(unitSuggestions([loose, shandong], '推进工业互联网平台建设。培育一批智能工厂。', floor), [
      { units: ['省科技厅', '省发展改革委'], source: '山东 生物医药行动计划' },
    ]);
  });

  const remitCases: [clause: string, assigned: string[], offered: string[]][] = [
    ['推进工业互联网平台建设。培育一批智能工厂。', ['省科技厅', '省教育厅', '省财政厅', '省卫生健康委'], ['省科技厅', '省财政厅']],
    ['深化医养结合服务。支持养老机构与医疗机构签约合作。', ['省科技厅', '省卫生健康委', '省民政厅'], ['省卫生健康委', '省民政厅']],
    ['推动职业院校与企业共建产业学院，深化产教融合。', ['省卫生健康委', '省发展改革委', '省教育厅'], ['省教育厅', '省发展改革委']],
    ['完善城市公交线网，推进综合客运枢纽建设。', ['省农业农村厅', '省交通运输厅', '省财政厅'], ['省交通运输厅', '省财政厅']],
  ];
  for (const [text, assigned, offered] of remitCases)
    it(`offers for “${text.slice(0, 12)}…” the bodies of its remit first and none of another's: ${offered.join('、')}`, () => {
      assert.deepEqual(unitSuggestions([precedent('某文件', [{ lead: assigned }])], text, floor), [{ units: offered, source: '某文件' }]);
    });

  it('offers how a precedent quantified its target, with its metric and example', () => {
    assert.deepEqual(quantitySuggestions([shandong, zhejiang]), [
      {
        quantity: { kind: 'count', raw: '50家', value: 50, unit: '家' },
        metric: '省级企业研究院',
        source: '浙江 生命健康实施意见',
        example: '培育省级企业研究院50家。',
      },
    ]);
  });

  it('offers nothing when no precedent quantified anything', () => {
    assert.deepEqual(quantitySuggestions([bare, shandong]), []);
  });
});
