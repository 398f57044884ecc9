import * as assert from 'node:assert/strict';
import { renumberAfterInsertion } from '../../../src/core/checks/renumberAfter';
import { insertionEdits } from '../../../src/core/precedents/insertPrecedent';
import { buildOutline } from '../../../src/core/structure/outline';

/**
 * Insert precedent reads the draft's outline (the one its analysis holds) instead of parsing the
 * draft again with the clause in it; where the clause could change how the rest of the draft reads,
 * it declines and the whole draft is parsed. Either way the edits are those of the whole parse.
 */
const plan = [
  '# 某市养老服务体系建设实施方案',
  '',
  '一、重点任务',
  '',
  '（一）完善居家社区养老服务网络。推进街道综合养老服务中心建设。（责任单位：市民政局）',
  '',
  '（二）发展普惠养老服务。',
  '1. 扩大普惠型养老床位供给。（责任单位：市民政局）',
  '2. 推进公办养老机构改革。（责任单位：市民政局）',
  '',
  '（三）加强老年健康服务。推进医养结合。（责任单位：市卫生健康委）',
  '',
  '二、保障措施',
  '',
  '（一）加强组织领导。建立联席会议制度。',
  '',
].join('\n');
const lineOf = (text: string, start: string): number => text.split('\n').findIndex((line) => line.startsWith(start));
const section = '（二）实施养老服务消费补贴。对全省失能老年人发放养老服务消费券。';

const noParts = plan.replace(/^一、重点任务\n\n/mu, '').replace(/\n二、保障措施[\s\S]*$/u, '\n');
const annexed = `${plan}\n附件：养老服务重点项目\n\n1. 助餐服务点建设。\n\n2. 护理床位改造。\n`;
const notice = `某市人民政府关于印发养老服务体系建设实施方案的通知\n\n各区人民政府：\n\n现将方案印发给你们。\n\n${plan}`;
const listed = plan.replace('一、重点任务', '附件：项目清单\n\n一、重点任务');
const withBox = plan.replace('2. 推进公办养老机构改革。（责任单位：市民政局）', '2. 推进公办养老机构改革。\n\n专栏1　普惠养老工程\n\n1. 新增普惠床位。\n\n2. 改造养老机构。\n');
const runIn = plan.replace('推进医养结合。（责任单位：市卫生健康委）', '推进医养结合。（四）发展银发经济。');
const cases: { what: string; draft: string; line: number; clause: string; reads: boolean }[] = [
  { what: 'a section on a blank line between sections', draft: plan, line: lineOf(plan, '（三）') - 1, clause: section, reads: true },
  { what: 'a section in front of a section’s text', draft: plan, line: lineOf(plan, '（三）'), clause: section, reads: true },
  { what: 'an item in front of item 2.', draft: plan, line: lineOf(plan, '2. 推进'), clause: '3. 推进医养结合。', reads: true },
  { what: 'a clause with a source note after it', draft: plan, line: lineOf(plan, '（三）') - 1, clause: `${section}\n<!-- 先例来源：《某规划》 -->`, reads: true },
  { what: 'a section between the plan’s title and its first part', draft: plan, line: 1, clause: section, reads: true },
  { what: 'a section in a plan without parts (一、)', draft: noParts, line: lineOf(noParts, '（二）'), clause: section, reads: true },
  { what: 'an item in the attachments, where it joins no run', draft: annexed, line: lineOf(annexed, '2. 护理') - 1, clause: '3. 推进医养结合。', reads: true },
  { what: 'a first part above the plan’s first part (it would be the first)', draft: plan, line: 1, clause: '一、总体要求', reads: false },
  { what: 'a clause holding a plan’s title in a plan without parts', draft: noParts, line: lineOf(noParts, '（二）'), clause: `${section}\n某市养老服务行动方案`, reads: false },
  { what: 'a section in the issuing notice above the plan’s title', draft: notice, line: lineOf(notice, '各区') + 1, clause: section, reads: false },
  { what: 'a section above the first numbered clause with a 附件 line between', draft: listed, line: lineOf(listed, '附件') - 1, clause: section, reads: false },
  { what: 'an item with a 专栏 after it (the box would be the clause’s)', draft: withBox, line: lineOf(withBox, '专栏1') - 1, clause: '3. 推进医养结合。', reads: false },
  { what: 'a section before a （四） run into a sentence (the count there changes)', draft: runIn, line: lineOf(runIn, '（三）'), clause: section, reads: false },
  { what: 'a clause that leaves a comment open', draft: plan, line: lineOf(plan, '（三）') - 1, clause: `${section}\n<!-- 未完`, reads: false },
  { what: 'a clause holding a table row', draft: plan, line: lineOf(plan, '（三）') - 1, clause: `${section}\n| 任务 | 单位 |`, reads: false },
  { what: 'a section holding a part of its own', draft: plan, line: lineOf(plan, '（三）') - 1, clause: `${section}\n三、组织实施`, reads: false },
];

describe('Insert precedent reads the outline the draft’s analysis holds', () => {
  for (const { what, draft, line, clause, reads } of cases) {
    it(`${reads ? 'reads the outline' : 'parses the whole draft'}: ${what}, with the same edits`, () => {
      const outline = buildOutline(draft);
      const before = draft.split('\n')[line]!.trim() !== '';
      const lines = before ? [...clause.split('\n'), ''] : clause.split('\n');
      assert.equal(renumberAfterInsertion(outline, { line, lines, before }) !== undefined, reads);
      const range = { start: { line, column: 0 }, end: { line, column: 0 } };
      const whole = insertionEdits(clause, { draft, range, place: { level: '市' } });
      assert.deepEqual(insertionEdits(clause, { draft, range, place: { level: '市' }, outline }), whole);
    });
  }

  it('moves the sections after it up, read from the outline alone', () => {
    const line = lineOf(plan, '（三）') - 1;
    const edits = renumberAfterInsertion(buildOutline(plan), { line, lines: ['（三）实施养老服务消费补贴。'], before: false });
    assert.deepEqual(
      edits?.map(({ range, newText }) => ({ range, newText })),
      [{ range: { start: { line: line + 1, column: 1 }, end: { line: line + 1, column: 2 } }, newText: '四' }],
    );
  });
});
