import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Clause } from '../../src/core/model';
import { numberValue } from '../../src/core/structure/chineseNumerals';
import { wrapWidth } from '../../src/core/structure/hardWrap';
import { readLines } from '../../src/core/structure/lines';
import { parsePlan } from '../../src/core/parsing/parsePlan';

/**
 * Property: a plan's clause tree is the same whatever layout it arrives in — Markdown, plain text
 * pasted from Word, a portal page (front matter, `## 政策全文`, em-space indentation, bold headings) or
 * a legal-database export (【法宝引证码】, `--` dashes, `1﹒` items). Plans are assembled from real
 * sentences of real plans.
 */

const partTitles = ['总体要求', '主要目标', '重点任务', '保障措施', '打造协同高效的数字政府', '培育富有活力的数字经济', '组织实施'];
const sectionTitles = ['做实做强基础能力建设', '协同推进核心技术攻关', '推进规模化和创新示范应用', '持续营造优质产业生态', '加强组织领导', '实施科技创新攻关行动'];
const items = [
  '提升火箭研制发射一体化能力。开发性价比高、成熟稳定、具有品牌效应的商业运载火箭，推进商业火箭制造基地建设。',
  '推动政务服务数字化转型。整合面向社会服务的政务信息系统，推进一体化在线政务服务平台建设（省大数据局、省政府办公厅牵头，各有关部门、各市政府配合）。',
  '加强基础研究和前沿技术攻关。支持高校、科研院所围绕医学影像、植入介入等领域开展基础研究。（责任单位：市科委、市经济信息化委）',
  '突破大模型关键核心技术。加强对人工智能数学机理、高级机器学习等前沿基础理论研究。',
  '强化算力资源保障。加快建设海洋领域人工智能计算中心，力争到2026年智能算力规模达到500PFlops。',
  '推进工业互联网外网建设。支持基础电信企业加强宽带网络基础设施建设。（省通信管理局负责）',
];
const goals = [
  '新型基础设施更加完善。5G网络全面部署，建成全面覆盖城市和重点园区的网络。',
  '平台建设长足进步。培育3家在国内具有较强影响力的跨行业、跨领域平台。',
  '融合应用加速普及。新建800个智能工厂、数字化车间。',
];
const chineseNumbers = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

interface Section {
  title: string;
  items: string[];
}
interface Part {
  title: string;
  /** Lead-dash goals right under the part, before its sections. */
  goals: string[];
  sections: Section[];
}
interface Plan {
  title: string;
  parts: Part[];
}

