import * as assert from 'node:assert/strict';
import type { Clause, ClauseKind, ParsedPlan, UnitAssignment } from '../../src/core/model';
import { planFoldingRanges } from '../../src/core/outline/foldingRanges';
import { buildOutline, type OutlineNode } from '../../src/core/outline/outlineTree';
import { at } from './at';

// The mapping clause tree → outline, on a clause tree written out by hand so that these tests do
// not depend on the parser (test/unit/planOutline.test.ts runs the two together on real drafts).
const lines = [
  '## 一、总体要求', //                                                  0
  '', //                                                                  1
  '（一）指导思想。以习近平新时代中国特色社会主义思想为指导，着力提升原始创新能力。', // 2
  '', //                                                                  3
  '——创新引领。深入实施创新驱动发展战略。', //                          4
  '', //                                                                  5
  '二、重点任务', //                                                      6
  '为推动产业高质量发展，部署以下任务。', //                             7
  '1. 强化前沿基础研究。围绕创新药物等基础与交叉领域组织实施重大基础研究项目。（责任单位：省科技厅、省财政厅）', // 8
  '2. 实施关键核心技术攻关。（省科技厅牵头，省财政厅按职责分工负责）', // 9
  '', //                                                                  10
  '附件：任务分解表', //                                                  11
  '| 序号 | 重点任务 | 责任部门 |', //                                    12
  '| --- | --- | --- |', //                                                13
  '| 1 | 强化前沿基础研究 | 省科技厅 |', //                                14
  '', //                                                                  15
];

const range = (startLine: number, endLine: number) => ({ start: { line: startLine, column: 0 }, end: { line: endLine, column: at(lines, endLine).length } });
const unit = (lead: string[], line: number): UnitAssignment => ({ form: 'annotation', lead, support: [], range: range(line, line) });
function clause(kind: ClauseKind, from: number, to: number, title: string | undefined, children: Clause[] = [], units: UnitAssignment[] = []): Clause {
  return { kind, title, text: lines.slice(from, to + 1).join('\n'), path: [], range: range(from, to), units, targets: [], children };
}

const plan: ParsedPlan = {
  clauses: [
    clause('part', 0, 5, '总体要求', [clause('section', 2, 5, '指导思想', [clause('dash', 4, 4, '创新引领')])]),
    clause('part', 6, 15, '重点任务', [
      clause('paragraph', 7, 7, undefined),
      clause('item', 8, 8, '强化前沿基础研究', [], [unit(['省科技厅', '省财政厅'], 8)]),
      clause('item', 9, 10, '实施关键核心技术攻关。', [], [unit(['省科技厅'], 9)]),
    ]),
  ],
  tables: [
    {
      path: ['重点任务'],
      header: ['序号', '重点任务', '责任部门'],
      rows: [['1', '强化前沿基础研究', '省科技厅']],
      rowLines: [14],
      range: range(12, 14),
      caption: '附件：任务分解表',
    },
  ],
  lineCount: lines.length,
};

const shape = (nodes: OutlineNode[]): unknown[] => nodes.map((n) => (n.children.length ? [n.name, shape(n.children)] : n.name));

describe('outline tree', () => {
  const outline = buildOutline(plan, lines);

  it('lists parts, sections, items and —— lines with the number as written, and places the table', () => {
    assert.deepEqual(shape(outline), [
      ['一、总体要求', [['（一）指导思想', ['——创新引领']]]],
      ['二、重点任务', ['1. 强化前沿基础研究', '2. 实施关键核心技术攻关', '附件：任务分解表']],
    ]);
  });

  it('leaves paragraphs out and shows lead units as the detail', () => {
    const tasks = at(outline, 1).children;
    assert.deepEqual(
      tasks.map((n) => n.kind),
      ['item', 'item', 'table'],
    );
    assert.deepEqual(
      tasks.map((n) => n.detail),
      ['省科技厅、省财政厅', '省科技厅', '1 行'],
    );
  });

  it('selects the first line of a clause, inside its range', () => {
    const part = at(outline, 1);
    assert.deepEqual(part.selectionRange, { start: { line: 6, column: 0 }, end: { line: 6, column: at(lines, 6).length } });
    assert.deepEqual(part.range.end, { line: 15, column: 0 });
  });

  it('cuts a title that runs on', () => {
    const long = clause('item', 8, 8, '围绕创新药物等基础与交叉领域组织实施重大基础研究项目并且持续加大省自然科学基金投入构建多方参与机制');
    const node = at(buildOutline({ clauses: [long], tables: [], lineCount: lines.length }, lines), 0);
    assert.equal([...node.name].length, 40);
    assert.ok(node.name.endsWith('…'));
  });

  it('folds each multi-line clause and table to its first line, leaving trailing blank lines open', () => {
    // Item 2 spans lines 9–10, but line 10 is blank: nothing is left to fold.
    assert.deepEqual(planFoldingRanges(plan, lines), [
      { start: 0, end: 4 },
      { start: 2, end: 4 },
      { start: 6, end: 14 },
      { start: 12, end: 14 },
    ]);
  });
});
