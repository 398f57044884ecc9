import * as assert from 'node:assert/strict';
import { checkDraft } from '../../src/core/analysis/checkDraft';
import type { CheckCode } from '../../src/core/checks/finding';
import { insertUnitAnnotation } from '../../src/core/checks/fixes';
import { type Settings } from '../../src/core/config/settings';
import { coreSettings as coreOnly } from './coreSettings';
import { at } from './at';

/** Findings as `line code` (1-based lines, like the eval sidecars). */
function lint(lines: string[], settings: Settings = coreOnly): string[] {
  return checkDraft(lines.join('\n'), settings).map((f) => `${f.range.start.line + 1} ${f.code}`);
}

const M: CheckCode = 'missing-responsible-unit';
const U: CheckCode = 'unquantified-target';

describe('checks: missing-responsible-unit', () => {
  const draft = [
    '# 某市数字经济发展三年行动计划', // 1 title with 行动: not a heading
    '## 一、总体要求', // 2
    '### （一）指导思想', // 3
    '坚持创新驱动，深入实施“数字经济一号工程”行动。', // 4 指导思想: excluded
    '### （二）基本原则', // 5
    '——创新引领。强化关键核心技术攻关。', // 6
    '## 二、行动目标', // 7 行动 + 目标: exclusion wins
    '1. 数字经济核心产业增加值突破1000亿元。', // 8
    '## 三、重点任务', // 9
    '围绕数据、算力、场景组织实施以下重点工程。', // 10 intro paragraph
    '### （一）实施数字基础设施工程', // 11 holds items
    '1. 建设新型数据中心。推进数据中心集约化布局。（责任单位：市数据局）', // 12
    '2. 推进千兆光网建设。扩大千兆光网覆盖范围。', // 13 missing
    '### （二）实施产业数字化行动', // 14
    '3. 推动企业上云。市经信局要会同各区政府推动企业上云。', // 15 prose: missing
    '4. 建设工业互联网平台。培育行业级平台。（市经信局牵头，市科技局按职责分工负责）', // 16
    '（1）推进标识解析节点建设。', // 17 sub-item: a task clause of its own (one item level in the spec), missing
    '### （三）实施数字政府工程', // 18 section without items: itself a task clause, missing
    '一是推进“一网通办”；二是推进“一网统管”；三是建设城市大脑。', // 19 its run-in body
    '### （四）实施数字社会工程', // 20 section with a lead in its body
    '建设智慧社区，由市民政局负责。', // 21
    '## 四、保障措施', // 22
    '（一）加强组织领导。建立工作专班。', // 23 excluded
    '（二）强化要素保障。每年安排不少于5亿元。', // 24 excluded
  ];
  it('flags exactly the task clauses without a unit', () => {
    assert.deepEqual(
      lint(draft).filter((f) => f.endsWith(M)),
      [`13 ${M}`, `15 ${M}`, `17 ${M}`, `18 ${M}`],
    );
  });

  it('accepts a unit given by a 任务分解表 row, by number or by title', () => {
    const withTable = [
      ...draft,
      '## 附件　重点任务分解表',
      '| 序号 | 任务 | 责任单位 |',
      '| --- | --- | --- |',
      '| 2 | 推进千兆光网建设 | 市通信管理局 |',
      '| | 实施数字政府工程 | 市大数据局 |',
    ];
    assert.deepEqual(
      lint(withTable).filter((f) => f.endsWith(M)),
      [`15 ${M}`, `17 ${M}`],
    );
  });

  it('checks a sub-item and its item apart: each needs its own unit, on its own line or in a paragraph under it', () => {
    const nested = [
      '三、重点任务', // 1
      '1. 壮大政府投资基金。发挥引导作用。（省财政厅负责）', // 2 has its own
      '（1）优化引导基金管理。', // 3 missing: the parent's unit is not its
      '（2）支持设立天使投资基金。', // 4
      '（牵头单位：省科技厅）', // 5 a paragraph under 4: its unit
      '2. 培育创业投资机构。', // 6 missing: its sub-item's unit is not its
      '（1）落实税收优惠政策。（责任单位：省税务局）', // 7
    ];
    assert.deepEqual(lint(nested), [`3 ${M}`, `6 ${M}`]);
    // The fix for an item with sub-items goes at the end of its own text, not after its last sub-item.
    const text = nested.join('\n');
    const parent = checkDraft(text, coreOnly).find((f) => f.range.start.line === 5)!;
    const edit = insertUnitAnnotation(text, parent.clauseRange!);
    assert.deepEqual(edit.range.start, { line: 5, column: nested[5]!.length });
    assert.equal(parent.subject, '2. 培育创业投资机构。');
  });

  it('matches 任务分解表 rows by number to the outer items, whose sub-items share their numbers', () => {
    const withTable = [
      '三、重点任务', // 1
      '1. 建设智能算力中心。统筹布局算力资源。', // 2 row 1 by number (the row words it otherwise)
      '（1）建设公共算力平台。（责任单位：市数据局）', // 3
      '2. 完善数据供给。推进公共数据开放。', // 4 row 2 by number
      '（1）建设开放平台。（责任单位：市大数据中心）', // 5
      '附件 重点任务分工表', // 6
      '| 序号 | 工作内容 | 牵头单位 |',
      '| --- | --- | --- |',
      '| 1 | 算力设施工程 | 市发展改革委 |',
      '| 2 | 数据资源工程 | 市数据局 |',
    ];
    assert.deepEqual(lint(withTable), []);
  });

  it('treats section-level tasks under 支持政策 as task clauses, and 政策支持 under 保障措施 as not', () => {
    const lines = [
      '三、支持政策',
      '（一）加大财政投入。省级财政每年安排专项资金。（省财政厅负责）',
      '（二）完善医保支付政策。将中医适宜技术纳入医保支付范围。',
      '四、保障措施',
      '（一）强化政策支持。统筹用好各级产业发展资金。',
    ];
    assert.deepEqual(lint(lines), [`3 ${M}`]);
  });

  it('treats a numbered part inside a chapter (第三章 → 二、) as a section: a task clause when it holds no items', () => {
    const chapters = [
      '## 第三章 重点任务', // 1
      '### 一、实施数字基础设施建设行动', // 2 holds items: not a task clause itself
      '（1）加快5G网络建设。推进5G基站集约建设。（责任单位：省通信管理局）', // 3
      '（2）布局算力基础设施。建设全省一体化算力网络。', // 4 missing
      '### 二、实施产业数字化转型行动', // 5 only a run-in body: one task clause, missing
      '一是推动制造业数字化转型；二是推动服务业数字化。', // 6
      '### 三、实施数字人才培育工程', // 7
      '培育数字技能人才。（省人力资源社会保障厅、省教育厅按职责分工负责）', // 8
      '## 第四章 保障措施', // 9
      '### 一、加强组织领导', // 10 excluded
      '建立工作专班。', // 11
    ];
    assert.deepEqual(lint(chapters), [`4 ${M}`, `5 ${M}`]);
  });
  it('extends task and exclusion keywords and bodies from settings', () => {
    const lines = ['三、专项计划', '（一）推进数据开放。建设开放平台。（市供销合作社负责）', '（二）附则事项。'];
    assert.deepEqual(lint(lines), []);
    const settings: Settings = { ...coreOnly, 'checks.taskKeywords': ['专项'] };
    assert.deepEqual(lint(lines, settings), [`2 ${M}`, `3 ${M}`]);
    const more: Settings = { ...settings, 'checks.bodySuffixes': ['合作社'], 'checks.exclusionKeywords': ['附则'] };
    assert.deepEqual(lint(lines, more), []);
  });
});

