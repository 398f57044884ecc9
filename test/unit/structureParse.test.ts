import * as assert from 'node:assert/strict';
import type { Clause } from '../../src/core/model';
import { chineseNumeralValue, isChineseDigit, isChineseNumeralChar, numberValue } from '../../src/core/structure/chineseNumerals';
import { parsePlan } from '../../src/core/parsing/parsePlan';
import { at } from './at';

function flatten(clauses: Clause[]): Clause[] {
  return clauses.flatMap((clause) => [clause, ...flatten(clause.children)]);
}

function only(text: string): Clause {
  const clauses = flatten(parsePlan(text).clauses);
  assert.equal(clauses.length, 1, JSON.stringify(clauses.map((c) => c.text)));
  return at(clauses, 0);
}

describe('structure: numbering forms', () => {
  const cases: { line: string; kind: Clause['kind']; number?: string; title?: string }[] = [
    { line: '一、总体要求', kind: 'part', number: '一', title: '总体要求' },
    { line: '十二、强化组织保障', kind: 'part', number: '十二', title: '强化组织保障' },
    { line: '第一章 发展基础', kind: 'part', number: '一', title: '发展基础' },
    { line: '第三部分 重点任务', kind: 'part', number: '三', title: '重点任务' },
    { line: '第二节 产业布局', kind: 'section', number: '二', title: '产业布局' },
    { line: '（一）指导思想。坚持创新驱动发展。', kind: 'section', number: '一', title: '指导思想' },
    { line: '(二)实施算力基础设施提升行动', kind: 'section', number: '二', title: '实施算力基础设施提升行动' },
    { line: '1. 强化前沿基础研究。围绕创新药物组织实施重大基础研究项目。', kind: 'item', number: '1', title: '强化前沿基础研究' },
    { line: '1．建设智能算力中心。统筹布局全市智能算力资源。', kind: 'item', number: '1', title: '建设智能算力中心' },
    { line: '2.培育数据市场.探索数据资产登记,新增企业1.5万家.', kind: 'item', number: '2', title: '培育数据市场' },
    { line: '10.推动各地生命健康产业特色发展。宁波市大力打造生物医药产业发展大平台。', kind: 'item', number: '10', title: '推动各地生命健康产业特色发展' },
    { line: '3、推动农业数字化。加快智慧农业发展。', kind: 'item', number: '3', title: '推动农业数字化' },
    { line: '（1）推进工业互联网平台建设。', kind: 'item', number: '1', title: '推进工业互联网平台建设' },
    { line: '(2)培育一批服务商。', kind: 'item', number: '2', title: '培育一批服务商' },
    { line: '①完善数据标注服务。', kind: 'item', number: '①', title: '完善数据标注服务' },
    { line: '——创新引领。强化基础研究和关键核心技术攻关。', kind: 'dash', title: '创新引领' },
    { line: '## 一、总体要求', kind: 'part', number: '一', title: '总体要求' },
    { line: '### （一）指导思想', kind: 'section', number: '一', title: '指导思想' },
    { line: '**二、重点任务**', kind: 'part', number: '二', title: '重点任务' },
    { line: '- 推进农产品电商。', kind: 'dash', title: '推进农产品电商' },
    { line: '全市智能算力规模达到5000PFlops。', kind: 'paragraph' },
    { line: '1.5亿元用于支持重点项目。', kind: 'paragraph' },
    { line: '2025年全市新增企业100家。', kind: 'paragraph' },
  ];
  for (const c of cases) {
    it(`reads ${c.line}`, () => {
      const clause = only(c.line);
      assert.equal(clause.kind, c.kind);
      assert.equal(clause.number, c.number);
      assert.equal(clause.title, c.title);
    });
  }
});

