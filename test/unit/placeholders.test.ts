import * as assert from 'node:assert/strict';
import { placeholderLines } from '../../src/core/officialDocument/placeholders';

describe('placeholders an export names', () => {
  const table: [line: string, holds: boolean][] = [
    ['# ××区××行动方案（20××—20××年）', true],
    ['以习近平新时代中国特色社会主义思想为指导，深入落实……决策部署，以……为突破口。', true],
    ['2. 基础设施。建成一批低空起降设施，低空航线网络基本形成，达到N个。', true],
    ['1. 目标类别。指标达到数值个以上。', true],
    ['到2027年，培育低空经济领军企业N', true],
    ['1. 产业规模。到2027年，低空经济核心产业规模突破100亿元。', false],
    ['（二）构建低空飞行服务体系。建设市级低空飞行服务中心，提供飞行计划申报、气象、情报等服务。', false],
    ['推广NB-IoT、5G等技术在养老服务中的应用，建设N95口罩储备点。', false],
    ['支持企业开展无人机城市配送试点。（市交通运输局牵头，市邮政管理局按职责分工负责）', false],
    ['<!-- policy-draft: 来源 浙江省医药产业发展“十四五”规划 第64段 …… -->', false],
  ];
  for (const [line, holds] of table) it(`${holds ? 'names' : 'passes'} ${line.slice(0, 24)}`, () => assert.deepEqual(placeholderLines(line), holds ? [1] : []));

  it('gives the lines of a draft in order, a comment across lines left out', () => {
    const draft = ['# 某市养老服务体系建设行动方案（2025—2027年）', '', '<!-- 待定：', '……', '-->', '到2027年，护理型床位占比达到N%。', '（一）完善……网络。'].join('\n');
    assert.deepEqual(placeholderLines(draft), [6, 7]);
  });
});
