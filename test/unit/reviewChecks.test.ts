import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes } from '../../src/core/checks/applyFixes';
import { checkDraft } from '../../src/core/analysis/checkDraft';
import type { CheckCode } from '../../src/core/checks/finding';
import { renumberDraft } from '../../src/core/checks/numberingSequence';
import { fixesOf } from '../../src/core/checks/registry';
import { safeFixes } from '../../src/core/checks/safeFixes';
import { defaultSettings } from '../../src/core/config/settings';
import { findOutdatedNames, isOutdatedName } from '../../src/core/units/outdatedNames';
import { renamedBodies } from '../../src/core/units/renamedBodies';

const review: CheckCode[] = ['numbering-sequence', 'numbering-form', 'stale-year', 'outdated-body-name', 'task-table-mismatch'];

/** Findings of one code as `line:column message` (1-based lines). */
function found(code: CheckCode, lines: string[]): string[] {
  return checkDraft(lines.join('\n'), defaultSettings)
    .filter((f) => f.code === code)
    .map((f) => `${f.range.start.line + 1}:${f.range.start.column} ${f.message}`);
}
const linesOf = (code: CheckCode, lines: string[]) => found(code, lines).map((f) => Number(f.split(':')[0]));

describe('numbering-sequence', () => {
  it('reports a gap on the first number after it, a repeat on the repeated line, and counts on from the number written', () => {
    const draft = [
      '# 某市行动方案（2025—2027年）',
      '一、总体要求',
      '二、重点任务',
      '（一）推进建设',
      '1. 建设平台。',
      '2. 完善机制。',
      '4. 强化保障。',
      '5. 加强宣传。',
      '（二）深化改革',
      '（二）扩大开放',
      '四、保障措施',
    ];
    assert.deepEqual(found('numbering-sequence', draft), ['7:0 序号跳号：应为“3.”', '10:0 序号重复：“（二）”与上一项相同，应为“（三）”', '11:0 序号跳号：应为“三、”']);
  });
  it('restarts under each parent, accepts items numbered on across the sections of one part, and flags a first item that is neither', () => {
    const draft = [
      '一、重点任务',
      '（一）甲',
      '1. 建设。',
      '2. 完善。',
      '（二）乙',
      '3. 推进。',
      '4. 加强。',
      '（三）丙',
      '1. 开展。',
      '二、保障措施',
      '（一）加强领导。',
      '3. 错位。',
    ];
    assert.deepEqual(linesOf('numbering-sequence', draft), [12]);
  });
  it('reads a run-in 一是…二是…四是 in one paragraph, never a 三是 quoted alone nor table rows', () => {
    const draft = [
      '一、任务',
      '（一）提升能力。一是推进床位建设；二是开展助浴服务；四是推广智能产品。',
      '（二）加强管理。文件所称“三是”指第三项。',
      '',
      '| 序号 | 任务 |',
      '| --- | --- |',
      '| 1 | 甲 |',
      '| 3 | 乙 |',
    ];
    assert.deepEqual(found('numbering-sequence', draft), ['2:26 序号跳号：应为“三是”']);
  });
  it('leaves articles alone, and a count whose skipped markers stand mid-line (a page without line breaks)', () => {
    assert.deepEqual(found('numbering-sequence', ['第一章 总则', '第一条 为规范管理。', '第二章 附则', '第九条 本办法自印发之日起施行。']), []);
    assert.deepEqual(found('numbering-sequence', ['一、水情测报', '建设站点。二、设备保障，完善设备。三、电源保障。', '四、通信', '完善通信。']), []);
  });
  // Real pages (realworld/docs) whose count is whole as written, or whose numbers are not siblings.
  const whole: [string, string[]][] = [
    [
      'an attachment list after the plan (附件：1.… / 2.…)',
      ['一、加强组织领导', '（一）加强宣传推广。支持地方、行业协会举办大会。', '附件：1.典型场景清单', '2.数字化转型相关标准应用清单'],
    ],
    [
      'an attachment whose own headings were scraped away',
      ['一、主要任务', '（一）提升服务支撑水平', '附件:典型场景', '研发设计', '1.典型场景:大型发电机组数字化设计', '二、生产制造'],
    ],
    ['a first item run into a 注 line', ['一、申报要求', '注：1.推荐项目按优先级先后顺序排列；', '2.推荐数量不能超过规定的上限']],
    [
      'a marker run into the line before, in full-width digits',
      [
        '一、培育壮大市场主体',
        '１．支持优势骨干企业做强做优做大。',
        '２．支持建设高水平研发机构。（责任单位：市科技局、市发改委）３．大力培育平台型企业。',
        '４．支持重大产业和项目。',
      ],
    ],
    ['a marker split over two lines', ['一、工作回顾', '（一）经济运行顶住压力。', '（二）产业发展提质增效。', '（', '三）改革开放持续深化。', '（四）城乡发展齐头并进。']],
    ['a converter that dropped a bracket', ['一、机构建设', '第十条 培训机构应重点加强以下方面建设:', '一)加强师资建设。', '(二)丰富教学资源。']],
    ['a converter that read （一） as (-)', ['一、总体要求', '二、组织实施', '(-)加强统筹协调。', '(二)加速创新驱动。']],
    ['a first part that lost its numeral', ['、指导思想', '以习近平新时代中国特色社会主义思想为指导。', '二、编制原则']],
    [
      'items numbered on across parts, each part’s first item run into its heading',
      [
        '一、强化工作统筹协调，保障数字经济持续发展1.加强工作统筹。',
        '2.强化政策支持保障。',
        '二、加大“三招三引”力度，促进数字经济快速发展3.狠抓招商。',
        '4.狠抓招院引所。加强与高校合作，进一步集聚发展5.狠抓招才。',
        '三、释放数据要素价值',
        '6.全面推进数据资源化。',
      ],
    ],
    [
      'a new part run into the sentence before its first section',
      ['一、总体要求', '（一）指导思想', '二、重点任务', '（一）建设标准体系。为企业提供技术支撑，加速实现智能化改造。四、保障措施', '（一）强化组织协调。'],
    ],
    [
      'a reference a hard wrap put at a line’s start',
      ['一、申请材料', '（一）申请增加测试车辆的，除原申请材料', '中第（六）（八）', '（十二）项规定提供拟增加车辆的材料。', '（二）申请在其他地方进行道路测试的。'],
    ],
    [
      'a part run into a sentence that lost its 。',
      [
        '一、强化统筹',
        '二、加大招引力度',
        '三、释放数据价值',
        '四、深化数字政府建设',
        '1.打造数字机关。形成具有影响力的数字机关品牌五、加速数字社会建设',
        '2.推进智慧城市建设。',
        '六、夯实数字基础底座',
      ],
    ],
    ['a first part run in after the notice', ['按照《有色金属行业智能制造标准体系建设指南（2023 版）》。一、总体要求', '（一）指导思想', '（二）基本原则', '二、建设思路']],
  ];
  for (const [what, draft] of whole) {
    it(`says nothing of ${what}`, () => assert.deepEqual(found('numbering-sequence', draft), []));
  }
  it('still reports a gap no line before it fills, and 统一、 is no 一、', () => {
    assert.deepEqual(
      linesOf('numbering-sequence', [
        '# 某市行动方案',
        '坚持统一、规范、高效。',
        '二、重点任务',
        '（一）推进建设',
        '1.建设平台，增长1.5倍。',
        '3.完善机制。',
        '三、推动第一、第二、第四产业融合',
        '五、保障措施',
      ]),
      [3, 6, 8],
    );
  });
  it('does not number the issuing notice with the plan', () => {
    const draft = ['关于印发《某县养老服务实施方案》的通知', '各乡镇：', '（三）请认真执行。', '', '某县养老服务实施方案', '一、总体要求', '二、重点任务'];
    assert.deepEqual(found('numbering-sequence', draft), []);
  });
  it('renumbers the rest of a run in one fix, and the whole draft in one change', () => {
    const text = ['一、任务', '1. 甲。', '2. 乙。', '4. 丙。', '5. 丁。', '二、保障', '（一）戊。', '（三）己。'].join('\n');
    const finding = checkDraft(text, defaultSettings).find((f) => f.code === 'numbering-sequence')!;
    const [fix] = fixesOf(text, finding);
    assert.equal(applyFixes(text, [fix!]).text.split('\n').slice(3, 5).join('|'), '3. 丙。|4. 丁。');
    assert.equal(renumberDraft(text).text, ['一、任务', '1. 甲。', '2. 乙。', '3. 丙。', '4. 丁。', '二、保障', '（一）戊。', '（二）己。'].join('\n'));
  });
});

