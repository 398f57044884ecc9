import * as assert from 'node:assert/strict';
import { documentStart, dropRepeatedLines } from '../../../src/core/import/documentBounds';
import { brandCandidates, removeInjectedAds } from '../../../src/core/import/injectedAds';
import { isPeriodLine, isTitleLine } from '../../../src/core/import/titleLine';
import { detectMeta } from '../../../src/core/import/detectMeta';

describe('import: title lines', () => {
  const cases: [string, boolean][] = [
    ['浙江省人民政府办公厅关于加快生命健康科技创新发展的实施意见', true],
    ['关于印发《某某省生物医药产业科技创新行动计划（2025—2027年）》的通知', true],
    ['某某市智能制造产业发展行动方案（2024-2026年）', true],
    ['某某省数字经济发展规划', true],
    ['青禾某某省数字经济发展规划喊你看', false],
    ['近日，省政府办公厅正式发布《关于加快发展的实施意见》，意见中明确提出：加强政策保障。', false],
    ['一、总体要求', false],
    ['附件：《某某市行动方案》任务分解表', false],
  ];
  for (const [line, expected] of cases) it(`${line} → ${expected}`, () => assert.equal(isTitleLine(line), expected));
  it('recognises a period on its own line', () => {
    assert.equal(isPeriodLine('（2025—2027年）'), true);
    assert.equal(isPeriodLine('（此件公开发布）'), false);
  });
});

describe('import: document bounds', () => {
  it('starts at the title, after a news lead', () => {
    const lines = [
      '近日，省政府办公厅官网发布了实施意见，意见明确提出加强政策保障。',
      '某某省人民政府办公厅关于加快数字经济发展的实施意见',
      '各市人民政府：',
      '为加快数字经济发展，现提出如下意见。',
    ];
    assert.equal(documentStart(lines), 1);
  });
  it('starts at the first body sentence when the title was lost', () => {
    const lines = ['产品中心', '青禾某某规划喊你看', '数字经济是推动高质量发展的重要引擎，特编制本规划。', '1.产业基础持续夯实。'];
    assert.equal(documentStart(lines), 2);
  });
  it('drops a page title repeated as the heading', () => {
    assert.deepEqual(dropRepeatedLines(['某某行动方案的通知', '某某行动方案的通知', '正文。']), { kept: ['某某行动方案的通知', '正文。'], dropped: ['某某行动方案的通知'] });
  });
});

describe('import: injected ads', () => {
  const chrome = ['您好,欢迎光临青禾官网-主页!', '青禾官网-主页', '公司提供 青禾', '服务热线:010-66668888'];
  it('finds brand candidates recurring in the furniture', () => {
    assert.ok(brandCandidates(chrome).includes('青禾'));
  });
  const cases: [string, string][] = [
    ['推动企业上云用数赋智。青禾，进一步完善数据要素市场规则。', '推动企业上云用数赋智。进一步完善数据要素市场规则。'],
    ['青禾某某省数字经济发展规划', '某某省数字经济发展规划'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => assert.deepEqual(removeInjectedAds([input], chrome, '某某省数字经济发展规划').lines, [expected]));
  }
  it('keeps a word the document itself uses in ordinary sentences', () => {
    const body = ['支持青禾等企业加快发展。', '青禾，进一步完善规则。'];
    assert.deepEqual(removeInjectedAds(body, chrome).lines, body);
  });
  it('does not take words from a single furniture line', () => {
    assert.deepEqual(removeInjectedAds(['服务，进一步完善规则。'], ['服务热线:010-66668888']).lines, ['服务，进一步完善规则。']);
  });
});

describe('import: metadata detection', () => {
  it('reads title, issuer, region, level, kind, period and date from a notice', () => {
    const lines = [
      '某某市人民政府办公室关于印发《某某市智能制造产业发展行动方案（2024-2026年）》的通知',
      '各区人民政府：',
      '《某某市智能制造产业发展行动方案（2024-2026年）》已经市政府同意，现印发给你们。',
      '2024年3月8日',
    ];
    assert.deepEqual(detectMeta(lines), {
      title: '某某市智能制造产业发展行动方案（2024-2026年）',
      issuer: '某某市人民政府办公室',
      region: '某某市',
      level: '市级',
      kind: '行动方案',
      period: { from: 2024, to: 2026 },
      date: '2024-03-08',
    });
  });
  it('takes the issuers from the signatures above the date', () => {
    const lines = ['关于印发《某某省生物医药行动计划（2025—2027年）》的通知', '经省政府同意，现印发给你们。', '某某省科学技术厅', '某某省财政厅', '2024年12月6日'];
    const meta = detectMeta(lines);
    assert.equal(meta.issuer, '某某省科学技术厅、某某省财政厅');
    assert.equal(meta.level, '省级');
  });
  it('reads the period from the text when the title was lost', () => {
    const meta = detectMeta(['数字经济是重要引擎，特编制本规划。规划期为2021—2025年。'], '某某省数字经济发展规划');
    assert.deepEqual(meta.period, { from: 2021, to: 2025 });
    assert.equal(meta.kind, '规划');
    assert.equal(meta.title, undefined);
  });
});