describe('checks: unquantified-target', () => {
  const draft = [
    '一、发展基础', // 1
    '到2020年，全市数字经济规模稳步扩大。', // 2 background: not a target
    '二、主要目标', // 3 the heading itself: not a target
    '到2027年，主要目标如下：', // 4 introduction: not a target
    '——产业规模持续壮大，核心产业增加值达到1000亿元。', // 5
    '——创新能力显著增强，新建创新平台两家。', // 6 Chinese numeral with measure word
    '——产业生态更加完善，综合竞争力稳居全国第一方阵。', // 7 第一 is ordinal: flagged
    '1. 重点企业加快成长。', // 8 item, no quantity: flagged
    '2. 工业企业上云率达到80%。', // 9
    '到2030年，基本建成数字经济强市。', // 10 sentence with only a year: flagged
    '三、重点任务', // 11
    '1. 推进数字产业化。建设一批数字产业园，力争取得重大突破。（市经信局牵头）', // 12 力争 outside 目标: flagged
    '2. 推进产业数字化。力争到2027年培育标杆企业10家。（市经信局牵头）', // 13 quantified
    '3. 完善数据要素市场。到2027年，实现公共数据开放全覆盖。（市数据局负责）', // 14 quantified by 全覆盖
    '4. 优化营商环境。全力争取国家试点在本市落地。（市发展改革委负责）', // 15 全力争取 is not 力争
    '5. 推进“十四五”规划实施。建设5G基站，打造一站式服务平台。（市通信管理局负责）', // 16 no target statement
    '四、保障措施', // 17
    '（一）加强资金保障。每年安排不少于5亿元。', // 18 no 力争 / 到20NN年: not a target
  ];
  it('flags exactly the unquantified target statements', () => {
    assert.deepEqual(
      lint(draft).filter((f) => f.endsWith(U)),
      [`7 ${U}`, `8 ${U}`, `10 ${U}`, `12 ${U}`],
    );
  });
  it('takes extra measure words from settings', () => {
    const lines = ['二、主要目标', '1. 新建综合管廊200延米。'];
    assert.deepEqual(lint(lines), [`2 ${U}`]);
    assert.deepEqual(lint(lines, { ...coreOnly, 'checks.measureWords': ['延米'] }), []);
  });

  it('reads the title over an indicator table as a label, not a target; a sentence before a table still counts', () => {
    const goals = [
      '## 三、发展目标', // 1
      '**表1　“十五五”时期新型储能发展主要指标**', // 2 a title: no finding
      '', // 3
      '| 指标 | 2025年 | 2030年 | 属性 |', // 4
      '| --- | --- | --- | --- |', // 5
      '| 新型储能装机规模（万千瓦） | 320 | 1500 | 预期性 |', // 6
      '', // 7
      '储能产业体系更加完善。', // 8 a sentence, though a table follows: unquantified
      '| 指标 | 2030年 |', // 9
      '| --- | --- |', // 10
    ];
    assert.deepEqual(lint(goals), [`8 ${U}`]);
  });

  it('follows a sentence hard-wrapped in text pasted from Word onto the unindented next line', () => {
    const pasted = [
      '　　一、总体目标', // 1
      '　　到2027年，全省科技型企业贷款余额突破', // 2 quantified on line 3
      '3000亿元，年均增长15%以上。科技金融服务体系更加完善。', // 3 its second sentence: unquantified
      '　　到2030年，基本形成多层次科技金融体系。', // 4 unquantified
      '三、重点任务', // 5 an unindented heading is no continuation
    ];
    assert.deepEqual(lint(pasted), [`3 ${U}`, `4 ${U}`]);
    // Without the wrap (an indented next line), each line is a paragraph of its own.
    assert.deepEqual(lint(pasted.map((line, i) => (i === 2 ? `　　${line}` : line))), [`2 ${U}`, `3 ${U}`, `4 ${U}`]);
  });

  it('takes no wrap after a title line, before a line opening with a year, or onto a table title', () => {
    const cases: [string[], string[]][] = [
      [
        ['三、重点任务', '　　1. 加强创新', '到2025年，产业规模明显提升。'],
        [`2 ${M}`, `3 ${U}`],
      ],
      [['三、重点任务', '　　加强创新能力建设', '到2025年，产业规模明显提升。'], [`3 ${U}`]],
      [['二、主要目标', '　　到2025年，产业规模明显提升', '2024年全市实现产值500亿元。'], [`2 ${U}`]],
      [['二、主要目标', '　　到2025年，产业规模明显提升', '表1　主要指标', '| 指标 | 2025年 |', '| --- | --- |'], [`2 ${U}`]],
    ];
    for (const [draft, expected] of cases) assert.deepEqual(lint(draft), expected, draft.join(' / '));
  });

  it('reads a line without its final 。 above a table that is no indicator table as a statement', () => {
    assert.deepEqual(lint(['二、主要目标', '', '到2025年，全市生物医药产业规模明显扩大，创新能力显著增强', '', '| 重点领域 | 主要方向 |', '| --- | --- |']), [`3 ${U}`]);
  });
});

