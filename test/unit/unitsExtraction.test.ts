import * as assert from 'node:assert/strict';
import type { Clause, UnitAssignment } from '../../src/core/model';
import { parsePlan } from '../../src/core/parsing/parsePlan';
import { defaultVocabulary, extendVocabulary } from '../../src/core/structure/vocabulary';
import { isBody, splitMembers } from '../../src/core/units/bodies';

function flatten(clauses: Clause[]): Clause[] {
  return clauses.flatMap((clause) => [clause, ...flatten(clause.children)]);
}

/** Units found in one task line placed under a task part. */
function unitsOf(line: string): Pick<UnitAssignment, 'form' | 'lead' | 'support'>[] {
  const clause = flatten(parsePlan(`二、重点任务\n${line}`).clauses).find((c) => c.kind !== 'part');
  assert.ok(clause);
  return clause.units.map(({ form, lead, support }) => ({ form, lead, support }));
}

describe('units: the accepted forms', () => {
  const cases: { name: string; line: string; units: Pick<UnitAssignment, 'form' | 'lead' | 'support'>[] }[] = [
    {
      name: 'annotation （责任单位：A、B）',
      line: '1. 建设智能算力中心。统筹布局全市智能算力资源。（责任单位：市发展改革委、市数据局）',
      units: [{ form: 'annotation', lead: ['市发展改革委', '市数据局'], support: [] }],
    },
    {
      name: 'half-width annotation (责任单位:A)',
      line: '13. 推进“互联网+医疗健康”发展。建设省医疗健康大数据平台。(责任单位:省卫生健康委)',
      units: [{ form: 'annotation', lead: ['省卫生健康委'], support: [] }],
    },
    {
      name: 'bare annotation 责任单位：A',
      line: '2. 推进算力普惠应用。发放“算力券”。责任单位：市数据局',
      units: [{ form: 'annotation', lead: ['市数据局'], support: [] }],
    },
    {
      name: 'annotation with lead and support （牵头单位：A；配合单位：B）',
      line: '10. 支持创新创业。建设人工智能专业孵化器。（牵头单位：高新区管委会；配合单位：市科技局）',
      units: [{ form: 'annotation', lead: ['高新区管委会'], support: ['市科技局'] }],
    },
    {
      name: 'annotation with collective forms, split at ， too',
      line: '（一）加强组织保障。建立协调工作机制。(责任单位:省级有关部门,有关设区市政府)',
      units: [{ form: 'annotation', lead: ['省级有关部门', '有关设区市政府'], support: [] }],
    },
    {
      name: 'lead （A牵头，B按职责分工负责）',
      line: '（一）实施中医药服务能力提升工程。推进国家中医医学中心建设。（省卫生健康委牵头，省发展改革委、省财政厅按职责分工负责）',
      units: [{ form: 'lead', lead: ['省卫生健康委'], support: ['省发展改革委', '省财政厅'] }],
    },
    {
      name: 'lead （A、B按职责分工负责）',
      line: '（二）提高临床医学研究和试验能力。推动研究型医院发展。（省科技厅、省卫生健康委、省药监局按职责分工负责）',
      units: [{ form: 'lead', lead: ['省科技厅', '省卫生健康委', '省药监局'], support: [] }],
    },
    {
      name: 'lead （A牵头）',
      line: '3. 强化大模型技术攻关。支持龙头企业开展行业大模型研发。（市科技局牵头）',
      units: [{ form: 'lead', lead: ['市科技局'], support: [] }],
    },
    {
      name: 'lead （A、B牵头）',
      line: '（六）全面深化国际科技合作。鼓励企业开展国际注册。（省商务厅、省药监局牵头）',
      units: [{ form: 'lead', lead: ['省商务厅', '省药监局'], support: [] }],
    },
    {
      name: 'lead （A负责）',
      line: '（八）实施中医药开放发展工程。建设中医药服务出口基地。（省商务厅负责）',
      units: [{ form: 'lead', lead: ['省商务厅'], support: [] }],
    },
    {
      name: 'lead 由A负责 in running text',
      line: '7. 开放城市治理场景。梳理发布应用场景清单，具体工作由市数据局负责统筹推进。',
      units: [{ form: 'lead', lead: ['市数据局'], support: [] }],
    },
    {
      name: 'lead 由A牵头会同B',
      line: '（六）实施中医药文化弘扬工程。建设宣传教育基地，由省委宣传部牵头会同省卫生健康委组织实施。',
      units: [{ form: 'lead', lead: ['省委宣传部'], support: [] }],
    },
    {
      name: 'lead 由A和B共同负责',
      line: '4. 完善人才政策。由市委组织部和市人力资源社会保障局共同负责。',
      units: [{ form: 'lead', lead: ['市委组织部', '市人力资源社会保障局'], support: [] }],
    },
    {
      name: 'lead 由A负责 keeps 和 inside a name',
      line: '5. 推进重大项目建设。由省发展和改革委员会负责。',
      units: [{ form: 'lead', lead: ['省发展和改革委员会'], support: [] }],
    },
    {
      name: 'trailing parenthetical of bodies',
      line: '5. 推进产学研合作。建设新型研发机构。（省发展改革委、省科技厅）',
      units: [{ form: 'parenthetical', lead: ['省发展改革委', '省科技厅'], support: [] }],
    },
    {
      name: 'trailing parenthetical with a bracketed collective body',
      line: '6. 完善基层服务网络。建设中医馆。（省卫生健康委、各县（市、区）人民政府）。',
      units: [{ form: 'parenthetical', lead: ['省卫生健康委', '各县（市、区）人民政府'], support: [] }],
    },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(unitsOf(c.line), c.units));
  }
});