describe('numbering-form', () => {
  const cases: [string, string | undefined][] = [
    ['（一）、加强领导。', '（一）'],
    ['(一)、加强领导。', '（一）'],
    ['（一）.加强领导。', '（一）'],
    ['(一)加强领导。', '（一）'],
    ['一.总体要求', '一、'],
    ['一，总体要求', '一、'],
    ['1、建设平台。', '1.'],
    ['1，建设平台。', '1.'],
    ['（1）、建设平台。', '（1）'],
    ['1)建设平台。', '（1）'],
    ['1）建设平台。', '（1）'],
    ['(1)建设平台。', '（1）'],
    ['1. 建设平台。', undefined],
    ['（一）加强领导。', undefined],
    ['（1）建设平台。', undefined],
    ['(PM2.5)浓度下降。', undefined],
    ['1,000万元用于建设。', undefined],
  ];
  for (const [line, standard] of cases) {
    it(`${line} → ${standard ?? 'standard already'}`, () => {
      const findings = checkDraft(`# 方案\n${line}`, defaultSettings).filter((f) => f.code === 'numbering-form');
      assert.deepEqual(
        findings.map((f) => f.fixes?.[0]?.label),
        standard === undefined ? [] : [standard],
      );
    });
  }
  it('fixes every marker with lint --fix’s safe fixes, in one pass', () => {
    const text = '# 方案\n一.总体要求\n(一)指导思想\n二.重点任务\n1、建设平台。（责任单位：市数据局）';
    const { text: fixed } = applyFixes(text, safeFixes(text, checkDraft(text, defaultSettings)));
    assert.equal(fixed, '# 方案\n一、总体要求\n（一）指导思想\n二、重点任务\n1.建设平台。（责任单位：市数据局）');
  });
});

