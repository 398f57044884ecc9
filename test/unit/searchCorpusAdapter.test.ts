import * as assert from 'node:assert/strict';
import { draftClauseAt } from '../../src/core/search/draftClause';
import { documentClauses, fromCorpusIndex, shortName } from '../../src/core/search/fromCorpusIndex';
import { parsePlan } from '../../src/core/parsing/parsePlan';
import { fixtureCorpus } from './searchFixture';
import { fixtureCorpusIndex } from './searchFixtureIndex';

describe('search corpus adapter', () => {
  const table: [title: string, region: string, kind: string, expected: string][] = [
    ['浙江省人民政府办公厅关于加快生命健康科技创新发展的实施意见', '浙江省', '实施意见', '浙江省 加快生命健康科技创新发展实施意见'],
    ['浦东新区生物医药产业高质量发展行动方案（2022-2024年）', '上海市浦东新区', '行动方案', '上海市浦东新区 生物医药产业高质量发展行动方案（2022-2024年）'],
    ['山东省生物医药产业科技创新行动计划（2025—2027年）', '山东省', '行动计划', '山东省 生物医药产业科技创新行动计划（2025—2027年）'],
    ['生命健康科技创新行动计划', '南京市', '行动计划', '南京市 生命健康科技创新行动计划'],
  ];
  for (const [title, region, kind, expected] of table) {
    it(`names ${title} in short as ${expected}`, () => assert.equal(shortName(title, region, kind), expected));
  }

  it('turns a built index into clauses with their document, line, path and targets', () => {
    const corpus = fromCorpusIndex(fixtureCorpusIndex());
    assert.equal(corpus.clauses.length, fixtureCorpus.clauses.length);
    const target = corpus.clauses.find((c) => c.text.startsWith('到2025年，新获批上市'))!;
    assert.equal(corpus.documents[target.doc]!.id, 'fixture-zj');
    assert.equal(corpus.documents[target.doc]!.year, 2021);
    assert.deepEqual(target.path, ['一、总体要求', '（二）发展目标']);
    assert.equal(target.targets.length, 1);
  });
});

describe('search draft clause under the cursor', () => {
  const draft = [
    '# 某市生物医药行动方案',
    '',
    '## 二、重点任务',
    '',
    '### （一）加快创新',
    '',
    '1. 支持企业开发新药贷等专属信贷产品。到2027年，新增贷款50亿元以上。',
    '',
    '2. 建设公共技术服务平台。',
    '',
    '| 序号 | 具体工作 | 责任部门 |',
    '| --- | --- | --- |',
    '| 1 | 建设临床试验协作网络 | 市卫生健康委 |',
  ];
  const plan = parsePlan(draft.join('\n'));

  it('gives the item under the cursor, wherever in it, with its targets', () => {
    const clause = draftClauseAt(draft, plan, { line: 6, column: 20 })!;
    assert.match(clause.text, /^1\. 支持企业开发新药贷/);
    assert.ok(!clause.text.includes('公共技术服务平台'));
    assert.equal(clause.range.start.line, 6);
    assert.ok(clause.targets.some((t) => t.deadline === 2027));
  });

  it('searches without the responsible-unit annotation, which names who, not what', () => {
    const lines = ['二、重点任务', '1. 建设公共技术服务平台，提供检验检测服务。（责任单位：市科技局、市市场监管局）'];
    const clause = draftClauseAt(lines, parsePlan(lines.join('\n')), { line: 1, column: 5 })!;
    assert.ok(clause.text.includes('责任单位'));
    assert.match(clause.query, /^1\. 建设公共技术服务平台，提供检验检测服务。/);
    assert.ok(!/责任单位|市科技局/.test(clause.query), clause.query);
  });

  it('gives a table row as a clause', () => {
    assert.equal(draftClauseAt(draft, plan, { line: 12, column: 8 })?.text, '1　建设临床试验协作网络　市卫生健康委');
  });

  it('gives nothing on a blank line or a bare heading', () => {
    assert.equal(draftClauseAt(draft, plan, { line: 1, column: 0 }), undefined);
    assert.equal(draftClauseAt(draft, plan, { line: 4, column: 3 }), undefined);
  });
});

describe('search clauses of a plan with a 任务分解表', () => {
  const lines = [
    '## 二、重点任务',
    '',
    '1. 推进产业链自主可控。聚焦高端医疗器械、生物药等重点领域，梳理关键核心技术清单。',
    '',
    '2. 加强科技金融服务。发挥政府产业引导基金作用，推广新药贷等金融产品。',
    '',
    '## 附件 任务分解表',
    '',
    '| 序号 | 主要任务 | 责任单位 |',
    '| --- | --- | --- |',
    '| 加强关键技术攻关，推进产业链自主可控 |  |  |',
    '| 1 | 支持实施一批断链风险大的关键核心技术攻关 | 区科经委 |',
    '| 2 | 发挥政策性担保基金作用 | 区金融局 |',
  ];
  const clauses = documentClauses(lines, parsePlan(lines.join('\n')), 0);

  it('leaves out a group row, which only heads the rows under it', () => {
    assert.ok(!clauses.some((c) => c.text.startsWith('加强关键技术攻关')));
  });

  it('links each row to the task it gives units to', () => {
    const rows = clauses.filter((c) => c.source === undefined);
    assert.deepEqual(
      rows.map((row) => [row.text, row.restates]),
      [
        ['1　支持实施一批断链风险大的关键核心技术攻关　区科经委', 2],
        ['2　发挥政策性担保基金作用　区金融局', 4],
      ],
    );
    assert.ok(clauses.filter((c) => c.source !== undefined).every((c) => c.restates === undefined));
  });
});
