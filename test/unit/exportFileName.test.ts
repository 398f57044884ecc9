import * as assert from 'node:assert/strict';
import { draftFileName } from '../../src/core/officialDocument/exportFileName';

describe('the name an export proposes for a draft never saved', () => {
  const table: [draft: string, name: string | undefined][] = [
    ['# 某市低空经济高质量发展行动方案（2025—2027年）\n\n根据《无人驾驶航空器飞行管理暂行条例》等文件精神，特制定本行动方案。', '某市低空经济高质量发展行动方案（2025—2027年）'],
    ['\n\n## **杭州市养老服务体系建设规划**\n一、发展基础', '杭州市养老服务体系建设规划'],
    ['---\ntitle: 草稿\nlevel: 市级\n---\n# 关于推进农村人居环境整治的实施方案\n', '关于推进农村人居环境整治的实施方案'],
    ['某区数字经济发展行动方案（草案）\r\n一、总体目标\r\n', '某区数字经济发展行动方案（草案）'],
    ['# 数据要素“x/y”试点工作要点：', undefined],
    ['# 关于印发《某市智能网联汽车/低空经济融合发展行动计划》的通知', '关于印发《某市智能网联汽车低空经济融合发展行动计划》的通知'],
    ['为加快培育低空经济新质生产力，根据国家有关文件精神，结合本市实际，特制定本行动方案。', undefined],
    ['', undefined],
    ['\n\n   \n', undefined],
  ];
  for (const [draft, name] of table) it(`${JSON.stringify(draft.slice(0, 24))} → ${name ?? 'none'}`, () => assert.equal(draftFileName(draft), name));
});
