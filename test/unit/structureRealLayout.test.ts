import * as assert from 'node:assert/strict';
import { checkDraft } from '../../src/core/analysis/checkDraft';
import type { CheckCode } from '../../src/core/checks/finding';
import type { Clause } from '../../src/core/model';
import { defaultSettings } from '../../src/core/config/settings';
import { parsePlan } from '../../src/core/parsing/parsePlan';

/** Layouts of real documents as they are found (../shared/realworld): exports, portal pages, pastes. */

function flatten(clauses: Clause[]): Clause[] {
  return clauses.flatMap((clause) => [clause, ...flatten(clause.children)]);
}

function only(text: string): Clause {
  const clauses = flatten(parsePlan(text).clauses);
  assert.equal(clauses.length, 1, JSON.stringify(clauses.map((c) => c.text)));
  return clauses[0]!;
}

function lint(lines: string[]): string[] {
  // The two checks of checks.md; the reviewer's checks have their own tests.
  return checkDraft(lines.join('\n'), defaultSettings)
    .filter((f) => f.code === 'missing-responsible-unit' || f.code === 'unquantified-target')
    .map((f) => `${f.range.start.line + 1} ${f.code}`);
}

const M: CheckCode = 'missing-responsible-unit';
const U: CheckCode = 'unquantified-target';

describe('structure: numbering as exports and pages write it', () => {
  const cases: { line: string; kind: Clause['kind']; number?: string; title?: string }[] = [
    { line: '　　1﹒推进工业互联网外网建设。支持基础电信企业加强宽带网络建设。', kind: 'item', number: '1', title: '推进工业互联网外网建设' },
    { line: '  12．推进手机直连卫星网络。持续推动手机直连等技术试验。', kind: 'item', number: '12', title: '推进手机直连卫星网络' },
    { line: '　　1突破大模型关键核心技术。加强对人工智能数学机理研究。', kind: 'item', number: '1', title: '突破大模型关键核心技术' },
    { line: '\u2003\u2003二、重点任务', kind: 'part', number: '二', title: '重点任务' },
    { line: '\u2002（一）做实做强基础能力建设', kind: 'section', number: '一', title: '做实做强基础能力建设' },
    { line: '**（一）推动科技创新资源开放**', kind: 'section', number: '一', title: '推动科技创新资源开放' },
    { line: '　　--新型基础设施更加完善。5G网络全面部署。', kind: 'dash', title: '新型基础设施更加完善' },
    { line: '—平台建设长足进步。培育3家跨行业平台。', kind: 'dash', title: '平台建设长足进步' },
    { line: '一一融合应用加速普及。新建800个智能工厂。', kind: 'dash', title: '融合应用加速普及' },
    { line: '　　第七条　对新入驻园区的企业给予租金补贴。', kind: 'item', number: '七' },
    // Not numbering: amounts, page numbers, a comma inside a would-be title.
    { line: '3个重点领域率先突破。', kind: 'paragraph' },
    { line: '5G网络全面覆盖城乡。', kind: 'paragraph' },
    { line: '— 1 —', kind: 'paragraph' },
    { line: '180EFLOPS，位居世界第二。', kind: 'paragraph' },
    { line: '2突破，关键核心技术取得进展。', kind: 'paragraph' },
  ];
  for (const { line, kind, number, title } of cases) {
    it(`reads ${line.trim()} as ${kind}`, () => {
      const clause = only(line);
      assert.equal(clause.kind, kind);
      if (number !== undefined) assert.equal(clause.number, number);
      if (title !== undefined) assert.equal(clause.title, title);
    });
  }
});

describe("checks: scope by the document's own example", () => {
  it('flags the one item without a unit among siblings that carry theirs', () => {
    const draft = [
      '一、打造协同高效的数字政府', // 1 no task keyword
      '1.推动政务服务数字化转型。整合政务信息系统（省大数据局、省政府办公厅牵头，各市政府配合）。', // 2
      '2.完善应用“爱山东”APP。扩大服务范围，提升网上办事体验。', // 3 missing by example
      '3.推动协同办公数字化转型。加强通用业务系统建设（省大数据局牵头）。', // 4
      '二、培育富有活力的数字经济', // 5
      '4.打造数字农业样板。深入实施“互联网+现代农业”。', // 6 siblings carry no unit: not a task
      '5.推进智能制造升级。加快发展工业互联网。', // 7
    ];
    assert.deepEqual(lint(draft), [`3 ${M}`]);
  });
  it('reaches leaf sections, and not excluded parts', () => {
    const draft = [
      '一、优化数据中心布局', // 1
      '（一）优化数据中心供给结构。发展区域数据中心集群（发展改革委、工业和信息化部负责）。', // 2
      '（二）推进网络互联互通。优化国家互联网骨干直连点布局（工业和信息化部负责）。', // 3
      '（三）强化能源配套机制。探索建立电力网和数据网联动建设机制。', // 4 missing by example
      '二、保障措施', // 5
      '（一）完善工作机制。各地区要加强协同联动（发展改革委负责）。', // 6
      '（二）抓好任务落实。各部门要结合实际积极探索（工业和信息化部负责）。', // 7
      '（三）加强宣传引导。营造良好氛围。', // 8 excluded
    ];
    assert.deepEqual(lint(draft), [`4 ${M}`]);
  });
});

