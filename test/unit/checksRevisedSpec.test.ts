import * as assert from 'node:assert/strict';
import { checkDraft } from '../../src/core/analysis/checkDraft';
import type { CheckCode } from '../../src/core/checks/finding';
import { coreSettings } from './coreSettings';
import { isSafeguardsHeading } from '../../src/core/units/taskClauses';

/**
 * The checks as the revised shared/spec/checks.md reads them on real plans: `保障` narrowed to
 * safeguards parts, the regional lead forms, the wider body and unit lists.
 */
function lint(lines: string[]): string[] {
  return checkDraft(lines.join('\n'), coreSettings).map((f) => `${f.range.start.line + 1} ${f.code}`);
}

const M: CheckCode = 'missing-responsible-unit';
const U: CheckCode = 'unquantified-target';

describe('checks: the revised spec on real plans', () => {
  const safeguards: [string, boolean][] = [
    ['保障措施', true],
    ['保障机制', true],
    ['组织保障', true],
    ['加强组织保障', true],
    ['政策措施与组织保障', true],
    ['强化要素保障', false],
    ['强化支撑有力的基础保障', false],
    ['夯实人才智力保障', false],
  ];
  for (const [heading, expected] of safeguards) {
    it(`${expected ? 'excludes' : 'keeps in scope'} ${heading}`, () => assert.equal(isSafeguardsHeading(heading), expected));
  }

  it('checks the items of a task part titled …基础保障 and not those of 保障措施', () => {
    const draft = [
      '二、主要任务', // 1
      '（一）强化要素保障', // 2
      '1. 保障用地需求。优先安排重点项目用地指标。', // 3 missing
      '2. 加强资金支持。设立产业引导基金。（市财政局负责）', // 4
      '三、保障措施', // 5
      '（一）加强组织领导', // 6
      '成立工作专班，统筹推进各项任务。', // 7 excluded
    ];
    assert.deepEqual(lint(draft), [`3 ${M}`]);
  });

  const leads: [string, boolean][] = [
    ['（省大数据局、省政府办公厅牵头，各有关部门、各市政府配合）', true],
    ['（省工业和信息化厅负责，省财政厅配合）', true],
    ['（省发展改革委、省科技厅分工负责）', true],
    ['（省科技厅牵头，省教育厅参与）', true],
    ['（各地区、各部门负责）', true],
    ['（人行合肥中心支行负责）', true],
    ['（中国出口信用保险公司安徽分公司负责）', true],
    ['（省十大新兴产业推进组工作专班牵头单位牵头，成员单位按职责分工配合）', true],
    ['（省发展改革委、各有关部门按职责分工负责）', true],
    ['（各有关部门按职责分工负责）', false],
    ['（相关部门牵头）', false],
  ];
  for (const [lead, hasUnit] of leads) {
    it(`${hasUnit ? 'accepts' : 'rejects'} the lead ${lead}`, () => {
      const draft = ['二、重点任务', `1. 推进数字化转型。建设一体化平台${lead}。`];
      assert.deepEqual(lint(draft), hasUnit ? [] : [`2 ${M}`]);
    });
  }

  const measured = [
    '力争将伦理审查总体流程时间压缩至3周以内。',
    '到2027年，新增储能装机300万千瓦时。',
    '到2026年，集装箱吞吐量达到500万标箱。',
    '到2027年，新增造林面积2万公顷。',
    '到2025年，审批时间压缩至30分钟以内。',
    '到2027年，推出10款以上具有国际竞争力的创新产品。',
  ];
  for (const sentence of measured) {
    it(`reads ${sentence} as quantified`, () => assert.deepEqual(lint(['三、重点任务', sentence]), []));
  }
  it('still flags a target measured only by a grade', () => {
    assert.deepEqual(lint(['三、重点任务', '到2027年，1类新药研发取得突破。']), [`2 ${U}`]);
  });
});

describe('checks: deadlines that open a target statement', () => {
  const opening = ['2026年底前，完成老旧管网改造。', '2026年年底前，建成市级数据平台。', '2027年前，实现重点领域全面突破。'];
  for (const sentence of opening) {
    it(`reads ${sentence} as a target statement`, () => {
      assert.deepEqual(lint(['三、重点任务', sentence]), [`2 ${U}`]);
    });
  }
});
