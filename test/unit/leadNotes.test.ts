import * as assert from 'node:assert/strict';
import { checkDraft } from '../../src/core/analysis/checkDraft';
import { coreSettings } from './coreSettings';

/**
 * Unit leads and notes as the central plans of ../shared/realworld write them (the zhouynf pages,
 * read as drafts since they are checked on their text): `（负责部门：A）`, a lead with a note after its
 * `。` inside the brackets, and a bracketed lead after a 目标 sentence, which is no target of its own.
 */

function lint(lines: string[]): string[] {
  return checkDraft(lines.join('\n'), coreSettings).map((f) => `${f.range.start.line + 1}:${f.range.start.column} ${f.code}`);
}

describe('unit leads and notes of central plans', () => {
  const leads: [string, boolean][] = [
    ['（负责部门：住房城乡建设部）', true], // zhouynf__057
    ['（负责部门：商务部、海关总署）', true],
    ['（负责单位：市大数据局）', true],
    ['（工业和信息化部、发展改革委、科技部、农业农村部等负责。列第一位者为牵头单位，下同）', true], // zhouynf__015
    ['（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）', true], // zhouynf__039
    ['（人力资源社会保障部、财政部负责，列第一位者为牵头部门，下同）', true], // zhouynf__005
    ['（具体办法另行制定。）', false],
    ['（各有关部门按职责分工负责。下同）', false],
  ];
  for (const [lead, hasUnit] of leads) {
    it(`${hasUnit ? 'accepts' : 'rejects'} the lead ${lead}`, () => {
      const draft = ['二、重点任务', `（一）完善创新体系。加快推进农机装备创新。${lead}`];
      assert.deepEqual(lint(draft), hasUnit ? [] : ['2:0 missing-responsible-unit']);
    });
  }

  it('reads no target in a unit lead after a 目标 sentence (zhouynf__037, xvshiting__sd019.txt:169)', () => {
    const draft = ['六、年度目标任务', '对公路水路交通建设成效明显的省份，在安排车购税资金时予以倾斜。（交通运输部、财政部负责）'];
    assert.deepEqual(lint(draft), ['2:0 unquantified-target']);
  });

  it('still reads a target that opens with a bracket and goes on', () => {
    const draft = ['一、主要目标', '（市级）政务数据共享率显著提升，数据质量明显改善。'];
    assert.deepEqual(lint(draft), ['2:0 unquantified-target']);
  });
});