describe('stale-year', () => {
  const plan = (...body: string[]) => ['# 某市数字经济行动方案（2025—2027年）', '一、主要目标', ...body.slice(0, 1), '二、重点任务', ...body.slice(1)];
  it('takes a year that dates a noun for no deadline (2000年底前建成的小区)', () => {
    const draft = [
      '# 东湖区城镇老旧小区改造提升三年行动方案（2025—2027年）',
      '## 一、工作目标',
      '到2027年，全区完成2000年底前建成的城镇老旧小区改造126个，2024年底前完成摸底调查。',
    ];
    assert.deepEqual(
      found('stale-year', draft).map((f) => f.split(' ')[0]),
      ['3:34'],
    );
  });
  it('flags a deadline before or after the period, in a target or a task, and names the period and its source', () => {
    assert.deepEqual(found('stale-year', plan('到2024年，建成平台10个。', '1. 建设平台。到2030年建成20个。（责任单位：市数据局）')), [
      '3:1 目标年份2024年早于规划期（2025—2027年，据标题）：是否沿用了旧规划的年份？',
      '5:9 目标年份2030年晚于规划期（2025—2027年，据标题）：是否沿用了旧规划的年份？',
    ]);
  });
  it('accepts the period’s years, an outlook, 2035 and 2050, 截至 and a baseline', () => {
    const draft = plan(
      '到2027年，建成平台10个。展望到2030年，全面建成。',
      '1. 建设平台。2025年底前建成，较2024年增长10%。（责任单位：市数据局）',
      '2. 开展试点。到2035年基本实现。截至2024年已建成5个。（责任单位：市数据局）',
    );
    assert.deepEqual(found('stale-year', draft), []);
  });
  it('flags “十四五”期间 in a plan that does not overlap it, not “十四五”以来', () => {
    const draft = [
      '# 某市行动方案（2026—2028年）',
      '一、重点任务',
      '1. 建设平台。“十四五”期间新增10个。（责任单位：市数据局）',
      '2. 巩固成果。巩固“十四五”以来建设成效。（责任单位：市数据局）',
    ];
    assert.deepEqual(linesOf('stale-year', draft), [3]);
  });
  it('takes the carbon goals and a past five-year plan named as such for what they are', () => {
    const draft = [
      '# 某省应对气候变化行动方案（2021—2025年）',
      '一、重点任务',
      '1. 推进达峰。到2030年前实现碳达峰。（责任单位：省发展改革委）',
      '2. 实施专项。在“十二五”期间已经实施的专项基础上，继续推进。（责任单位：省科技厅）',
    ];
    assert.deepEqual(found('stale-year', draft), []);
  });
  it('reads a title only at the head of a page without line breaks', () => {
    const page =
      '关于加快推进煤矿企业兼并重组的意见各省人民政府：为推进兼并重组，现提出以下意见。一、重点任务（一）完善政策。2007—2009年已完成试点，力争在2012年底前完成分离工作。';
    assert.deepEqual(found('stale-year', [page]), []);
  });
  it('says nothing without a period, and nothing in a background part', () => {
    assert.deepEqual(found('stale-year', ['# 某市实施意见', '一、重点任务', '1. 建设。到2020年建成。']), []);
    assert.deepEqual(found('stale-year', ['# 某市行动方案（2025—2027年）', '一、发展基础', '到2020年，已建成平台5个。']), []);
  });
});

