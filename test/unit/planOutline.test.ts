import * as assert from 'node:assert/strict';
import { planFoldingRanges } from '../../src/core/outline/foldingRanges';
import { buildOutline, type OutlineNode } from '../../src/core/outline/outlineTree';
import { planKinds, planSkeletonSnippet } from '../../src/core/skeletons/planSkeletons';
import { parseSnippet } from '../../src/core/snippets/snippetSyntax';
import { expandSnippet } from '../../src/core/snippets/snippetText';
import { parsePlan } from '../../src/core/parsing/parsePlan';
import { at } from './at';

// The outline and folding on real drafts, through the shared parser.

const outlineOf = (text: string): OutlineNode[] => buildOutline(parsePlan(text), text.split(/\r?\n/));
const shape = (nodes: OutlineNode[]): unknown[] => nodes.map((n) => (n.children.length ? [n.name, shape(n.children)] : n.name));
const names = (nodes: OutlineNode[]): string[] => nodes.flatMap((n) => [n.name, ...names(n.children)]);

const markdownDraft = [
  '# 某市人工智能产业发展行动计划（2025—2027年）',
  '',
  '为加快人工智能产业发展，特制定本行动计划。',
  '',
  '## 一、主要目标',
  '',
  '到2027年，全市人工智能核心产业规模达到500亿元。',
  '',
  '——创新能力显著提升。新建省级以上创新平台10个。',
  '',
  '## 二、重点任务',
  '',
  '### （一）夯实算力基础',
  '',
  '1. 建设智能算力中心。新增智能算力2000P以上。（责任单位：市数据局）',
  '',
  '2. 完善数据供给。推动公共数据开放共享。（市数据局牵头，市财政局按职责分工负责）',
  '',
  '### （二）推动场景应用',
  '',
  '3. 开放应用场景。每年发布场景清单100个。',
  '',
  '## 三、保障措施',
  '',
  '（一）加强组织领导。建立工作专班，统筹推进重大事项。',
  '',
  '（二）强化考核评估。按季度跟踪重点任务进展。',
  '',
].join('\n');

const expectedDraftOutline = [
  // The period heads the outline: the year checks judge deadlines by it.
  '规划期 2025—2027年',
  ['一、主要目标', ['——创新能力显著提升']],
  [
    '二、重点任务',
    [
      ['（一）夯实算力基础', ['1. 建设智能算力中心', '2. 完善数据供给']],
      ['（二）推动场景应用', ['3. 开放应用场景']],
    ],
  ],
  ['三、保障措施', ['（一）加强组织领导', '（二）强化考核评估']],
];

describe('plan outline (through parsePlan)', () => {
  it('outlines a Markdown draft with # headings: parts, sections, items, —— lines', () => {
    assert.deepEqual(shape(outlineOf(markdownDraft)), expectedDraftOutline);
  });

  it('outlines the same draft as plain text without # and with CRLF line ends the same way', () => {
    const plain = markdownDraft.replace(/^#+ /gm, '').replace(/\n/g, '\r\n');
    assert.deepEqual(shape(outlineOf(plain)), expectedDraftOutline);
  });

  it('shows lead units as the detail of items that name them', () => {
    const tasks = at(at(outlineOf(markdownDraft), 2).children, 0).children;
    assert.deepEqual(
      tasks.map((n) => n.detail),
      ['市数据局', '市数据局'],
    );
  });

  it('puts a 任务分解表 under the clause it stands in, named by its caption', () => {
    const text = `${markdownDraft}\n附件：任务分解表\n\n| 序号 | 重点任务 | 责任单位 |\n| --- | --- | --- |\n| 1 | 开放应用场景 | 市经信局 |\n`;
    const tables = names(outlineOf(text)).filter((name) => name.includes('任务分解表'));
    assert.deepEqual(tables, ['附件：任务分解表']);
  });

  it('folds parts and sections of the draft, never past the last line', () => {
    const lines = markdownDraft.split('\n');
    const spans = planFoldingRanges(parsePlan(markdownDraft), lines);
    assert.ok(spans.some((s) => lines[s.start] === '## 二、重点任务' && lines[s.end]?.startsWith('3. ') === true));
    for (const span of spans) assert.ok(span.start < span.end && span.end < lines.length && (lines[span.end] ?? '').trim() !== '');
  });

  it('gives an empty or unnumbered text an empty outline', () => {
    assert.deepEqual(outlineOf(''), []);
    assert.deepEqual(outlineOf('这是一段没有编号的说明文字。\n第二段。'), []);
  });

  for (const kind of planKinds) {
    it(`outlines the ${kind} skeleton part by part`, () => {
      const text = expandSnippet(parseSnippet(planSkeletonSnippet(kind, { measureUnits: ['个'], fundingUnits: ['万元'], responsibleBodies: ['省科技厅'] })));
      const parts = outlineOf(text)
        .filter((n) => n.kind === 'part')
        .map((n) => n.name);
      const headings = text
        .split('\n')
        .filter((line) => line.startsWith('## '))
        .map((line) => line.slice(3));
      assert.deepEqual(parts, headings);
      assert.ok(parts.length >= 3);
    });
  }
});