describe('structure: nesting, text extents and paths', () => {
  const plan = [
    '# 某市人工智能产业发展三年行动计划',
    '',
    '## 一、总体目标',
    '——产业规模持续壮大。',
    '到2030年，基本建成先导区。',
    '## 二、重点任务',
    '围绕算力、算法、数据组织实施以下重点行动。',
    '### （一）实施算力基础设施提升行动',
    '1. 建设智能算力中心。统筹布局智能算力资源。',
    '（1）建设公共算力平台。',
    '2. 推进算力普惠应用。发放“算力券”。',
    '### （二）实施关键技术攻关行动',
    '3. 强化大模型技术攻关。',
  ].join('\n');
  const parsed = parsePlan(plan);
  const all = flatten(parsed.clauses);

  it('does not treat the document title as a part', () => {
    assert.equal(at(parsed.clauses, 0).kind, 'paragraph');
    assert.deepEqual(
      parsed.clauses.slice(1).map((c) => c.title),
      ['总体目标', '重点任务'],
    );
  });
  it('ends a lead-dash item at its line, so the next paragraph stands alone', () => {
    const goals = at(parsed.clauses, 1);
    assert.deepEqual(
      goals.children.map((c) => c.kind),
      ['dash', 'paragraph'],
    );
    assert.equal(at(goals.children, 0).text, '——产业规模持续壮大。');
  });
  it('runs an item to the next item of the same or a higher level', () => {
    const item1 = all.find((c) => c.number === '1' && c.kind === 'item' && c.title === '建设智能算力中心');
    assert.ok(item1);
    assert.equal(item1.text, '1. 建设智能算力中心。统筹布局智能算力资源。\n（1）建设公共算力平台。');
    assert.deepEqual(item1.range, { start: { line: 8, column: 0 }, end: { line: 9, column: 12 } });
    assert.equal(at(item1.children, 0).kind, 'item');
  });
  it('gives heading paths, outermost first', () => {
    const item3 = all.find((c) => c.number === '3');
    assert.deepEqual(item3?.path, ['重点任务', '实施关键技术攻关行动']);
    const sub = all.find((c) => c.title === '建设公共算力平台');
    assert.deepEqual(sub?.path, ['重点任务', '实施算力基础设施提升行动']);
  });
  it('gives a headingless plan paths by paragraph', () => {
    const lost = parsePlan('医药产业是新兴产业。\n1. 产业规模稳步扩大。全省医药工业产值2150亿元。\n一是生命科技加速突破；二是公众意识全面提升。');
    assert.deepEqual(
      lost.clauses.map((c) => c.path),
      [['第1段'], ['第2段']],
    );
    assert.equal(at(lost.clauses, 1).number, '1');
    // The run-in paragraph continues item 1 (an item runs to the next item or heading).
    assert.deepEqual(at(at(lost.clauses, 1).children, 0).path, ['第3段']);
  });
  it('counts lineCount like an editor', () => {
    assert.equal(parsePlan('a\nb\n').lineCount, 3);
  });
});

describe('structure: input variants', () => {
  it('parses empty and blank input to nothing', () => {
    for (const text of ['', '\n\n', '   \r\n\t']) assert.deepEqual(parsePlan(text).clauses, []);
  });
  it('reads CRLF and lone CR like LF, with the same ranges', () => {
    const lf = parsePlan('一、重点任务\n（一）完善政策。推进工作。\n');
    const crlf = parsePlan('一、重点任务\r\n（一）完善政策。推进工作。\r\n');
    const cr = parsePlan('一、重点任务\r（一）完善政策。推进工作。\r');
    assert.deepEqual(crlf, lf);
    assert.deepEqual(cr, lf);
    assert.equal(at(at(lf.clauses, 0).children, 0).text, '（一）完善政策。推进工作。');
  });
  it('reads half-width and full-width punctuation alike, keeping the text as written', () => {
    const half = only('(一)完善政策.推进工作。');
    assert.equal(half.kind, 'section');
    const full = only('（１）推进工业互联网平台建设。');
    assert.equal(full.kind, 'item');
    assert.equal(full.number, '1', 'numbers are read width-folded');
    assert.equal(full.text, '（１）推进工业互联网平台建设。');
  });
  it('uses UTF-16 columns for indented lines', () => {
    const clause = only('\u3000\u30001. 建设智能算力中心。');
    assert.deepEqual(clause.range.start, { line: 0, column: 2 });
  });
  it('reads run-in enumerations but not 统一是', () => {
    const clause = only('（一）加强组织领导。一是建立联席会议制度；二是纳入目标责任考核；三是强化部门协同。');
    assert.deepEqual(
      clause.runIn?.map((p) => [p.number, p.text]),
      [
        ['一', '一是建立联席会议制度'],
        ['二', '二是纳入目标责任考核'],
        ['三', '三是强化部门协同。'],
      ],
    );
    assert.equal(only('推动标准统一是关键，二是次要。').runIn, undefined);
  });
  it('skips HTML comments and fenced code', () => {
    const parsed = parsePlan('<!-- 1. 注释 -->\n```\n一、代码\n```\n二、重点任务');
    assert.deepEqual(
      parsed.clauses.map((c) => c.title),
      ['重点任务'],
    );
  });
});