describe('units: what is not an assignment', () => {
  const cases: { name: string; line: string }[] = [
    { name: 'a body named in running prose', line: '9. 加快引进优质项目。市投资促进局要会同各区政府建立重点项目招引清单。' },
    { name: 'vague words in a lead', line: '2. 实施服务业数字化行动。推动商贸数字化转型。（相关部门按职责分工负责）' },
    { name: 'vague words in an annotation', line: '4. 建设高质量数据集。完善数据标注体系。（责任单位：各有关单位）' },
    { name: 'an empty annotation (the quick fix before the drafter types)', line: '4. 建设高质量数据集。完善数据标注体系。（责任单位：）' },
    { name: 'a bracket that is not trailing', line: '18. 强化知识产权护航。支持中国（浦东）知识产权保护中心建设。' },
    { name: 'a trailing bracket of non-bodies', line: '5. 发展新型研发机构。支持高校院所建设研发平台（含企业、高校）。' },
    { name: '由 before a non-body', line: '8. 完善投入机制。建立由企业自主负责的研发投入机制。' },
    { name: 'a role label left where the name belongs', line: '3. 发展低空物流。开通低空物流航线。（责任单位：责任部门）' },
    { name: 'role labels in a lead, as the skeleton writes it', line: '1. 任务标题。任务内容。（牵头单位牵头，配合单位按职责分工负责）' },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(unitsOf(c.line), []));
  }
});

describe('units: the body test', () => {
  const bodies = [
    '省发展改革委',
    '市数据局',
    '省卫生健康委',
    '省委人才办',
    '市委组织部',
    '省中医药管理局',
    '高新区管委会',
    '杭州市政府',
    '中国科学院',
    '省科技领导小组',
    '杭州海关',
    '国家开发银行',
    '省政府办公厅',
    '市人工智能创新中心',
    '各市人民政府',
    '各县（市、区）人民政府',
    '各区县',
    '省级有关部门',
    '市级有关部门',
    '各区政府',
    '有关设区市政府',
    '保税区管理局等',
  ];
  const notBodies = [
    '各有关单位',
    '相关部门',
    '有关部门',
    '龙头企业',
    '高校院所',
    '各地',
    '委',
    '省科技厅要会同各地。',
    '相关委办局',
    '责任部门',
    '牵头单位',
    '配合部门',
    '责任主体',
  ];
  for (const name of bodies) it(`accepts ${name}`, () => assert.ok(isBody(name, defaultVocabulary)));
  for (const name of notBodies) it(`rejects ${name}`, () => assert.ok(!isBody(name, defaultVocabulary)));

  it('extends suffixes and collective forms from settings', () => {
    const vocabulary = extendVocabulary({ bodySuffixes: ['合作社'], collectiveBodies: ['各镇街'] });
    assert.ok(isBody('市供销合作社', vocabulary));
    assert.ok(isBody('各镇街', vocabulary));
    assert.ok(!isBody('市供销合作社', defaultVocabulary));
  });

  it('splits members outside brackets only', () => {
    assert.deepEqual(splitMembers('省财政厅，各县（市、区）人民政府；省科技厅、市数据局等'), ['省财政厅', '各县（市、区）人民政府', '省科技厅', '市数据局']);
  });
});

