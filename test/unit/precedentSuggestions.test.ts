import * as assert from 'node:assert/strict';
import { quantitySuggestions, unitSuggestions, type Precedent } from '../../src/core/checks/precedentSuggestions';
import type { Target, UnitAssignment } from '../../src/core/model';
import { at } from './at';

const where = { start: { line: 0, column: 0 }, end: { line: 0, column: 1 } };

function precedent(source: string, units: Partial<UnitAssignment>[] = [], targets: Target[] = []): Precedent {
  return { source, units: units.map((u) => ({ form: 'annotation', lead: [], support: [], range: where, ...u })), targets };
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

describe('precedent suggestions', () => {
  it('offers the units of the precedents that assign any, lead before support', () => {
    assert.deepEqual(unitSuggestions([bare, zhejiang, shandong]), [
      { units: ['省科技厅', '省经信厅'], source: '浙江 生命健康实施意见' },
      { units: ['省科技厅', '省发展改革委'], source: '山东 生物医药行动计划' },
    ]);
  });

  it('offers a list of units once, and at most the limit', () => {
    assert.equal(unitSuggestions([zhejiang, { ...zhejiang, source: '另一文件' }]).length, 1);
    assert.equal(unitSuggestions([zhejiang, shandong], 1).length, 1);
  });

  it('keeps a long list of bodies to five names', () => {
    const many = precedent('浙江', [{ lead: ['省科技厅', '省卫生健康委', '省发展改革委', '省教育厅', '省财政厅', '省经信厅'] }]);
    assert.equal(at(unitSuggestions([many]), 0).units.length, 5);
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
