import * as assert from 'node:assert/strict';
import { checkDraft } from '../../src/core/analysis/checkDraft';
import type { CheckCode } from '../../src/core/checks/finding';
import { checkTemplates, type MessageId } from '../../src/core/checks/messages';
import { defaultSettings } from '../../src/core/config/settings';
import { toDiagnostic } from '../../src/server/diagnostics';

// Each check's message in Chinese (the CLI, an editor in Chinese, an LSP client that sends no
// templates) and in English (an editor with an English UI sends the English templates).

const english = Object.fromEntries(Object.entries(checkTemplates).map(([id, { en }]) => [id, en])) as Record<MessageId, string>;

const draft = [
  '# 某市养老服务体系建设行动方案（2025—2027年）',
  '## 一、主要目标',
  '到2024年，全市养老机构护理型床位占比达到60%。',
  '## 二、重点任务',
  '1、完善居家养老服务网络。（市民政局牵头）',
  '3. 推进医养结合。（市卫生计生委牵头，市医保局配合）',
  '4. 发展智慧养老服务，推广智能设备。',
].join('\n');

const cases: [CheckCode, string, string][] = [
  [
    'stale-year',
    '目标年份2024年早于规划期（2025—2027年，据标题）：是否沿用了旧规划的年份？',
    'Year 2024 is before the plan period (2025—2027年, from the title): copied from an older plan?',
  ],
  [
    'numbering-form',
    '序号“1、”不符合党政机关公文格式（GB/T 9704-2012）：应写作“1.”',
    'Marker “1、” is not a form the official document standard (GB/T 9704-2012) uses: write “1.”',
  ],
  ['numbering-sequence', '序号跳号：应为“2.”', 'Number skipped: this should be “2.”'],
  [
    'outdated-body-name',
    '机构名称“卫生计生委”已在2018年党和国家机构改革中调整，现为“卫生健康委”',
    'The body “卫生计生委” was renamed in the 2018 reform of Party and state institutions: it is now “卫生健康委”',
  ],
  [
    'missing-responsible-unit',
    '任务“发展智慧养老服务，推广智能设备”未明确责任单位：请以（责任单位：…）或（…牵头，…按职责分工负责）注明，或在任务分解表中列出。',
    'Task “发展智慧养老服务，推广智能设备” names no responsible unit: add （责任单位：…） or （…牵头，…按职责分工负责）, or list it in the 任务分解表.',
  ],
];

describe('check messages, Chinese and English', () => {
  const findings = checkDraft(draft, defaultSettings);
  for (const [code, chinese, inEnglish] of cases) {
    it(`${code}: says what is wrong and what the standard or the period says`, () => {
      const finding = findings.find((f) => f.code === code);
      assert.ok(finding, `a ${code} finding`);
      assert.equal(finding.message, chinese);
      assert.equal(toDiagnostic(finding, 'warning').message, chinese);
      assert.equal(toDiagnostic(finding, 'warning', english).message, inEnglish);
    });
  }
  it('gives every template its placeholders in both languages', () => {
    for (const { zh, en } of Object.values(checkTemplates)) assert.deepEqual([...en.matchAll(/\{\d\}/g)].map(String).sort(), [...zh.matchAll(/\{\d\}/g)].map(String).sort(), en);
  });
});
