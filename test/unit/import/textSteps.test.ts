import * as assert from 'node:assert/strict';
import { reflowLines } from '../../../src/core/import/reflow';
import { normalizePunctuation } from '../../../src/core/import/punctuation';
import { numberingLevel, type NumberingLevel } from '../../../src/core/import/numbering';

describe('import: re-flowing hard-wrapped text', () => {
  // A page whose line breaks became spaces, wrapped at ~32 characters, with breaks inside words.
  const flattened =
    '节能行动方案 为加快推进全市工业领域节能降碳工作，推动产业结构优化升级，结合我 市实际，制定本方案。 一、主要目标 到2025年，规模以上工业单位增加值能耗较2020年下降13.5%，培育绿 色工厂20家。 二、重点任务 (一)推进重点行业节能改造 实施钢铁、化工、建材等行业节能降碳改造，对通过验收的项目给予 最高50万元奖励，每年推动改造项目不少于30个。';
  const expected = [
    '节能行动方案',
    '为加快推进全市工业领域节能降碳工作，推动产业结构优化升级，结合我市实际，制定本方案。',
    '一、主要目标',
    '到2025年，规模以上工业单位增加值能耗较2020年下降13.5%，培育绿色工厂20家。',
    '二、重点任务',
    '(一)推进重点行业节能改造',
    '实施钢铁、化工、建材等行业节能降碳改造，对通过验收的项目给予最高50万元奖励，每年推动改造项目不少于30个。',
  ];
  it('joins wrapped lines, breaks paragraphs and headings apart', () => assert.deepEqual(reflowLines([flattened]), expected));

  const untouched: string[] = ['开通  VIP会员、SVIP会员  优惠大', '到2025年，全省医药工业产值达到4000亿元。', 'Policy drafting in VS Code'];
  for (const line of untouched) it(`leaves ${JSON.stringify(line)} alone`, () => assert.deepEqual(reflowLines([line]), [line]));

  it('keeps spaces next to ASCII inside a wrapped paragraph for the spacing step', () => {
    const line =
      '贯彻落实《关于加快发展节能环保产业的意见》和《关于推进绿色制造的实施方案( 2023 - 2025年)》，支持企业加快 绿色转型，积极推荐我市企业参与国家绿色制造名单评选工作，提升企业 绿色发展水平，打造一批绿色低碳标杆企业和示范园区项目。 二、保障措施 加强组织领导。';
    const [first] = reflowLines([line]);
    assert.ok(first!.includes('( 2023 - 2025年)'));
    assert.ok(first!.includes('加快绿色转型'));
  });

  it('joins a page-long paragraph of 20,000 wrapped lines in linear time', () => {
    const wrapped = '推进科技创新高地建设加快产业转型升级';
    const line = Array.from({ length: 20_000 }, () => wrapped).join(' ');
    // CPU time, not wall time (a loaded machine); growing the paragraph by `+=` and reading its last character took 7.9 s.
    const started = process.cpuUsage();
    const paragraphs = reflowLines([line]);
    const { user, system } = process.cpuUsage(started);
    assert.deepEqual(paragraphs, [wrapped.repeat(20_000)]);
    assert.ok((user + system) / 1000 < 1_000, `took ${Math.round((user + system) / 1000)} ms of CPU`);
  });
});

describe('import: punctuation', () => {
  const cases: [string, string][] = [
    ['为加快推进产业发展,特制定本方案。', '为加快推进产业发展，特制定本方案。'],
    ['各区人民政府,市政府各委、办、局:', '各区人民政府，市政府各委、办、局：'],
    ['(责任单位:省科技厅、省财政厅)', '（责任单位：省科技厅、省财政厅）'],
    ['研究与开发(R&D )投入占比达到6%以上', '研究与开发（R&D）投入占比达到6%以上'],
    ['行动方案( 2023 - 2025年)》', '行动方案（2023-2025年）》'],
    ['营业收入利润率达到5.5%,较上年提高1.2个百分点', '营业收入利润率达到5.5%，较上年提高1.2个百分点'],
    ['规划期为2021—2025年。', '规划期为2021—2025年。'],
    ['争创2-3个国家临床医学研究中心', '争创2-3个国家临床医学研究中心'],
    ['总投资1,000万元', '总投资1,000万元'],
    ['2-3个全球首创产品(First-in-class)获批上市', '2-3个全球首创产品（First-in-class）获批上市'],
    ['企业 "走出去"共建联合实验室', '企业“走出去”共建联合实验室'],
    ['高端民营医院 、基层医疗机构', '高端民营医院、基层医疗机构'],
    ['PET-CT/MRI、核医学等成像整机', 'PET-CT/MRI、核医学等成像整机'],
    ['发布时间:2021-04-06 09:27', '发布时间：2021-04-06 09:27'],
    ['访问 http://www.example.cn/a 获取', '访问http://www.example.cn/a获取'],
    ['1.建设示范园区。', '1.建设示范园区。'],
  ];
  for (const [input, expected] of cases) it(`${input} → ${expected}`, () => assert.equal(normalizePunctuation(input), expected));
});

describe('import: numbering', () => {
  const cases: [string, NumberingLevel | undefined][] = [
    ['一、总体要求', 'part'],
    ['十二、保障措施', 'part'],
    ['（一）指导思想', 'section'],
    ['(三)实施生命健康科技专项', 'section'],
    ['1.强化前沿基础研究。', 'item'],
    ['10.推动各地特色发展。', 'item'],
    ['（2）建设示范园区', 'item'],
    ['①完善机制', 'item'],
    ['——创新引领。', 'dash'],
    ['第一章 总则', 'chapter'],
    ['2025年全省产值', undefined],
    ['1.5亿元用于', undefined],
    ['一是全球产业链双重挤压。', undefined],
  ];
  for (const [input, expected] of cases) it(`${input} → ${expected ?? 'none'}`, () => assert.equal(numberingLevel(input), expected));
});