describe('units: task decomposition tables', () => {
  const plan = (table: string, items = '') =>
    [
      '# 行动计划',
      '## 三、重点任务',
      '### （一）实施算力基础设施提升行动',
      '1. 建设智能算力中心。统筹布局智能算力资源。',
      '2. 推进算力普惠应用。发放“算力券”。',
      '3. 建设高质量数据集。完善数据标注。',
      items,
      table,
    ].join('\n');
  const taskUnits = (text: string) =>
    flatten(parsePlan(text).clauses)
      .filter((c) => c.kind === 'item')
      .map((c) => c.units.filter((u) => u.form === 'table').map((u) => u.lead));

  it('matches rows by number under a 任务分解 heading', () => {
    const table =
      '## 附件　重点任务分解表\n| 序号 | 任务 | 责任单位 |\n| --- | --- | --- |\n| 1 | 建设智能算力中心 | 市发展改革委、市数据局 |\n| 2 | 算力券发放 | 市数据局、市财政局 |';
    assert.deepEqual(taskUnits(plan(table)), [[['市发展改革委', '市数据局']], [['市数据局', '市财政局']], []]);
  });
  it('matches rows by title when the table has no numbers', () => {
    const table = '附件：任务分工表\n| 任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- |\n| 建设高质量数据集，完善数据标注服务体系 | 市数据局 | 市科技局 |';
    assert.deepEqual(taskUnits(plan(table)), [[], [], [['市数据局']]]);
  });
  it('ignores a table with a unit column that is not a decomposition', () => {
    const table = '## 四、项目清单\n| 序号 | 项目 | 责任单位 |\n| --- | --- | --- |\n| 1 | 算力中心 | 市数据局 |';
    assert.deepEqual(taskUnits(plan(table)), [[], [], []]);
  });
  it('skips group rows and rows without units (Pudong layout)', () => {
    const table =
      '## 任务分解表\n| 序号 | 具体工作 | 责任部门 |\n| --- | --- | --- |\n| 打造战略科技力量 |  |  |\n| 1 | 推进重大科技基础设施建设 | 张江管理局、区科经委 |\n| 2 | 组织参与国际大科学计划 |  |';
    assert.deepEqual(taskUnits(plan(table)), [[['张江管理局', '区科经委']], [], []]);
  });
  it('gives table units to a clause an exclusion keyword keeps out of task scope', () => {
    const text = [
      '三、重点任务',
      '（一）强化创新',
      '1. 建设实验室。推进建设。',
      '（二）夯实人才保障',
      '2. 引进领军人才。',
      '附件：任务分解表',
      '| 序号 | 任务 | 责任单位 |',
      '| 1 | 建设实验室 | 省科技厅 |',
      '| 2 | 引进领军人才 | 省委人才办 |',
    ].join('\n');
    assert.deepEqual(taskUnits(text), [[['省科技厅']], [['省委人才办']]]);
  });
  it('takes a row whose unit cell is still the template placeholder as no assignment', () => {
    // The 行动方案 skeleton's table row, left as it was while the task above it was written.
    const table = '## 附件\n《……行动方案》任务分解表\n| 序号 | 重点任务 | 具体工作 | 责任部门 |\n| --- | --- | --- | --- |\n| 1 | 重点任务 | 具体工作 | 责任部门 |';
    assert.deepEqual(taskUnits(plan(table)), [[], [], []]);
  });
  it('does not match by a number that several task clauses share', () => {
    const text = [
      '三、重点任务',
      '（一）强化创新',
      '1. 建设实验室。推进建设。',
      '（二）培育企业',
      '1. 引进龙头企业。精准招商。',
      '附件：任务分解表',
      '| 序号 | 任务 | 责任单位 |',
      '| 1 | 建设实验室 | 省科技厅 |',
    ].join('\n');
    assert.deepEqual(taskUnits(text), [[['省科技厅']], []]);
  });
});
