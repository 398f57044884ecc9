import * as assert from 'node:assert/strict';
import { checkDraft } from '../../src/core/analysis/checkDraft';
import type { Clause } from '../../src/core/model';
import { parsePlan } from '../../src/core/parsing/parsePlan';
import { findInlineClauses } from '../../src/core/structure/inlineNumbering';
import { coreSettings } from './coreSettings';

/** The pieces each line is cut into, joined with ` ‖ `. */
function cut(lines: readonly string[]): string[] {
  const cuts = new Map(findInlineClauses(lines).map((c) => [c.line, c.columns]));
  return lines.map((line, index) => {
    const columns = cuts.get(index) ?? [];
    return [0, ...columns].map((from, k) => line.slice(from, columns[k] ?? line.length)).join(' ‖ ');
  });
}

describe('structure: clauses glued mid-line start a line again', () => {
  // Real sentences from documents whose line breaks were lost, or that glued one item to the last.
  const cases: [string, string[], string[]][] = [
    [
      'an item glued after the last sentence of its sibling',
      ['1.培育优质企业。引导智能检测装备企业专业化、差异化发展。促进“七链”全面融通。2.加强标准研制。面向重点行业需求，研制一批检测技术。'],
      ['1.培育优质企业。引导智能检测装备企业专业化、差异化发展。促进“七链”全面融通。 ‖ 2.加强标准研制。面向重点行业需求，研制一批检测技术。'],
    ],
    [
      'a notice, its colon, then parts with sections running into their headings',
      [
        '现就加快推进煤矿企业兼并重组提出如下意见:一、充分认识兼并重组的重要意义煤炭是我国的主要能源。二、推进兼并重组的指导思想、原则和目标（一）指导思想。以科学发展观为指导。（二）基本原则。坚持市场机制与政府推动相结合。',
      ],
      [
        '现就加快推进煤矿企业兼并重组提出如下意见: ‖ 一、充分认识兼并重组的重要意义煤炭是我国的主要能源。 ‖ 二、推进兼并重组的指导思想、原则和目标 ‖ （一）指导思想。以科学发展观为指导。 ‖ （二）基本原则。坚持市场机制与政府推动相结合。',
      ],
    ],
    [
      'sections numbered on across parts, with a comma in the heading',
      [
        '一、明确指导思想、基本原则和发展目标',
        '（一）指导思想。',
        '（二）基本原则。',
        '（三）发展目标。到2015年，形成合理开发格局。二、建立健全行业监管体系，加强和改善行业管理（四）严格稀土行业准入管理。完善准入条件。（五）完善指令性生产计划管理。',
      ],
      [
        '一、明确指导思想、基本原则和发展目标',
        '（一）指导思想。',
        '（二）基本原则。',
        '（三）发展目标。到2015年，形成合理开发格局。 ‖ 二、建立健全行业监管体系，加强和改善行业管理 ‖ （四）严格稀土行业准入管理。完善准入条件。 ‖ （五）完善指令性生产计划管理。',
      ],
    ],
    [
      'a list of 民生实事 in parentheses and circled numbers',
      ['今年要继续办好“十件民生实事”。（1）促进重点群体就业增收，招募志愿者800名。（2）增强教育质效，新建小学7所。', '①实施海绵城市项目建设；②完成医保参保资助30万人次；'],
      ['今年要继续办好“十件民生实事”。 ‖ （1）促进重点群体就业增收，招募志愿者800名。 ‖ （2）增强教育质效，新建小学7所。', '①实施海绵城市项目建设； ‖ ②完成医保参保资助30万人次；'],
    ],
    [
      'an item after a unit annotation that closes its sentence',
      ['1.建设起降场网络。统筹布局通用机场。（责任单位：市交通局）2.搭建飞行服务平台。整合空域资源（市数据局牵头）3.完善标准。'],
      ['1.建设起降场网络。统筹布局通用机场。（责任单位：市交通局） ‖ 2.搭建飞行服务平台。整合空域资源（市数据局牵头） ‖ 3.完善标准。'],
    ],
  ];
  for (const [name, lines, expected] of cases) it(name, () => assert.deepEqual(cut(lines), expected));

  it('lets a section run into a heading of up to 40 characters, not a longer one', () => {
    const heading = (length: number) => '推动制造业高端化智能化绿色化发展'.repeat(3).slice(0, length);
    assert.deepEqual(cut([`一、${heading(40)}（一）指导思想。坚持创新驱动。`]), [`一、${heading(40)} ‖ （一）指导思想。坚持创新驱动。`]);
    assert.deepEqual(cut([`一、${heading(41)}（一）指导思想。坚持创新驱动。`]), [`一、${heading(41)}（一）指导思想。坚持创新驱动。`]);
    // A heading breaker (here `：`) ends the heading as before: the section after it is text.
    assert.deepEqual(cut([`一、总体要求：${heading(10)}（一）指导思想。`]), [`一、总体要求：${heading(10)}（一）指导思想。`]);
  });

  const inline: [string, string[]][] = [
    ['an article cited, not started', ['依照本办法第一条规定执行。第二条所称企业，是指依法登记的企业。']],
    ['amounts and decimals', ['全国各类煤矿企业多达1.12万个。1.5万吨以下的煤矿一律关闭。2.5亿元用于奖励。']],
    ['numerals listed, not a part', ['地区生产总值增长4.8%；一、二、三产业分别增长4.6%、6.2%、3.9%。']],
    ['a section that does not go on from a (二)', ['（一）加强组织领导。按照《实施细则》（三）项要求执行。落实责任。（三）强化督促检查。']],
    ['a date and a 文号 after a sentence', ['请认真贯彻执行。2024年3月8日。国办发〔2010〕46号。']],
    ['numbering after a comma or inside a word', ['统一、规范的市场，（二）是指前款所列情形，2.是重点。']],
    ['a table row', ['| 1 | 建设平台。2.完善标准。 | 市科委 |']],
    ['a subtitle after a dash in a heading, and one dash', ['（七）中国算谷--打造全球算力场景新高地', '建设港口。—东盟国际水产城开工。一一对应。']],
  ];
  for (const [name, lines] of inline) it(`leaves ${name} inline`, () => assert.deepEqual(cut(lines), lines));
});

