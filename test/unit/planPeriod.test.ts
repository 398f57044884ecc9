import * as assert from 'node:assert/strict';
import { outlinePlan } from '../../src/core/outline/planOutline';
import { findDraftDate, findDraftYear } from '../../src/core/structure/draftDate';
import { readLines } from '../../src/core/structure/lines';
import { findPlanPeriod } from '../../src/core/structure/planPeriod';

const period = (text: string) => {
  const found = findPlanPeriod(readLines(text));
  return found && `${found.start}-${found.end} ${found.source} ${found.line + 1}`;
};

describe('plan period', () => {
  const cases: [string, string, string | undefined][] = [
    ['a title with full-width brackets and an em dash', '# 临澜市加快建设交通强市三年行动方案（2026—2028年）\n\n一、总体要求', '2026-2028 title 1'],
    ['a half-width range in a plain-text title', '某省空气质量持续改善行动计划(2024-2026年)\n一、总体要求', '2024-2026 title 1'],
    ['a five-year-plan name in the title', '# 某市“十四五”数字经济发展规划\n\n一、发展基础', '2021-2025 title 1'],
    ['十五五', '某县“十五五”养老服务体系规划\n', '2026-2030 title 1'],
    [
      'a notice first, the plan title later',
      '关于印发《某市养老服务实施方案》的通知\n各区人民政府：\n现印发给你们。\n\n某市养老服务实施方案（2025—2027年）\n一、总体要求',
      '2025-2027 title 5',
    ],
    ['a sentence stating it', '# 某区养老服务行动方案\n\n一、总体要求\n本方案实施期限为2025—2027年。', '2025-2027 sentence 4'],
    ['规划期为 with 年 on both years', '# 某市规划\n规划期为2026年至2030年，展望到2035年。', '2026-2030 sentence 2'],
    ['本方案实施期', '# 某方案\n本方案实施期为2025年—2027年。', '2025-2027 sentence 2'],
    ['front matter first, whatever the title says', '---\nperiod: {"from": 2025, "to": 2027}\n---\n# 某市“十四五”规划', '2025-2027 front-matter 2'],
    ['no period at all', '# 某市养老服务实施意见\n\n一、总体要求\n到2025年，建成体系。', undefined],
    ['a backwards range is no period', '# 某方案（2027—2025年）\n', undefined],
    ['a baseline in the body is no period', '# 某方案\n一、发展基础\n2021—2023年，全市累计建成基站1万个。', undefined],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.equal(period(text), expected));

  it('heads the outline, named with its source', () => {
    const [first] = outlinePlan('# 某市行动方案（2025—2027年）\n\n一、总体要求\n（一）指导思想\n').symbols;
    assert.deepEqual([first?.name, first?.detail, first?.kind, first?.range.start.line], ['规划期 2025—2027年', '据标题', 'period', 0]);
  });
});

describe('draft year', () => {
  const year = (text: string) => findDraftYear(readLines(text));
  it('reads a portal date line, a document number, a date line', () => {
    assert.equal(year('# 通知\n\n**发布日期**: 2025-10-31\n'), 2025);
    assert.equal(year('关于印发…的通知\n沪府办发〔2017〕17号\n'), 2017);
    assert.equal(year('某市人民政府\n2017年3月1日\n'), 2017);
    assert.equal(year('---\ndate: 2016-05-01\n---\n'), 2016);
  });
  it('does not take a deadline in a sentence for a date', () => {
    assert.equal(year('到2025年，建成体系。\n2017年3月1日以来，全市…'), undefined);
  });
  // Pages as the realworld folder holds them: line breaks lost, full-width digits, a cited date.
  const dates: [string, string, string | undefined][] = [
    ['a 印发 line with full-width digits', '抄送：市委各部门。\n　济南市人民政府办公厅 2019年１月３日印发', '2019-1'],
    [
      'a signature run into the attachment',
      '现印发给你们，请结合实际认真贯彻落实。生态环境部2018年7月30日附件：生态环境部贯彻落实…实施方案2018年7月9日至10日，十三届全国人民代表大会常务委员会…审议',
      '2018-7',
    ],
    [
      'a signature followed by its 印发 line',
      '抓好落实。附件：重点流域水生生物多样性保护方案生态环境部农业农村部水利部2018年3月22日生态环境部办公厅2018年4月3日印发附件…到2020年',
      '2018-4',
    ],
    ['a portal line with its month', '发布时间：2023-05-08\n正文', '2023-5'],
    ['not a cited document’s 印发 date', '贯彻国务院办公厅2016年12月30日印发的《“十三五”卫生规划》，制定本方案。\n一、总体要求', undefined],
  ];
  for (const [what, text, expected] of dates) {
    it(`dates ${what}`, () => {
      const found = findDraftDate(readLines(text));
      assert.equal(found && `${found.year}-${found.month}`, expected);
    });
  }
  it('dates each document alike whatever was dated before it (the patterns are built once and keep no state)', () => {
    const dated = (list: typeof dates) => list.map(([, text]) => findDraftDate(readLines(text)));
    const once = dated(dates);
    assert.deepEqual(dated([...dates].reverse()).reverse(), once);
    assert.deepEqual(dated(dates), once);
  });
});
