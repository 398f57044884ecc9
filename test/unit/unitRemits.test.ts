import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintDraft } from '../../src/core/analysis/lintDraft';
import { unitSuggestions } from '../../src/core/checks/precedentSuggestions';
import { fixesOf } from '../../src/core/checks/registry';
import { defaultSettings } from '../../src/core/config/settings';
import { parseCorpusDocument } from '../../src/core/corpus/corpusDocument';
import { buildCorpusIndex } from '../../src/core/corpus/corpusIndex';
import { parsePlan } from '../../src/core/parsing/parsePlan';
import { defaultFloor, ratedPrecedents } from '../../src/core/precedents/confidence';
import { fromCorpusIndex } from '../../src/core/search/fromCorpusIndex';
import { SearchEngine } from '../../src/core/search/searchEngine';
import { draftPlace, unitsForDraft } from '../../src/core/units/draftPlace';
import { remitFit, type RemitFit } from '../../src/core/units/remits';

/**
 * Unit suggestions fit the clause's remit (issue 12): the draft's own units whose remit the clause
 * speaks of come first, and a precedent's bodies are offered only from a close precedent and only
 * where their remit fits — no 卫生健康委 for a clause that is no health matter.
 */

const corpusDir = join(__dirname, '../../corpus');
const files = readdirSync(corpusDir).filter((f) => f.endsWith('.md'));
const engine = SearchEngine.build(
  fromCorpusIndex(
    buildCorpusIndex(
      files.map((file) => {
        const text = readFileSync(join(corpusDir, file), 'utf8');
        return { file, text, document: parseCorpusDocument(text, file) };
      }),
      parsePlan,
    ),
  ),
);

/** A 市 plan of many sectors whose most used unit is the 市经信局: the order of use alone would offer it first everywhere. */
const assigned = [
  '1. 实施制造业技术改造提升工程。（责任单位：市经信局、市财政局）',
  '2. 培育专精特新中小企业。（责任单位：市经信局）',
  '3. 打造先进制造业集群。（责任单位：市经信局、市发展改革委）',
  '4. 建设一体化政务大数据体系。（责任单位：市数据局）',
  '5. 优化区域医疗资源布局。（责任单位：市卫生健康委）',
  '6. 推进义务教育优质均衡发展。（责任单位：市教育局）',
  '7. 推进城市轨道交通建设。（责任单位：市交通运输局）',
  '8. 提升粮食综合生产能力。（责任单位：市农业农村局）',
  '9. 完善基本养老服务体系。（责任单位：市民政局）',
];

const health = /卫生健康|卫健|医保|医疗保障|药监|药品监/u;

/** A clause of each sector, the draft's own unit a drafter would name first, and whether it is a health matter. */
const table: [sector: string, clause: string, first: string, healthMatter: boolean][] = [
  ['industry', '推进工业互联网平台建设，培育一批智能工厂和数字化车间。', '市经信局', false],
  ['digital', '建设城市算力调度平台，推动公共数据授权运营。', '市数据局', false],
  ['health', '推进紧密型城市医疗集团建设，提升基层医疗卫生服务能力。', '市卫生健康委', true],
  ['health', '深化医养结合服务，支持养老机构与医疗机构签约合作。', '市卫生健康委', true],
  ['education', '推动职业院校与龙头企业共建产业学院，深化产教融合。', '市教育局', false],
  ['transport', '完善城市公交线网，推进综合客运枢纽建设。', '市交通运输局', false],
  ['agriculture', '建设高标准农田，深入实施种业振兴行动。', '市农业农村局', false],
  ['elderly care', '发展社区嵌入式养老服务，推广家庭养老床位。', '市民政局', false],
  ['biomedicine', '建设生物医药中试研发和生产基地，为初创企业提供中试和代工生产服务。', '市经信局', true],
];

