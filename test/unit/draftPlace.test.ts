import * as assert from 'node:assert/strict';
import { isOutdatedName } from '../../src/core/units/outdatedNames';
import { adaptUnit, draftPlace, draftUnitContext, unitsForDraft } from '../../src/core/units/draftPlace';

describe('draft level and region', () => {
  const table: [lines: string[], level: string | undefined, region: string | undefined][] = [
    [['# 某市数字经济发展三年行动方案（2025—2027年）', '', '一、总体要求'], '市', '某市'],
    [['杭州市养老服务体系建设规划'], '市', '杭州市'],
    [['上海市浦东新区促进生物医药产业高质量发展行动方案'], '区', '上海市浦东新区'],
    [['浙江省人民政府办公厅关于加快生命健康科技创新发展的实施意见'], '省', '浙江省'],
    [['---', 'level: 县级', 'region: 安吉县', '---', '# 关于推进农村人居环境整治的实施方案'], '县', '安吉县'],
    [['# 关于加快数字经济发展的实施意见', '全市上下要……', '到2027年，全市数字经济核心产业增加值……', '全省'], '市', undefined],
    [['# 城市更新行动方案', '全区'], '区', undefined],
    [['# 市场监管工作要点'], undefined, undefined],
  ];
  for (const [lines, level, region] of table) {
    it(`reads ${JSON.stringify(lines[0])} as ${level ?? 'no level'} ${region ?? ''}`, () => {
      const place = draftPlace(lines);
      assert.equal(place.level, level);
      assert.equal(place.region, region);
    });
  }
});

describe("unit names in the draft's terms", () => {
  const city = { level: '市' as const, region: '某市' };
  const table: [name: string, place: Parameters<typeof adaptUnit>[1], expected: string[]][] = [
    ['省科技厅', city, ['市科技局']],
    ['省经信厅', city, ['市经信局']],
    ['省发展改革委', city, ['市发展改革委']],
    ['市科技局', city, ['市科技局']],
    ['区科经委', city, ['市科技局', '市经信局']],
    ['区科经委', { level: '区', region: '上海市浦东新区' }, ['区科经委']],
    ['区科经委', { level: '区', region: '某区' }, ['区科技局', '区经信局']],
    ['张江管理局', city, []],
    ['保税区管理局', city, []],
    ['杭州市政府', city, []],
    ['浦东新区发改委', city, []],
    ['国家药监局', city, []],
    ['市场监管总局', city, []],
    ['杭州市科技局', { level: '市', region: '杭州市' }, ['杭州市科技局']],
    ['市科技局', { level: '省', region: '浙江省' }, ['省科技厅']],
    ['市市场监管局', { level: '省' }, ['省市场监管局']],
    ['市场监管局', { level: '区' }, ['市场监管局']],
    ['各区县政府', city, ['各区县政府']],
    ['省科技厅', {}, ['省科技厅']],
    ['张江管理局', {}, []],
    ['杭州海关', city, []],
    ['有关设区市政府', city, []],
    ['有关设区市政府', { level: '省' }, ['有关设区市政府']],
    ['区人社局', { level: '省' }, ['省人社厅']],
    ['杭州市政府', {}, []],
    ['市科委', { level: '市', region: '上海市' }, ['市科委']],
    ['市科委', city, ['市科技局']],
    ['市审批服务局', { level: '县' }, []],
  ];
  for (const [name, place, expected] of table) {
    it(`${name} in a ${place.level} plan${place.region ? ` of ${place.region}` : ''} → ${expected.join('、') || 'not offered'}`, () =>
      assert.deepEqual(adaptUnit(name, place), expected));
  }

  it("offers the draft's own units first, then the others adapted, each once", () => {
    const { own, place } = draftUnitContext(
      '# 某市数字经济行动方案\n1. 建设算力平台。（责任单位：市数据局、市财政局）\n2. 发放算力券。（牵头单位：市数据局；配合单位：市经信局）\n',
    );
    assert.deepEqual(
      own,
      ['市数据局', '市经信局', '市财政局'].sort((a, b) => (a === '市数据局' ? -1 : b === '市数据局' ? 1 : a < b ? -1 : 1)),
    );
    assert.deepEqual(place, city);
    assert.deepEqual(unitsForDraft(own, ['省财政厅', '张江管理局', '省科技厅'], city), [...own, '市科技局']);
  });

  it('reads the units of the lead form too, as the skeletons write it, and no role label or prose', () => {
    const table: [text: string, own: string[]][] = [
      [
        '# 某市低空经济高质量发展行动方案\n2. 构建低空飞行服务体系。建设市级低空飞行服务中心。（市发展改革委牵头，市交通运输局、市公安局按职责分工负责）\n',
        ['市交通运输局', '市公安局', '市发展改革委'].sort(),
      ],
      ['（一）完善养老服务网络。建设社区嵌入式养老服务设施。（市民政局、市卫生健康委按职责分工负责）\n', ['市卫生健康委', '市民政局'].sort()],
      ['3. 发展智慧养老。（市民政局牵头，市经信局配合）\n4. 培育养老产业。（市民政局牵头）\n', ['市民政局', '市经信局']],
      ['1. 任务标题。任务内容。（牵头单位牵头，配合单位按职责分工负责）\n', []],
      ['5. 加强监管。（由企业自主负责）\n', []],
    ];
    for (const [text, own] of table) assert.deepEqual(draftUnitContext(text).own, own, text);
  });

  it('offers each body once, in the form the draft writes it', () => {
    const table: [own: string[], others: string[], expected: string[]][] = [
      [['市教育局'], ['省发展改革委', '区发改委', '省财政厅'], ['市教育局', '市发展改革委', '市财政局']],
      [
        ['市发改委', '市人社局'],
        ['省发展改革委', '省人力资源社会保障厅', '省人力社保厅'],
        ['市发改委', '市人社局'],
      ],
      [['市住房和城乡建设局'], ['省住房城乡建设厅', '省住建厅', '省市场监管局', '省市场监督管理局'], ['市住房和城乡建设局', '市市场监管局']],
      // Two bodies, not two forms of one: the 经信局 and the 工信局 are different cities' names for it, kept as written.
      [[], ['省经信厅', '省工业和信息化厅'], ['市经信局', '市工业和信息化局']],
    ];
    for (const [own, others, expected] of table) assert.deepEqual(unitsForDraft(own, others, city), expected, others.join('、'));
  });

  it('never offers a name a reform replaced: its current name instead, both where two are possible', () => {
    const names = unitsForDraft(['市卫生计生委'], ['省卫生计生委', '省食药监局', '县扶贫办', '省卫生健康委', '市银保监局'], city);
    assert.deepEqual(names, ['市卫生健康委', '市市场监管局', '市乡村振兴局', '市农业农村局', '市金融监管局']);
    assert.ok(
      names.every((name) => !isOutdatedName(name)),
      names.join('、'),
    );
  });
});
