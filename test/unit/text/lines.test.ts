import * as assert from 'node:assert/strict';
import { draftClauseAt } from '../../../src/core/search/draftClause';
import { parsePlan } from '../../../src/core/parsing/parsePlan';
import { splitLines, withoutBom } from '../../../src/core/text/lines';
import { splitTableRow } from '../../../src/core/text/tableRow';

const rows = ['| 序号 | 重点任务 | 责任单位 |', '| --- | --- | --- |', '| 1 | 建设生物医药产业园区，推动创新药产业化 | 市发展改革委 |'];

describe('one line splitter and one table-row splitter (text layer)', () => {
  const cases: [string, string, string[]][] = [
    ['LF', '一、总体要求\n（一）指导思想\n', ['一、总体要求', '（一）指导思想', '']],
    ['CRLF', '一、总体要求\r\n（一）指导思想\r\n', ['一、总体要求', '（一）指导思想', '']],
    ['lone CR', '一、总体要求\r（一）指导思想\r', ['一、总体要求', '（一）指导思想', '']],
    ['mixed', '一、总体要求\r\n（一）指导思想\r（二）基本原则\n\r\n', ['一、总体要求', '（一）指导思想', '（二）基本原则', '', '']],
    ['none', '加快建设生物医药产业园区。', ['加快建设生物医药产业园区。']],
    ['empty', '', ['']],
  ];
  for (const [name, text, lines] of cases) {
    it(`splits ${name} line endings as editors count lines`, () => assert.deepEqual(splitLines(text), lines));
  }

  it('stops after a number of lines when asked', () => {
    assert.deepEqual(splitLines('甲\r\n乙\r丙\n丁', 2), ['甲', '乙']);
  });

  it('drops a byte-order mark at the start only', () => {
    assert.equal(withoutBom('\uFEFF# 规划'), '# 规划');
    assert.equal(withoutBom('# 规\uFEFF划'), '# 规\uFEFF划');
  });

  const rowCases: [string, string, string[]][] = [
    ['outer pipes', '| 1 | 建设产业园区 | 市发展改革委 |', ['1', '建设产业园区', '市发展改革委']],
    ['no outer pipes', '1 | 建设产业园区 | 市发展改革委', ['1', '建设产业园区', '市发展改革委']],
    ['an escaped pipe inside a cell', '| 1 | 甲\\|乙 | 市科技局 |', ['1', '甲\\|乙', '市科技局']],
    ['an empty cell', '| 1 |  | 市科技局 |', ['1', '', '市科技局']],
    ['trailing spaces', '| 1 | 建设 |   ', ['1', '建设']],
  ];
  for (const [name, row, cells] of rowCases) {
    it(`splits a row with ${name}`, () => assert.deepEqual(splitTableRow(row), cells));
  }

  it('splits full-width pipes through the folded row, keeping the cells as written', () => {
    assert.deepEqual(splitTableRow('｜１｜建设产业园区｜', '|1|建设产业园区|'), ['１', '建设产业园区']);
  });

  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ] as const) {
    it(`reads a hovered table row as the parser split it (${name}), and a separator as no clause`, () => {
      const text = ['# 某市生物医药产业发展行动计划', '', '附件：重点任务分解表', '', ...rows, ''].join(eol);
      const plan = parsePlan(text);
      const lines = splitLines(text);
      const [table] = plan.tables;
      assert.ok(table);
      assert.deepEqual(table.rowLines, [6]);
      assert.equal(draftClauseAt(lines, plan, { line: 6, column: 3 })?.text, '1　建设生物医药产业园区，推动创新药产业化　市发展改革委');
      assert.equal(draftClauseAt(lines, plan, { line: 5, column: 3 }), undefined);
    });
  }
});