describe('unit suggestions fit the clause', () => {
  for (const [sector, clause, first, healthMatter] of table) {
    const text = ['# 某市国民经济和社会发展重点任务行动方案', '', '## 二、重点任务', '', ...assigned, `10. ${clause}`, ''].join('\n');
    const place = draftPlace(text.split('\n'));

    it(`${sector}: the draft's own ${first} is offered first for “${clause.slice(0, 14)}…”`, () => {
      const finding = lintDraft(text, defaultSettings).findings.find((f) => f.code === 'missing-responsible-unit' && f.subject.includes(clause.slice(0, 8)));
      assert.ok(finding, 'the clause has no unit');
      const offered = fixesOf(text, finding)
        .flatMap((fix) => fix.edits.map((edit) => /（责任单位：([^）]+)）/u.exec(edit.newText)?.[1]))
        .filter((u) => u !== undefined);
      assert.equal(offered[0], first, offered.join(' | '));
      if (!healthMatter) assert.ok(!offered.some((units) => health.test(units)), offered.join(' | '));
    });

    it(`${sector}: the bundled corpus's precedents offer ${healthMatter ? 'bodies of its remit' : 'no health body'}`, () => {
      const rated = ratedPrecedents(engine, clause, { limit: 5 });
      const precedents = rated.hits.map((hit) => ({
        source: engine.documentOf(hit.clause).shortName,
        confidence: hit.confidence,
        units: engine.clause(hit.clause).units,
        targets: engine.clause(hit.clause).targets,
      }));
      const offered = unitSuggestions(precedents, clause, defaultFloor).map((s) => unitsForDraft([], s.units, place));
      for (const units of offered) {
        assert.ok(units.length > 0);
        if (!healthMatter) assert.ok(!units.some((unit) => health.test(unit)), units.join('、'));
        assert.notEqual(remitFit(units[0]!, clause), 'off', `${units[0]} leads the suggestion`);
      }
    });
  }

  /**
   * A 市教育局 drafter's 实施意见 (the walkthrough's 义务教育优质均衡 draft): its tasks speak of school work
   * in the school's own words (课堂教学, 作业设计, 学位, 校长), and the 培训 of 校外培训 once made the
   * 市人社局 the first unit offered for a 双减 task, the 市教育局 not at all.
   */
  const schoolDraft = [
    '# 某市推进义务教育优质均衡发展的实施意见（2025—2027年）',
    '',
    '## 二、重点任务',
    '',
    '1. 深化教师“县管校聘”管理改革。统筹调配中小学教职工编制和岗位。（责任单位：市人社局、市财政局、市教育局）',
    '2. 落实教师待遇保障。健全中小学教师工资收入联动机制。（责任单位：市人社局、市财政局、市教育局）',
    '3. 加强学生体质健康工作。配齐学校卫生专业技术人员。（责任单位：市卫生健康委、市体育局）',
  ];
  const schoolTasks: [clause: string, first: string][] = [
    ['深化“双减”工作。提高课堂教学质量和作业设计水平，丰富课后服务内容，规范校外培训机构管理。', '市教育局'],
    ['扩大优质公办学位供给。统筹解决随迁子女入学问题，逐步消除大班额。', '市教育局'],
    ['推进城乡教研共同体建设。组织城区骨干教师与乡村教师同步教研、同步培训。', '市教育局'],
    ['深化中小学校长职级制改革。完善校长选聘、考核和交流轮岗制度。', '市教育局'],
  ];
  for (const [clause, first] of schoolTasks) {
    it(`a school task: ${first} leads the draft's units for “${clause.slice(0, 12)}…”`, () => {
      const text = [...schoolDraft, `4. ${clause}`, ''].join('\n');
      const finding = lintDraft(text, defaultSettings).findings.find((f) => f.code === 'missing-responsible-unit');
      assert.ok(finding, 'the clause has no unit');
      const offered = fixesOf(text, finding)
        .flatMap((fix) => fix.edits.map((edit) => /（责任单位：([^）]+)）/u.exec(edit.newText)?.[1]))
        .filter((u) => u !== undefined);
      assert.equal(offered[0], first, offered.join(' | '));
    });
  }

  it("offers the draft's own unit a reform renamed by its current name, never the old one the check flags", () => {
    const text = [
      '# 某区老旧小区改造行动方案',
      '',
      '## 二、重点任务',
      '',
      '1. 摸清老旧小区用地权属。（责任单位：区国土资源局）',
      '2. 盘活小区闲置用地，补齐养老托育设施。',
      '',
    ].join('\n');
    const finding = lintDraft(text, defaultSettings).findings.find((f) => f.code === 'missing-responsible-unit');
    assert.ok(finding);
    const offered = fixesOf(text, finding).map((fix) => fix.edits[0]!.newText);
    assert.ok(offered.includes('（责任单位：区自然资源局）'), offered.join(' | '));
    assert.ok(!offered.some((t) => t.includes('国土资源局')), offered.join(' | '));
  });

  const fits: [unit: string, clause: string, fit: RemitFit][] = [
    ['市卫生健康委', '推进工业互联网平台建设。培育一批智能工厂。', 'off'],
    ['市卫生健康委', '推动平台经济规范健康发展。', 'off'],
    ['市卫生健康委', '加强老年健康管理。开展老年人健康体检和慢性病管理。', 'fits'],
    ['县卫生健康局', '推进县域医共体建设。', 'fits'],
    ['市发展改革委', '推进工业互联网平台建设。', 'general'],
    ['市财政局', '建设高标准农田。', 'general'],
    ['区科经委', '培育一批智能工厂。', 'fits'],
    ['市教育局', '发展低空物流。开通无人机配送航线。', 'off'],
    ['市教育局', '深化“双减”工作。提高课堂教学质量和作业设计水平。', 'fits'],
    ['市教育局', '强化特种作业人员安全培训。', 'off'],
    ['市交通运输局', '发展低空物流。开通无人机配送航线。', 'fits'],
    ['省药监局', '支持创新药械优先审评审批。', 'fits'],
    ['区交通运输局', '建设氢能船舶示范区。支持船舶企业建设氢能动力试验舱，开展内河船舶氢燃料电池示范应用。', 'fits'],
  ];
  for (const [unit, clause, fit] of fits) it(`${unit} for “${clause}”: ${fit}`, () => assert.equal(remitFit(unit, clause), fit));
});
