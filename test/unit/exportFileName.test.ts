import * as assert from 'node:assert/strict';
import mammoth from 'mammoth';
import { draftToOfficialDocument, type DraftFormat } from '../../src/core/officialDocument/draftToOfficialDocument';
import { exportDraft } from '../../src/core/officialDocument/exportDraft';
import { exportFileName } from '../../src/core/officialDocument/exportFileName';

/**
 * The name an export proposes for a draft never saved is the title the Word file carries: the 标题
 * and the period or 征求意见稿 line under it. Titles of real plans (the bundled corpus, the
 * real-world set) and of the New Plan skeletons.
 */
describe('the name an export proposes for a draft never saved', () => {
  const table: [draft: string, format: DraftFormat, name: string | undefined][] = [
    // The period on the title's line.
    [
      '# 某市低空经济高质量发展行动方案（2025—2027年）\n\n根据《无人驾驶航空器飞行管理暂行条例》等文件精神，特制定本行动方案。',
      'markdown',
      '某市低空经济高质量发展行动方案（2025—2027年）',
    ],
    [
      '# 浦东新区生物医药产业高质量发展行动方案（2022-2024年）\n\n为加快推进浦东新区生物医药产业高质量发展，制定本行动方案。',
      'markdown',
      '浦东新区生物医药产业高质量发展行动方案（2022-2024年）',
    ],
    // The period on a line of its own under the title: part of the title.
    [
      '# 山东省生物医药产业科技创新行动计划\n\n（2025—2027年）\n\n为深入贯彻落实党中央、国务院决策部署，制定本行动计划。',
      'markdown',
      '山东省生物医药产业科技创新行动计划（2025—2027年）',
    ],
    ['上海市北斗产业高质量发展三年行动计划\n\n（2021-2023年）\n\n一、发展目标\n', 'plaintext', '上海市北斗产业高质量发展三年行动计划（2021-2023年）'],
    [
      '智慧健康养老产业发展行动计划\r\n（2021-2025 年）\r\n为贯彻落实《“十四五”国家老龄事业发展和养老服务体系规划》，制定本行动计划。\r\n',
      'plaintext',
      '智慧健康养老产业发展行动计划（2021-2025 年）',
    ],
    ['# 某市生物医药产业发展行动计划（2025—2027年）\n\n（征求意见稿）\n\n## 一、发展基础', 'markdown', '某市生物医药产业发展行动计划（2025—2027年）（征求意见稿）'],
    // The 行动计划 skeleton of New Plan, not filled in yet.
    ['# ××省××行动计划\n\n（20××—20××年）\n\n## 一、总体要求', 'markdown', '××省××行动计划（20××—20××年）'],
    // No period.
    ['# 浙江省医药产业发展“十四五”规划\n\n医药产业是新一轮科技革命与产业变革中创新最活跃的领域之一。', 'markdown', '浙江省医药产业发展“十四五”规划'],
    [
      '\n\n## **浙江省人民政府办公厅关于加快生命健康科技创新发展的实施意见**\n各市、县（市、区）人民政府：',
      'markdown',
      '浙江省人民政府办公厅关于加快生命健康科技创新发展的实施意见',
    ],
    ['---\ntitle: 草稿\nlevel: 市级\n---\n# 关于推进农村人居环境整治的实施方案\n', 'markdown', '关于推进农村人居环境整治的实施方案'],
    ['某市医疗器械产业链高质量发展工作方案（草案）\r\n\r\n一、工作目标\r\n', 'plaintext', '某市医疗器械产业链高质量发展工作方案（草案）'],
    // Characters no file system takes are left out of the name, not of the title.
    ['# 关于印发《某市智能网联汽车/低空经济融合发展行动计划》的通知', 'markdown', '关于印发《某市智能网联汽车低空经济融合发展行动计划》的通知'],
    // Untitled: the draft opens with a sentence, a numbered part, or nothing.
    ['为加快培育低空经济新质生产力，根据国家有关文件精神，结合本市实际，特制定本行动方案。', 'markdown', undefined],
    ['一、总体要求\n（一）指导思想\n以习近平新时代中国特色社会主义思想为指导。', 'plaintext', undefined],
    ['## 一、总体要求\n\n### （一）指导思想', 'markdown', undefined],
    ['', 'markdown', undefined],
    ['\n\n   \n', 'markdown', undefined],
  ];
  for (const [draft, format, name] of table) {
    it(`${JSON.stringify(draft.slice(0, 24))} → ${name ?? 'none'}`, () => assert.equal(exportFileName(draftToOfficialDocument(draft, format)), name));
  }

  it('leaves a title too long for a file system without a name', () => {
    const title = `关于${'进一步'.repeat(26)}的通知`;
    assert.equal(exportFileName(draftToOfficialDocument(`# ${title}\n`, 'markdown')), undefined);
  });

  const exported = table.filter(([draft, , name]) => name !== undefined && !draft.includes('/'));
  for (const [draft, format, name] of exported) {
    it(`the exported Word file's title reads ${name}`, async () => {
      const result = await exportDraft(draft, format);
      assert.equal(result.fileName, name);
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(result.bytes) });
      // The title's paragraphs open the file: the 标题, then the line under it.
      assert.ok(value.replace(/\s*\n\s*/g, '').startsWith(name!), value.slice(0, 80));
    });
  }
});