describe('structure: what surrounds a plan as it is found', () => {
  it('reads a 专栏 as text of the clause it sits in: no task clauses, no targets outside 目标', () => {
    const draft = [
      '二、主要任务', // 1
      '（一）网络体系强基行动', // 2
      '1. 推进企业内网改造升级。支持工业企业运用5G改造内网。（省经济和信息化厅负责）', // 3
      '专栏1  工业互联网网络互联互通工程', // 4
      '1. 优化网络基础设施。力争形成一批示范网络。', // 5 a box entry: no task, no target
      '2. 建设5G专网。面向重点行业建设一批行业专网。', // 6
      '2. 推进工业互联网外网建设。支持基础电信企业加强网络建设。', // 7 the next item: missing
    ];
    assert.deepEqual(lint(draft), [`7 ${M}`]);
    const plan = parsePlan(draft.join('\n'));
    const items = flatten(plan.clauses)
      .filter((c) => c.kind === 'item')
      .map((c) => c.number);
    assert.deepEqual(items, ['1', '2']);
  });
  // After a 专栏, a line at its owner's level belongs to the box only as the box's next entry.
  const boxEnds: { what: string; draft: string[]; items: string[] }[] = [
    {
      // xvshiting__c148 with an item inserted before its 专栏1: the box's entries ran 1–8.
      what: 'ends a 专栏 at a number that breaks the run of its entries (a later 2. after 1–3)',
      draft: [
        '（一）构建科技创新体系。',
        '1. 建立基础理论体系。聚焦重大科学前沿问题。',
        '2. 新增一项任务。',
        '专栏1　基础理论',
        '1. 大数据智能理论。',
        '2. 跨媒体感知计算理论。',
        '3. 混合增强智能理论。',
        '2. 建立关键共性技术体系。围绕提升国际竞争力的迫切需求。',
      ],
      items: ['1', '2', '2'],
    },
    {
      what: 'ends a 专栏 at a line laid out like its owner (indented items, unindented entries)',
      draft: [
        '（一）构建科技创新体系。',
        '　　3. 统筹布局创新平台。建设布局人工智能创新平台。',
        '专栏3　基础支撑平台',
        '1. 开源软硬件基础平台。',
        '2. 群体智能服务平台。',
        '3. 混合增强智能支撑平台。',
        '　　4. 加快培养高端人才。坚持培养和引进相结合。',
      ],
      items: ['3', '4'],
    },
    {
      what: 'keeps a 专栏 whose entries start again at 1 (a box in two lists)',
      draft: [
        '（一）构建科技创新体系。',
        '1. 建立基础理论体系。',
        '专栏1　基础理论',
        '1. 大数据智能理论。',
        '2. 跨媒体感知计算理论。',
        '重点平台：',
        '1. 开源软硬件基础平台。',
        '2. 群体智能服务平台。',
        '2. 建立关键共性技术体系。',
      ],
      items: ['1', '2'],
    },
  ];
  for (const { what, draft, items } of boxEnds) {
    it(what, () => {
      const read = flatten(parsePlan(draft.join('\n')).clauses)
        .filter((c) => c.kind === 'item')
        .map((c) => c.number);
      assert.deepEqual(read, items);
    });
  }
  it("ends the plan at 附件: an annexed document is not in the plan's task scope", () => {
    const draft = [
      '三、重点任务', // 1
      '1. 建设智能算力中心。统筹布局全市智能算力资源。（责任单位：市数据局）', // 2
      '附件', // 3
      '某市算力券管理办法', // 4
      '1. 算力券面向本市中小企业发放。', // 5 not a task of the plan
    ];
    assert.deepEqual(lint(draft), []);
  });
  it('still reads a decomposition table under an annex heading', () => {
    const draft = [
      '三、重点任务', // 1
      '1. 建设智能算力中心。统筹布局全市智能算力资源。', // 2 its unit is in the table
      '', // 3
      '附件：重点任务分工表', // 4
      '', // 5
      '| 序号 | 任务 | 责任单位 |', // 6
      '| --- | --- | --- |', // 7
      '| 1 | 建设智能算力中心 | 市数据局 |', // 8
    ];
    assert.deepEqual(lint(draft), []);
  });
  it('reads a goal written with ASCII dashes as one statement per dash', () => {
    const draft = ['一、发展目标', '--新型基础设施更加完善。5G网络全面部署，建成全面覆盖城市的网络。', '--平台建设长足进步。培育3家跨行业平台。'];
    assert.deepEqual(lint(draft), [`2 ${U}`]);
  });
});