describe('outdated-body-name', () => {
  const task = (text: string) => ['# 某市行动方案（2025—2027年）', '一、重点任务', `1. 推进建设。${text}`];
  it('flags the name, keeps the level prefix in its fix, and offers two where two are possible', () => {
    const text = task('（市卫计委牵头，省食药监局、县扶贫办按职责分工负责）').join('\n');
    const findings = checkDraft(text, defaultSettings).filter((f) => f.code === 'outdated-body-name');
    assert.deepEqual(
      findings.map((f) => f.fixes?.map((x) => x.label)),
      [['卫生健康委'], ['药监局', '市场监管局'], ['乡村振兴局', '农业农村局']],
    );
    assert.deepEqual(
      findings.map((f) => f.fixes?.[0]?.safe),
      [true, false, false],
    );
    assert.match(applyFixes(text, [findings[0]!.fixes![0]!]).text, /（市卫生健康委牵头/);
  });
  it('takes the longest listed name and the provincial form', () => {
    assert.deepEqual(
      findOutdatedNames('省环境保护厅、浙江银保监局、省旅游局、国家旅游局').map((n) => `${n.written}→${n.current.join('/')}`),
      ['环境保护厅→生态环境厅', '银保监局→金融监管局', '旅游局→文化和旅游厅', '旅游局→文化和旅游部'],
    );
  });
  it('leaves a cited title, a former body, a current name and a background part alone', () => {
    for (const text of [
      '按照《国家卫生计生委关于医养结合的通知》要求。',
      '依托原县扶贫办建设的平台。',
      '（市文化和旅游局负责）',
      '协调农业部门和文化部门。',
      '（国家煤矿安监局负责）',
    ]) {
      assert.deepEqual(found('outdated-body-name', task(text)), [], text);
    }
    assert.deepEqual(found('outdated-body-name', ['# 方案（2025—2027年）', '一、发展基础', '市环保局会同有关部门开展治理。']), []);
  });
  it('knows a document dated, or a plan begun, no later than the reform', () => {
    assert.deepEqual(found('outdated-body-name', ['# 某市“十三五”卫生规划', '一、重点任务', '1. 推进建设。（市卫生计生委负责）']), []);
    assert.deepEqual(found('outdated-body-name', ['# 某市实施意见', '某府发〔2017〕12号', '一、重点任务', '1. 推进建设。（市卫生计生委负责）']), []);
    assert.deepEqual(linesOf('outdated-body-name', ['# 某市实施意见', '某府发〔2025〕12号', '一、重点任务', '1. 推进建设。（市卫生计生委负责）']), [4]);
  });
  it('knows a city’s bodies kept their names until March 2019, a ministry’s did not', () => {
    const notice = (date: string, unit: string) => [
      '# 济南市人民政府办公厅关于促进先进制造业发展的若干措施',
      '一、培育壮大市场主体',
      `1. 支持企业做强做优。（责任单位：${unit}、市财政局）`,
      `　济南市人民政府办公厅 ${date}印发`,
    ];
    assert.deepEqual(found('outdated-body-name', notice('2019年１月３日', '市工商局')), []);
    assert.deepEqual(linesOf('outdated-body-name', notice('2019年6月3日', '市工商局')), [3]);
    assert.deepEqual(linesOf('outdated-body-name', notice('2019年1月3日', '国家卫生计生委')), [3]);
    // The date of a page whose line breaks were lost: a 2018 notice to the provinces' 环境保护厅.
    assert.deepEqual(
      found('outdated-body-name', [
        '关于印发《重点流域水生生物多样性保护方案》的通知各有关省、自治区、直辖市环保厅（局）：现印发给你们，请抓好落实。附件：重点流域水生生物多样性保护方案生态环境部农业农村部水利部2018年3月22日生态环境部办公厅2018年4月3日印发',
      ]),
      [],
    );
  });
  it('leaves the current bodies and words real plans showed alone', () => {
    const text = '国家矿山安全监察局负责验收；落实沪农委〔2020〕60号文件；参加上海合作组织成员国农业部长会议。';
    assert.deepEqual(findOutdatedNames(text), []);
  });
  it('never offers an old name for completion', () => {
    assert.ok(isOutdatedName('市卫生计生委') && isOutdatedName('县环保局') && !isOutdatedName('市卫生健康委') && !isOutdatedName('市文化和旅游局'));
  });
});

