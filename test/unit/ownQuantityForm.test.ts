import * as assert from 'node:assert/strict';
import { lintDraft } from '../../src/core/analysis/lintDraft';
import { insertTargetPlaceholder, replaceVagueAmount } from '../../src/core/checks/fixes';
import { fixesOf } from '../../src/core/checks/registry';
import { defaultSettings } from '../../src/core/config/settings';
import { ownQuantityForm, phraseQuantityForm } from '../../src/core/targets/ownQuantityForm';

/**
 * Without a precedent, the target fix's form fits the phrase it is appended to: a scale in 亿元, a
 * rate in %, firms in 家, anything else in 个.
 */
describe('the quantity form a target asks for itself', () => {
  const table: [statement: string, inserted: string][] = [
    ['到2028年，全市低空经济产业规模显著提升。', '，达到N亿元'],
    ['——数字经济核心产业增加值大幅增长。', '，达到N亿元'],
    ['到2027年，规模以上工业企业关键工序数控化率明显提高。', '，达到N%'],
    ['——新能源汽车渗透率持续提升；', '，达到N%'],
    ['到2026年，数字经济核心产业增加值占地区生产总值比重进一步提高。', '，达到N%'],
    ['到2028年，培育一批低空飞行器整机和核心零部件企业。', '，达到N家'],
    ['——引进和培育一批专精特新“小巨人”企业', '，达到N家'],
    ['建成一批高水平研发机构。', '，达到N家'],
    ['——产业生态更加完善，人工智能发展环境持续优化，综合竞争力稳居全国第一方阵。', '，达到N个'],
    ['到2027年，建成一批智能工厂和数字化车间。', '，达到N个'],
    // A rate of firms is a rate; an efficiency is no rate.
    ['——企业上云率明显提高。', '，达到N%'],
    ['——政务服务效率显著提升。', '，达到N个'],
    // The form fits the last phrase, not the statement's first.
    ['到2028年，产业规模显著提升，培育一批链主企业。', '，达到N家'],
    // The measure word the real plans count each noun in: 所 for schools, 项 for standards, 名 for talents, 条 for policies.
    ['到2027年，新建优质普通高中学校。', '，达到N所'],
    ['——主导制定国际和国家标准。', '，达到N项'],
    ['——引进高层次人才。', '，达到N名'],
    ['——出台支持低空经济发展的政策措施。', '，达到N条'],
    // 园区 are counted in 个 (140 to 33 家), and a phrase's head noun counts, not a noun it governs.
    ['——建成省级以上示范园区等。', '，达到N个'],
    ['——认定省级企业技术中心。', '，达到N个'],
  ];
  for (const [statement, inserted] of table) {
    it(`${statement} → ${inserted}`, () => {
      const range = { start: { line: 0, column: 0 }, end: { line: 0, column: statement.length } };
      assert.equal(insertTargetPlaceholder(statement, range).newText, inserted);
    });
  }

  it('tells a form the words name from the 个 it falls back on', () => {
    assert.deepEqual(phraseQuantityForm('——全市低空经济产业规模显著提升。'), { kind: 'scale', unit: '亿元' });
    assert.deepEqual(phraseQuantityForm('——建成示范园区。'), { kind: 'count', unit: '个' });
    assert.equal(phraseQuantityForm('——智能制造生态更加完善。'), undefined);
  });

  it('reads only the last phrase, however long the statement (a run-on page)', () => {
    assert.deepEqual(ownQuantityForm(`${'产业规模，'.repeat(50_000)}建成示范基地。`), { kind: 'count', unit: '个' });
    assert.deepEqual(ownQuantityForm(''), { kind: 'count', unit: '个' });
    assert.deepEqual(ownQuantityForm('。'.repeat(100_000)), { kind: 'count', unit: '个' });
  });
});

describe('a vague 一批 or 若干 written as the amount to fill', () => {
  const table: [statement: string, after: string | undefined][] = [
    ['到2028年，培育一批具有核心竞争力的软件和信息服务企业。', '到2028年，培育N家具有核心竞争力的软件和信息服务企业。'],
    ['——建成一批智能工厂和数字化车间。', '——建成N个智能工厂和数字化车间。'],
    ['到2027年，产业规模显著提升，新建一批低空起降点', '到2027年，产业规模显著提升，新建N个低空起降点'],
    ['——形成若干具有全国影响力的产业集群。', '——形成N个具有全国影响力的产业集群。'],
    ['到2030年，培育若干具有国际竞争力的龙头企业。', '到2030年，培育N家具有国际竞争力的龙头企业。'],
    // The last vague word is the one the phrase's noun counts.
    ['建成一批示范园区和若干重点企业', '建成一批示范园区和N家重点企业'],
    // 一批 not in the last phrase, or the phrase ends in a scale or a rate: the form is appended instead.
    ['培育一批龙头企业，产业生态更加完善。', undefined],
    ['一批重点产业链产值显著提升。', undefined],
    ['——低空经济产业规模显著提升。', undefined],
  ];
  for (const [statement, after] of table) {
    it(`${statement} → ${String(after)}`, () => {
      const range = { start: { line: 0, column: 0 }, end: { line: 0, column: statement.length } };
      const found = replaceVagueAmount(statement, range);
      if (after === undefined) return assert.equal(found, undefined);
      assert.ok(found);
      const { edit, word } = found;
      assert.equal(statement.slice(edit.range.start.column, edit.range.end.column), word);
      const at = edit.range.start.column;
      assert.equal(statement.slice(0, at) + edit.newText + statement.slice(edit.range.end.column), after);
      assert.equal(edit.cursor, 0, 'the cursor on N');
      assert.match(edit.snippet, /^\$\{1:N\}\$\{2:[家个]\}$/);
    });
  }

  it('is the preferred fix of the finding, which stays until a number is written', () => {
    const draft = '二、发展目标\n\n到2027年，培育一批软件和信息服务企业。\n';
    const finding = lintDraft(draft, defaultSettings).findings.find((f) => f.code === 'unquantified-target')!;
    const [fix] = fixesOf(draft, finding);
    assert.equal(fix?.kind, 'replace-vague-amount');
    assert.equal(fix?.label, '一批');
    const filled = draft.replace('一批', fix!.edits[0]!.newText);
    assert.equal(filled, '二、发展目标\n\n到2027年，培育N家软件和信息服务企业。\n');
    assert.equal(lintDraft(filled, defaultSettings).findings.filter((f) => f.code === 'unquantified-target').length, 1, filled);
    assert.equal(lintDraft(filled.replace('N家', '50家'), defaultSettings).findings.filter((f) => f.code === 'unquantified-target').length, 0);
  });

  it('stays linear on a run-on page of 一批', () => {
    const statement = `${'一批'.repeat(100_000)}企业。`;
    const edit = replaceVagueAmount(statement, { start: { line: 0, column: 0 }, end: { line: 0, column: statement.length } });
    assert.equal(edit?.edit.range.start.column, statement.length - 5);
  });
});