describe('structure: Markdown tables', () => {
  it('reads a table with its heading path and caption', () => {
    const parsed = parsePlan('# 行动计划\n## 附件　重点任务分解表\n| 序号 | 任务 | 责任单位 |\n| --- | --- | --- |\n| 1 | 建设智能算力中心 | 市发展改革委、市数据局 |');
    assert.equal(parsed.tables.length, 1);
    const table = at(parsed.tables, 0);
    assert.deepEqual(table.path, ['附件　重点任务分解表']);
    assert.deepEqual(table.header, ['序号', '任务', '责任单位']);
    assert.deepEqual(table.rows, [['1', '建设智能算力中心', '市发展改革委、市数据局']]);
    assert.equal(table.caption, '附件　重点任务分解表');
  });
  it('tolerates missing separators, missing outer pipes and ragged rows', () => {
    const parsed = parsePlan('附件：任务分工\n序号 | 任务 | 牵头单位\n1 | 实施智能制造工程 | 省经信厅 | 多余\n| 2 | 推进数字化');
    assert.equal(parsed.tables.length, 1);
    assert.deepEqual(at(parsed.tables, 0).rows, [
      ['1', '实施智能制造工程', '省经信厅', '多余'],
      ['2', '推进数字化'],
    ]);
    assert.equal(at(parsed.tables, 0).caption, '附件：任务分工');
  });
  it('keeps table rows out of the clause text', () => {
    const parsed = parsePlan('三、保障措施\n| 指标 | 目标值 |\n| --- | --- |\n| 产值 | 100亿元 |');
    assert.equal(at(parsed.clauses, 0).text, '三、保障措施');
    assert.equal(at(parsed.clauses, 0).range.end.line, 3);
  });
});

describe('structure: bounded time on pathological lines', () => {
  const long = 200_000;
  const inputs = [
    '（'.repeat(long),
    '一是'.repeat(long / 2),
    '由'.repeat(long),
    '1'.repeat(long),
    '一二三四五六七八九十'.repeat(long / 10),
    `1. ${'责任单位：'.repeat(long / 5)}`,
    `——${'（省科技厅、'.repeat(long / 6)}`,
    '|'.repeat(long),
    `${'到2025年力争'.repeat(long / 8)}`,
    Array.from({ length: 20_000 }, (_, i) => `${(i % 9) + 1}. 任务${i}（省科技厅负责）`).join('\n'),
  ];
  for (const [index, input] of inputs.entries()) {
    it(`parses pathological input ${index + 1} in bounded time`, () => {
      const started = Date.now();
      parsePlan(`三、重点任务\n${input}`);
      // Loose bound: linear work on 200k characters takes well under a second; a catastrophic
      // backtrack or a quadratic scan would take minutes.
      assert.ok(Date.now() - started < 8000, `took ${Date.now() - started} ms`);
    });
  }
});

describe('structure: numbers as written', () => {
  const values: [string, number | undefined][] = [
    ['12', 12],
    ['１２', 12],
    ['十二', 12],
    ['二十三', 23],
    ['（三）', 3],
    ['③', 3],
    ['3.', 3],
    ['十二、', 12],
    ['1-1', undefined],
    ['1.2', undefined],
    ['第3项', undefined],
    ['', undefined],
  ];
  for (const [written, value] of values) it(`reads ${JSON.stringify(written)} as ${value}`, () => assert.equal(numberValue(written), value));

  const numerals: [string, number | undefined][] = [
    ['两千三百万', 23_000_000],
    ['一千零五', 1005],
    ['千亿', 1e11],
    ['十四五', undefined],
    ['一二', undefined],
  ];
  for (const [run, value] of numerals) it(`values ${run} as ${value}`, () => assert.equal(chineseNumeralValue(run), value));

  it('tells numeral characters by their code unit: exactly 零〇一二两三四五六七八九 (digits) and 十百千万亿', () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (isChineseDigit(char) !== '零〇一二两三四五六七八九'.includes(char)) differ.push(`digit ${char}`);
      if (isChineseNumeralChar(char) !== '零〇一二两三四五六七八九十百千万亿'.includes(char)) differ.push(`numeral ${char}`);
    }
    assert.deepEqual(differ, []);
    for (const other of [undefined, '', '一二', '𠀋', 'constructor']) assert.equal(isChineseNumeralChar(other) || isChineseDigit(other), false, String(other));
  });
});