describe('task-table-mismatch', () => {
  const draft = (rows: string[], tasks: string[]) => [
    '# 某县实施方案（2025—2027年）',
    '一、重点任务',
    ...tasks,
    '',
    '附件：重点任务分解表',
    '',
    '| 序号 | 重点任务 | 责任单位 |',
    '| --- | --- | --- |',
    ...rows,
  ];
  const tasks = [
    '（一）推进设施建设。建设中心9个。（责任单位：县民政局）',
    '（二）发展助餐服务。推行中央厨房模式。（县民政局牵头）',
    '（三）推进医养结合。支持签约合作。（县卫生健康局牵头）',
    '（四）加强人才建设。开展培训。',
  ];
  it('flags a row with no task, a task whose units and row share none, and the one task without a row', () => {
    const rows = ['| 1 | 推进设施建设 | 县民政局 |', '| 2 | 发展助餐服务 | 县民政局 |', '| 3 | 推进医养结合 | 县民政局、县医保局 |', '| 9 | 建设智慧平台 | 县数据局 |'];
    assert.deepEqual(found('task-table-mismatch', draft(rows, tasks)), [
      '5:0 任务“推进医养结合”的责任单位（县卫生健康局）与分解表（县民政局、县医保局）没有共同单位',
      '6:0 任务“加强人才建设”在分解表中没有对应行，也未注明责任单位',
      '15:0 分解表第9行在正文中没有对应任务',
    ]);
  });
  it('takes the 行动方案 skeleton’s unfilled row for no row: a task without a unit is flagged once, as missing its unit', () => {
    const text = [
      '# 某市低空经济高质量发展行动方案（2025—2027年）',
      '## 三、重点任务',
      '1. 建设低空起降网络。统筹布局通用机场、垂直起降场和无人机起降点。',
      '2. 构建低空飞行服务体系。建设市级低空飞行服务中心。（市发展改革委牵头，市交通运输局、市公安局按职责分工负责）',
      '3. 发展低空物流。开通低空物流航线。',
      '## 附件',
      '《……行动方案》任务分解表',
      '| 序号 | 重点任务 | 具体工作 | 责任部门 |',
      '| --- | --- | --- | --- |',
      '| 1 | 重点任务 | 具体工作 | 责任部门 |',
    ];
    assert.deepEqual(found('task-table-mismatch', text), []);
    assert.deepEqual(linesOf('missing-responsible-unit', text), [3, 5]);
  });
  it('says nothing of a draft without a 分解表', () => {
    assert.deepEqual(found('task-table-mismatch', ['一、重点任务', ...tasks]), []);
  });
  it('reads a body under its old name in the text and its current one in the row as one body', () => {
    const renamed = ['（一）推进医养结合。支持签约合作。（县卫生计生委牵头）'];
    assert.deepEqual(found('task-table-mismatch', draft(['| 1 | 推进医养结合 | 县卫生健康委 |'], renamed)), []);
    assert.deepEqual(found('task-table-mismatch', draft(['| 1 | 推进医养结合 | 县民政局 |'], renamed)), [
      '3:0 任务“推进医养结合”的责任单位（县卫生计生委）与分解表（县民政局）没有共同单位',
    ]);
  });
});

describe('the renamed-bodies table', () => {
  const spec = join(__dirname, '../../../shared/spec/review-checks.md');
  it('holds every name of the spec’s table, with its reform year', function () {
    if (!existsSync(spec)) this.skip();
    const text = readFileSync(spec, 'utf8');
    const table = text.slice(text.indexOf('| name in the draft'), text.indexOf('- The longest listed name wins'));
    const rows = table.split('\n').filter((line) => line.startsWith('|') && !line.includes('---') && !line.includes('name in the draft'));
    assert.ok(rows.length >= 10);
    for (const row of rows) {
      const [names, , reform] = row
        .split('|')
        .slice(1, 4)
        .map((cell) => cell.trim());
      const years = (reform ?? '').match(/\d{4}/g)!.map(Number);
      const written = names!.split(/,\s*/).flatMap((name) => {
        const [stem, ...suffixes] = name.split('/');
        return suffixes.length === 0 ? [stem!] : [stem!, ...suffixes.map((suffix) => stem!.slice(0, -1) + suffix)];
      });
      for (const name of written) {
        const body = renamedBodies.find((b) => b.old === name);
        assert.ok(body, `${name} (spec row: ${names}) is missing from renamedBodies.ts`);
        assert.ok(years.includes(body.year), `${name}: reform ${body.year}, the spec says ${reform}`);
      }
    }
    assert.ok(
      renamedBodies.every((body) => review.length > 0 && body.current.length > 0 && !isOutdatedName(body.current[0]!)),
      'a current name is itself outdated',
    );
  });
});