describe('checks: the finding contract', () => {
  const text = '三、重点任务\r\n（一）完善医保支付政策。力争取得突破。\r\n';
  const findings = checkDraft(text, coreOnly);

  it('reports both codes on a clause that lacks both, in document order, with Chinese messages', () => {
    assert.deepEqual(
      findings.map((f) => f.code),
      [M, U],
    );
    const [unit, target] = [at(findings, 0), at(findings, 1)];
    assert.match(unit.message, /未明确责任单位/);
    assert.match(unit.message, /完善医保支付政策/);
    assert.match(target.message, /缺少可衡量的量化指标/);
  });
  it('ranges the first line of the clause (UTF-16 columns, CRLF not counted) and gives the clause range', () => {
    const [unit, target] = [at(findings, 0), at(findings, 1)];
    assert.deepEqual(unit.range, { start: { line: 1, column: 0 }, end: { line: 1, column: 19 } });
    assert.deepEqual(unit.clauseRange, unit.range);
    assert.deepEqual(target.range, { start: { line: 1, column: 12 }, end: { line: 1, column: 19 } });
    assert.equal(target.subject, '力争取得突破。');
  });
  it('reads half-width punctuation like full-width', () => {
    const half = ['三、重点任务', '(一)完善政策,推进工作.(省科技厅负责)', '(二)优化服务,力争到2027年实现全覆盖.(责任单位:省政务服务中心)', '(三)加强宣传,营造氛围.'];
    assert.deepEqual(lint(half), [`4 ${M}`]);
  });
  it('ends a sentence at a half-width full stop after a Chinese character, not at a decimal point', () => {
    assert.deepEqual(lint(['三、主要目标', '到2025年,产业规模明显提升.新增企业1.5万家.']), [`2 ${U}`]);
    assert.deepEqual(lint(['三、主要目标', '到2025年,新增企业1.5万家,产值增长5.5%.']), []);
  });
  it('reads traditional characters like simplified, at the same lines and columns', () => {
    const simplified = [
      '二、重点任务',
      '（一）加强组织领导。建立工作专班，统筹推进。',
      '1. 建设算力中心。推进智能算力建设。',
      '2. 完善数据供给。（责任单位：市数据局）',
      '三、主要目标',
      '到2025年，产业规模明显提升。',
    ];
    const traditional = [
      '二、重點任務',
      '（一）加強組織領導。建立工作專班，統籌推進。',
      '1. 建設算力中心。推進智能算力建設。',
      '2. 完善數據供給。（責任單位：市數據局）',
      '三、主要目標',
      '到2025年，產業規模明顯提升。',
    ];
    assert.deepEqual(lint(traditional), lint(simplified));
    assert.deepEqual(lint(simplified), [`3 ${M}`, `6 ${U}`]);
    const ranges = (lines: string[]) => checkDraft(lines.join('\n'), coreOnly).map((f) => f.range);
    assert.deepEqual(ranges(traditional), ranges(simplified));
  });
  it('skips disabled checks', () => {
    const settings: Settings = { ...coreOnly, 'checks.unquantifiedTarget.enabled': false };
    assert.deepEqual(
      checkDraft(text, settings).map((f) => f.code),
      [M],
    );
  });
  it('finds nothing in empty or blank drafts', () => {
    for (const empty of ['', '\n', '\r\n\r\n', '   ']) assert.deepEqual(checkDraft(empty, coreOnly), []);
  });
});