interface Shape {
  kind: string;
  number?: string;
  children: Shape[];
}
const shape = (clauses: Clause[]): Shape[] =>
  clauses.filter((c) => c.kind !== 'paragraph').map((c) => ({ kind: c.kind, ...(c.number === undefined ? {} : { number: c.number }), children: shape(c.children) }));

describe('structure: text whose line breaks were lost', () => {
  const withBreaks = [
    '关于加快推进数字经济发展的实施意见',
    '一、总体要求',
    '（一）指导思想。以新发展理念为引领，加快数字产业化和产业数字化。',
    '（二）发展目标。到2025年，数字经济核心产业增加值占地区生产总值比重达到10%。',
    '二、重点任务',
    '（三）建设新型基础设施。',
    '1.推进5G网络建设。新建5G基站1万个。（责任单位：市通信管理局）',
    '2.建设算力中心。统筹布局智能算力设施。',
    '（四）培育数字产业。加快集成电路、软件产业发展。',
  ];

  it('gives the clause tree the same text gives with its breaks', () => {
    assert.deepEqual(shape(parsePlan(withBreaks.join('')).clauses), shape(parsePlan(withBreaks.join('\n')).clauses));
  });

  it('puts clauses and findings where they are written in the one line', () => {
    const text = withBreaks.join('');
    const plan = parsePlan(text);
    const tasks = plan.clauses.find((c) => c.number === '二')!;
    assert.equal(tasks.range.start.line, 0);
    assert.equal(tasks.range.start.column, text.indexOf('二、重点任务'));
    const item = tasks.children[0]!.children[1]!;
    assert.equal(item.range.start.column, text.indexOf('2.建设算力中心'));
    const findings = checkDraft(text, coreSettings).filter((f) => f.code === 'missing-responsible-unit');
    assert.deepEqual(
      findings.map((f) => [f.range.start.line, f.range.start.column]),
      [
        [0, text.indexOf('2.建设算力中心')],
        [0, text.indexOf('（四）培育数字产业')],
      ],
    );
  });
});
