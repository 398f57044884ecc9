import * as assert from 'node:assert/strict';
import { checkDraft } from '../../src/core/analysis/checkDraft';
import { readTitle } from '../../src/core/structure/title';
import { foldWidth } from '../../src/core/structure/width';
import { coreSettings } from './coreSettings';

/**
 * A heading whose standard title runs straight into its text where the line breaks were lost
 * (structure/title): the title ends with the standard title, the rest is body. Headings from
 * ../shared/realworld/docs (gccmpd__*: every line break lost).
 */

function title(line: string): string | undefined {
  return readTitle(line, foldWidth(line), 0, true)?.text;
}

describe('a standard title run into its text', () => {
  const cases: [string, string][] = [
    // The body runs on: the title is the standard title (gccmpd__mee0459.txt:1, mee0140, mee0921, mee0313).
    ['工作目标通过实施本行动计划，打击和遏制环评弄虚作假、粗制滥造，营造良好氛围。', '工作目标'],
    ['主要目标“十四五”期间，应对气候变化与生态环境保护相关工作统筹融合的格局总体形成。', '主要目标'],
    ['总体目标2021年底前，地方各级生态环境部门要结合本地实际，制定实施方案或细则。', '总体目标'],
    ['基本原则系统管控，分类指导。', '基本原则'],
    ['指导思想以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。', '指导思想'],
    // A title that goes on is one title (xvshiting__c158, c060, gccmpd__gov049).
    ['指导思想、基本原则和主要目标', '指导思想、基本原则和主要目标'],
    ['主要任务和进度安排', '主要任务和进度安排'],
    ['重点任务（2024—2026年）', '重点任务（2024—2026年）'],
    // Short, no comma: a title, not a sentence (xvshiting__c067).
    ['重点任务攻关计划', '重点任务攻关计划'],
    ['基本原则坚持绿色发展。', '基本原则坚持绿色发展'],
    // Not a standard title: a task phrase that is a whole sentence stays whole (xvshiting__c003.txt:42).
    ['组织实施四大工程，结合传感器及智能化仪器仪表产业特点，探索新的管理模式和工作机制。', '组织实施四大工程，结合传感器及智能化仪器仪表产业特点，探索新的管理模式和工作机制'],
    ['实施重大工程项目，夯实高质量发展的安全基础', '实施重大工程项目，夯实高质量发展的安全基础'],
    // A table of contents line.
    ['基本原则 ........................................ 3', '基本原则 ........................................ 3'],
  ];
  for (const [line, expected] of cases) {
    it(`${line.slice(0, 24)}… → ${expected.slice(0, 24)}`, () => assert.equal(title(line), expected));
  }

  it('checks the target sentence of a 目标 part glued to its heading (gccmpd__mee0459.txt:1)', () => {
    const draft =
      '关于印发《监管行动计划》的通知。一、工作目标通过实施本行动计划，打击和遏制环评弄虚作假、粗制滥造等违法行为，营造自觉守法的良好氛围。二、重点任务（一）规划环评落实情况抽查。生态环境部选取重点区域开展抽查，每年抽查不少于30个。（生态环境部负责）';
    const findings = checkDraft(draft, coreSettings).map((f) => `${f.range.start.line + 1}:${f.range.start.column} ${f.code}`);
    const at = draft.indexOf('通过实施');
    assert.deepEqual(findings, [`1:${at} unquantified-target`]);
  });

  it('cuts a short standard title glued to its text, so 基本原则坚持目标导向 is no 目标 heading (gccmpd__mee0921.txt:1)', () => {
    const draft =
      '一、总体要求（一）指导思想。以习近平新时代中国特色社会主义思想为指导。（二）基本原则坚持目标导向。聚焦发现和打击生态环境违法行为，推进监管制度化。（三）主要目标源头预防作用进一步提升。全国生态环境分区管控体系基本形成。';
    const at = (text: string) => `1:${draft.indexOf(text)} unquantified-target`;
    assert.equal(readTitle('基本原则坚持目标导向。聚焦', foldWidth('基本原则坚持目标导向。聚焦'), 0, true, true)?.text, '基本原则');
    assert.deepEqual(
      checkDraft(draft, coreSettings).map((f) => `${f.range.start.line + 1}:${f.range.start.column} ${f.code}`),
      [at('源头预防'), at('全国生态环境')],
    );
  });

  it('keeps a heading line of its own whole', () => {
    const draft = ['三、重点任务攻关计划', '（一）集成电路。突破先进封装技术。'].join('\n');
    assert.deepEqual(
      checkDraft(draft, coreSettings).map((f) => `${f.range.start.line + 1} ${f.code}`),
      ['2 missing-responsible-unit'],
    );
  });

  it('reads long runs of standard titles and odd characters', () => {
    assert.equal(title('工作目标'.repeat(50_000) + '，'), '工作目标');
    assert.equal(title('\uFFFD'.repeat(100_000)), '\uFFFD'.repeat(100_000));
  });
});