const planArb: fc.Arbitrary<Plan> = fc.record({
  title: fc.constantFrom('上海市促进商业航天发展打造空间信息产业高地行动计划（2023—2025年）', '青岛市海洋人工智能大模型产业集聚区建设实施方案'),
  parts: fc.array(
    fc.record({
      title: fc.constantFrom(...partTitles),
      goals: fc.array(fc.constantFrom(...goals), { maxLength: 3 }),
      sections: fc.array(fc.record({ title: fc.constantFrom(...sectionTitles), items: fc.array(fc.constantFrom(...items), { maxLength: 4 }) }), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
});

interface Layout {
  front: string[];
  part: (n: string, title: string) => string;
  section: (n: string, title: string) => string;
  item: (n: number, text: string) => string;
  dash: (text: string) => string;
  /** Between clauses: '' for Markdown and portal pages, nothing for pastes. */
  gap: boolean;
  /** A PDF export cuts every clause's line at this many characters. */
  wrap?: number;
}

const layouts: Record<string, (title: string) => Layout> = {
  markdown: (title) => ({
    front: [`# ${title}`],
    part: (n, t) => `## ${n}、${t}`,
    section: (n, t) => `### （${n}）${t}`,
    item: (n, t) => `${n}. ${t}`,
    dash: (t) => `——${t}`,
    gap: true,
  }),
  'Word paste': (title) => ({
    front: [title],
    part: (n, t) => `　　${n}、${t}`,
    section: (n, t) => `　　（${n}）${t}`,
    item: (n, t) => `　　${n}．${t}`,
    dash: (t) => `　　——${t}`,
    gap: false,
  }),
  'portal page': (title) => ({
    front: [`# ${title}`, '', '**发布日期**: 2023年10月26日', '**发布机构**: 上海市', '', '---', '', '## 政策全文', '', title],
    part: (n, t) => `\u2003\u2003${n}、${t}`,
    section: (n, t) => `**（${n}）${t}**`,
    item: (n, t) => `  ${n}.${t}`,
    dash: (t) => `  --${t}`,
    gap: true,
  }),
  'PDF export, hard-wrapped': (title) => ({
    front: [title],
    part: (n, t) => `${n}、${t}`,
    section: (n, t) => `（${n}）${t}`,
    item: (n, t) => `${n}.${t}`,
    dash: (t) => `——${t}`,
    gap: false,
    wrap: 26,
  }),
  'database export': (title) => ({
    front: ['【法宝引证码】 CLI.12.4638041', '原文链接：https://www.pkulaw.com/lar/example.html', title],
    part: (n, t) => `　　${n}、${t}`,
    section: (n, t) => `　　（${n}）${t}。`,
    item: (n, t) => `　　${n}﹒${t}`,
    dash: (t) => `　　--${t}`,
    gap: false,
  }),
};

function render(plan: Plan, layout: Layout): string {
  const lines = [...layout.front];
  const push = (line: string) => {
    if (layout.gap) lines.push('');
    const width = layout.wrap ?? line.length;
    for (let at = 0; at < line.length; at += width) lines.push(line.slice(at, at + width));
  };
  let item = 0;
  plan.parts.forEach((part, p) => {
    push(layout.part(chineseNumbers[p]!, part.title));
    for (const goal of part.goals) push(layout.dash(goal));
    part.sections.forEach((section, s) => {
      push(layout.section(chineseNumbers[s]!, section.title));
      for (const text of section.items) push(layout.item(++item, text));
    });
  });
  return `${lines.join('\n')}\n`;
}

interface Shape {
  kind: Clause['kind'];
  number?: number;
  title?: string;
  text: string;
  units: number;
  children: Shape[];
}

/** The numbered clauses with what a reader compares: markup, blanks and the `。` after a run-in heading left out. */
function shape(clauses: Clause[]): Shape[] {
  return clauses
    .filter((clause) => clause.kind !== 'paragraph')
    .map((clause) => {
      const out: Shape = {
        kind: clause.kind,
        // Widths and dash spellings differ by layout; the words do not.
        text: clause.text
          .normalize('NFKC')
          .replace(/[\s*。]/gu, '')
          .replace(/--|——/gu, '—'),
        units: clause.units.length,
        children: shape(clause.children),
      };
      if (clause.number !== undefined) out.number = numberValue(clause.number);
      if (clause.title !== undefined) out.title = clause.title.replace(/[*。]/gu, '');
      return out;
    });
}

/** The plan's own clauses: a portal's `## 政策全文` or the notice around them are not part of the tree. */
function planTree(text: string): Shape[] {
  return shape(parsePlan(text).clauses);
}

describe('property: one clause tree whatever the layout', () => {
  it('Markdown, a Word paste, a portal page, a hard-wrapped PDF export and a database export give the same tree', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        // A hard wrap is told from its lines' widths: a plan of a few lines, most of them short titles, does not read as wrapped.
        const rendered = Object.entries(layouts).map(([name, layout]) => [name, render(plan, layout(plan.title))] as const);
        const readable = rendered.filter(([name, text]) => layouts[name]!('').wrap === undefined || wrapWidth(readLines(text)) !== undefined);
        const trees = readable.map(([name, text]) => [name, planTree(text)] as const);
        const [, markdown] = trees[0]!;
        assert.ok(markdown.length === plan.parts.length, 'one tree node per part');
        for (const [name, tree] of trees.slice(1)) assert.deepEqual(tree, markdown, name);
      }),
      { numRuns: 100 },
    );
  });
});
