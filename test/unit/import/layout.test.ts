import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCellTable, formatMarkdownTable } from '../../../src/core/import/cellTable';
import { layoutMarkdown } from '../../../src/core/import/markdownLayout';

const fixture = (name: string): string => readFileSync(join(__dirname, '../../fixtures/import', name), 'utf8');

describe('import: flattened tables', () => {
  const lines = fixture('task-table-cells.txt')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.replace(/,/g, '，'));

  it('rebuilds the 任务分解表 keyed on 序号 with its group rows', () => {
    const table = findCellTable(lines)!;
    assert.equal(lines[table.start], '重点任务');
    assert.equal(table.end, lines.length - 1);
    assert.deepEqual(table.header, ['序号', '具体工作', '责任部门']);
    assert.deepEqual(table.rows, [
      ['推动产业集聚发展', '', ''],
      ['1', '建设示范园区，完善公共服务平台。', '市经信局、市发展改革委'],
      ['2', '实施企业梯度培育计划。', '市经信局、市财政局'],
      ['强化要素保障', '', ''],
      ['3', '优化产业用地供给，保障重点项目用地。', '市规划资源局'],
    ]);
  });

  it('finds no table in running text', () => assert.equal(findCellTable(['一、总体要求', '序号', '到2025年，建成示范园区5个。']), undefined));

  it('takes no run of more short lines than a table has columns for its header', () => {
    const manyShort = ['序号', ...Array.from({ length: 13 }, (_, i) => `第${i + 1}栏`), '1', ...Array.from({ length: 13 }, () => '内容')];
    assert.equal(findCellTable(manyShort), undefined);
    // A page of repeated 序号/header lines (a scraped index page) is read in one pass, finding nothing.
    assert.equal(findCellTable(Array.from({ length: 30_000 }, (_, i) => ['序号', '重点任务', '牵头单位'][i % 3]!)), undefined);
  });

  it('escapes a pipe inside a cell', () => {
    assert.deepEqual(formatMarkdownTable(['序号', '具体工作'], [['1', 'A|B']]), ['| 序号 | 具体工作 |', '| --- | --- |', '| 1 | A\\|B |']);
  });
});

describe('import: Markdown layout', () => {
  it('marks titles and stand-alone headings, keeps numbering and run-in sections as written', () => {
    const lines = [
      '某某省生物医药产业行动计划',
      '（2025—2027年）',
      '一、主要目标',
      '到2027年，新增创新药10个以上。',
      '（一）实施创新药攻关行动。面向重大疾病开展攻关。',
      '（二）强化要素保障',
      '1.加大资金支持。（省财政厅牵头）',
      '——创新引领。坚持创新第一动力。',
    ];
    assert.equal(
      layoutMarkdown(lines),
      [
        '# 某某省生物医药产业行动计划（2025—2027年）',
        '## 一、主要目标',
        '到2027年，新增创新药10个以上。',
        '（一）实施创新药攻关行动。面向重大疾病开展攻关。',
        '### （二）强化要素保障',
        '1.加大资金支持。（省财政厅牵头）',
        '——创新引领。坚持创新第一动力。',
      ].join('\n\n') + '\n',
    );
  });

  it('puts the given title first when the page lost it, and invents no other heading', () => {
    const out = layoutMarkdown(['数字经济是重要引擎，特编制本规划。', '1.产业基础持续夯实。'], '某某省数字经济发展规划');
    assert.equal(out, '# 某某省数字经济发展规划\n\n数字经济是重要引擎，特编制本规划。\n\n1.产业基础持续夯实。\n');
  });

  it('puts the table under its title as a heading', () => {
    const out = layoutMarkdown(['附件', '重点任务分解表', '序号', '具体工作', '责任部门', '1', '建设示范园区。', '市经信局']);
    assert.equal(out, '附件\n\n## 重点任务分解表\n\n| 序号 | 具体工作 | 责任部门 |\n| --- | --- | --- |\n| 1 | 建设示范园区。 | 市经信局 |\n');
  });
});
