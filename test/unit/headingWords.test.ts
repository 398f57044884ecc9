import * as assert from 'node:assert/strict';
import { checkDraft } from '../../src/core/analysis/checkDraft';
import type { CheckCode } from '../../src/core/checks/finding';
import { headingHasWord } from '../../src/core/structure/headingWords';
import { coreSettings } from './coreSettings';

/**
 * Heading keywords read as words (structure/headingWords): `工程` in a compound noun, and keywords a
 * word boundary cuts, are not the keyword. Headings from ../shared/realworld/docs.
 */

const M: CheckCode = 'missing-responsible-unit';
const U: CheckCode = 'unquantified-target';

function lint(lines: string[]): string[] {
  return checkDraft(lines.join('\n'), coreSettings).map((f) => `${f.range.start.line + 1} ${f.code}`);
}

describe('heading keywords as words', () => {
  const cases: [string, string, boolean][] = [
    // The programme: a keyword.
    ['实施制造业提升工程', '工程', true],
    ['重点工程', '工程', true],
    ['专栏1 人工智能赋能工程', '工程', true],
    ['实施重大工程项目，夯实高质量发展的安全基础', '工程', true],
    ['智慧林业重点工程监管工程', '工程', true],
    ['涉水工程建设', '工程', true],
    ['实施“千万工程”', '工程', true],
    // Engineering as a trade or field: a compound noun (xvshiting__sd051.txt:81, xvshiting__c118.txt:34).
    ['工程机械产业链', '工程', false],
    ['推动工程应用试点示范', '工程', false],
    ['建设国家工程研究中心', '工程', false],
    ['壮大工程装备产业', '工程', false],
    ['加快培养卓越工程师', '工程', false],
    ['发展高性能工程塑料', '工程', false],
    ['生物工程产业链', '工程', false],
    // A compound beside the keyword itself: the second 工程 is the programme.
    ['工程机械再制造提升工程', '工程', true],
    // A word boundary cuts the keyword (huace__010.txt:45, xvshiting__c159.txt:94, gccmpd__mee0148.txt).
    ['根据评估结果对重点实验室进行动态调整', '行动', false],
    ['运行动态监控', '行动', false],
    ['实行动态监督管理', '行动', false],
    ['制订气候项目标准以应对气候变化', '目标', false],
    ['部分工作安排', '分工', false],
    // Keywords of more than one word keep their own cut.
    ['三年行动计划', '行动', true],
    ['开展专项整治行动', '行动', true],
    ['推进行动，', '行动', true],
    ['三年行动目标', '目标', true],
    ['指导思想', '指导思想', true],
    ['组织实施与保障措施', '保障措施', true],
    ['完善金融支持政策', '支持政策', true],
    ['照顾行动不便的老年人', '行动', false],
    // Inside a cited title the word names the other document (gccmpd__mee0866.txt:1, a heading run into its text).
    ['六、组织方式及时间安排《行动计划》3年完成', '行动', false],
    ['贯彻落实《“十四五”规划和2035年远景目标纲要》', '目标', false],
    ['开展《行动计划》宣传解读行动', '行动', true],
    ['《行动计划', '行动', true],
  ];
  for (const [heading, word, expected] of cases) {
    it(`${heading}: ${word} ${expected ? 'is' : 'is not'} the keyword`, () => assert.equal(headingHasWord(heading, word), expected));
  }

  it('does not put the items under （九）工程机械产业链 in task scope (xvshiting__sd051.txt:82)', () => {
    const draft = [
      '三、产业链科技攻关方向', // 1
      '（九）工程机械产业链', // 2
      '25.工程机械。研发纯电动、静液压、油电混合动力推土机，实现关键核心部件国产化替代。', // 3 clean
      '（十）实施智能装备提升工程', // 4
      '26.智能农机。研发丘陵山区适用的小型智能农机装备。', // 5 missing
    ];
    assert.deepEqual(lint(draft), [`5 ${M}`]);
  });

  it('does not read the items under 进行动态调整 as tasks, nor 项目标准 as a 目标 heading', () => {
    const draft = [
      '五、监督管理', // 1
      '（一）对示范区实行动态监督管理', // 2
      '1.生态环境质量出现下降趋势的。', // 3 clean: a condition, not a task
      '（二）制订气候项目标准', // 4
      '推动建立气候项目界定的第三方认证体系。', // 5 clean: no target
      '（三）主要目标', // 6
      '推动建立气候项目界定的第三方认证体系。', // 7 unquantified
    ];
    assert.deepEqual(lint(draft), [`7 ${U}`]);
  });

  it('does not read a part whose run-in text cites 《行动计划》 as task scope (gccmpd__mee0866.txt:1)', () => {
    const draft = [
      '六、组织方式及时间安排《行动计划》3年完成，生态环境部每年制定专项检查年度实施方案并实施。', // 1
      '（一）监测机构检查生态环境部对各级各类生态环境监测机构开展专项检查。', // 2 clean: no task heading
      '七、重点任务', // 3
      '（一）开展排污单位自行监测质量专项检查。', // 4 missing
    ];
    assert.deepEqual(lint(draft), [`4 ${M}`]);
  });

  // One short window per occurrence: long runs of keywords and odd characters finish (mocha's timeout guards).
  const runs: [string, string, boolean][] = [
    ['进行动态'.repeat(30_000), '行动', false],
    ['工程机械'.repeat(30_000), '工程', false],
    ['\u0000\uFFFD\uD800'.repeat(20_000) + '重点任务', '任务', true],
    ['《'.repeat(50_000) + '行动' + '》'.repeat(50_000), '行动', false],
    ['目'.repeat(100_000), '目标', false],
  ];
  for (const [heading, word, expected] of runs) {
    it(`reads a run of ${heading.length} characters`, () => assert.equal(headingHasWord(heading, word), expected));
  }
});
