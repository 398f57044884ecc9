import * as assert from 'node:assert/strict';
import { lintDraft } from '../../src/core/analysis/lintDraft';
import { insertTargetPlaceholder, replaceVagueAmounts } from '../../src/core/checks/fixes';
import { fixesOf } from '../../src/core/checks/registry';
import { defaultSettings } from '../../src/core/config/settings';
import { ownQuantityForm, phraseQuantityForm } from '../../src/core/targets/ownQuantityForm';
import { fixTitle } from '../../src/server/fixTitles';
import { englishMessages } from '../../src/server/messages';

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
    // A degree a survey or a share measures is a percent too.
    ['到2027年，群众满意度显著提高。', '，达到N%'],
    ['到2027年，集团化办学覆盖面进一步扩大。', '，达到N%'],
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

describe('a vague amount written as the amount to fill', () => {
  /** Each statement with every vague amount replaced by its fix's text, in turn (one fix each). */
  const table: [statement: string, after: string[]][] = [
    ['到2028年，培育一批具有核心竞争力的软件和信息服务企业。', ['到2028年，培育N家具有核心竞争力的软件和信息服务企业。']],
    ['——建成一批智能工厂和数字化车间。', ['——建成N个智能工厂和数字化车间。']],
    ['到2027年，产业规模显著提升，新建一批低空起降点', ['到2027年，产业规模显著提升，新建N个低空起降点']],
    ['——形成若干具有全国影响力的产业集群。', ['——形成N个具有全国影响力的产业集群。']],
    ['到2030年，培育若干具有国际竞争力的龙头企业。', ['到2030年，培育N家具有国际竞争力的龙头企业。']],
    // Not in the last phrase: replaced where it stands, not appended after the statement.
    ['培育一批龙头企业，带动产业集聚发展。', ['培育N家龙头企业，带动产业集聚发展。']],
    ['加强与国外商协会组织的经贸对接，力争新引进一批外资企业，做大外商投资规模。', ['加强与国外商协会组织的经贸对接，力争新引进N家外资企业，做大外商投资规模。']],
    // The measure word its noun takes: 项 for achievements and technologies, 名 for talents, 条 for policies, 所 for schools.
    ['——创新型国家建设进展良好，涌现出一批具有重大国际影响的科技创新成果。', ['——创新型国家建设进展良好，涌现出N项具有重大国际影响的科技创新成果。']],
    ['努力攻克一批事关国计民生和国家安全的核心关键技术，力争在重点优势领域取得突破。', ['努力攻克N项事关国计民生和国家安全的核心关键技术，力争在重点优势领域取得突破。']],
    ['以高层次和高技能人才为重点，加快培养造就一大批创新型科技人才和急需紧缺人才。', ['以高层次和高技能人才为重点，加快培养造就N名创新型科技人才和急需紧缺人才。']],
    ['制定和实施一系列政策措施，进一步营造公平竞争的法制环境和市场环境。', ['制定和实施N条政策措施，进一步营造公平竞争的法制环境和市场环境。']],
    ['——建成一批高水平研究型院校。', ['——建成N所高水平研究型院校。']],
    ['力争培养大批合格的法律人才。', ['力争培养N名合格的法律人才。']],
    // The head noun counts, not a noun it governs; with no head among the count nouns, the last one before the phrase's end.
    ['——认定一批企业技术中心。', ['——认定N个企业技术中心。']],
    ['力争在“十四五”末若干学科领域达到世界一流水平。', ['力争在“十四五”末N个学科领域达到世界一流水平。']],
    ['力争在一些关系国民经济命脉和国家安全的关键技术领域取得突破。', ['力争在N个关系国民经济命脉和国家安全的关键技术领域取得突破。']],
    ['到2027年，一大批创新联合体启动运行。', ['到2027年，N个创新联合体启动运行。']],
    // A 的 after the word goes with it.
    ['到2025年，培育一定数量的单项冠军企业。', ['到2025年，培育N家单项冠军企业。']],
    ['力争吸引众多的专精特新企业落户。', ['力争吸引N家专精特新企业落户。']],
    ['——产品远销多个国家和地区。', ['——产品远销N个国家和地区。']],
    // A measure word written after it is kept in the amount to fill, whichever it is.
    ['做大做强创新载体，争取布局若干个国家重大创新平台。', ['做大做强创新载体，争取布局N个国家重大创新平台。']],
    ['2、专业结构持续优化，新增若干个紧缺急需专业点。', ['2、专业结构持续优化，新增N个紧缺急需专业点。']],
    ['力争引进若干家总部企业。', ['力争引进N家总部企业。']],
    ['——组织实施若干项目。', ['——组织实施N个项目。']],
    // Traditional characters, read as the check reads them; the measure word is written simplified, as every placeholder form is.
    ['支持建設數據標註基地，培育一批數據標註骨幹企業。', ['支持建設數據標註基地，培育N家數據標註骨幹企業。']],
    ['——海洋科技創新能力持續增強，建設多個省級以上海洋科技創新平臺。', ['——海洋科技創新能力持續增強，建設N个省級以上海洋科技創新平臺。']],
    // Several: one fix each.
    ['建成一批示范园区和若干重点企业', ['建成N个示范园区和若干重点企业', '建成一批示范园区和N家重点企业']],
    [
      '到2027年，培育一批龙头企业，建设一批创新平台和一批公共服务平台。',
      [
        '到2027年，培育N家龙头企业，建设一批创新平台和一批公共服务平台。',
        '到2027年，培育一批龙头企业，建设N个创新平台和一批公共服务平台。',
        '到2027年，培育一批龙头企业，建设一批创新平台和N个公共服务平台。',
      ],
    ],
    // None that counts: a scale or a rate, the end of a phrase, an ordinal, a title, part of another word.
    ['一批重点产业链产值显著提升。', []],
    ['——低空经济产业规模显著提升。', []],
    ['——产业集群内企业众多。', []],
    ['力争实际执行的结果更好一些。', []],
    ['到2027年，第一批试点任务全面完成。', []],
    ['到2026年，同一批次项目全部完工。', []],
    ['力争统一批准流程。', []],
    ['到2027年，扩大批零住餐等传统消费。', []],
    ['力争为群众多办实事。', []],
    ['力争做大批发业。', []],
    ['到2026年，全面落实《关于促进民营经济发展的若干措施》。', []],
  ];
  for (const [statement, after] of table) {
    it(`${statement} → ${after.join(' | ') || 'none'}`, () => {
      const range = { start: { line: 0, column: 0 }, end: { line: 0, column: statement.length } };
      const found = replaceVagueAmounts(statement, range);
      assert.deepEqual(
        found.map(({ edit }) => statement.slice(0, edit.range.start.column) + edit.newText + statement.slice(edit.range.end.column)),
        after,
      );
      for (const { edit, word } of found) {
        assert.equal(statement.slice(edit.range.start.column, edit.range.end.column), word);
        assert.equal(edit.cursor, 0, 'the cursor on N');
        assert.match(edit.snippet, /^\$\{1:N\}\$\{2:[家个项名条所]\}$/);
      }
    });
  }

  const findingsOf = (draft: string) => lintDraft(draft, defaultSettings).findings.filter((f) => f.code === 'unquantified-target');

  it('is the preferred fix of the finding, which stays until a number is written', () => {
    const draft = '二、发展目标\n\n到2027年，培育一批软件和信息服务企业。\n';
    const [finding] = findingsOf(draft);
    const [fix] = fixesOf(draft, finding!);
    assert.equal(fix?.kind, 'replace-vague-amount');
    assert.equal(fix?.label, '一批');
    assert.equal(fix?.preferred, true);
    assert.equal(fixTitle(englishMessages, fix!), 'Write N家 for 一批 and fill in the number');
    const filled = draft.replace('一批', fix!.edits[0]!.newText);
    assert.equal(filled, '二、发展目标\n\n到2027年，培育N家软件和信息服务企业。\n');
    assert.equal(findingsOf(filled).length, 1, filled);
    assert.equal(findingsOf(filled.replace('N家', '50家')).length, 0);
  });

  it('offers one fix per vague amount, none preferred, each titled with the words it counts', () => {
    const draft = '二、发展目标\n\n到2027年，培育一批龙头企业，建设一批创新平台和一批公共服务平台。\n';
    const [finding] = findingsOf(draft);
    const fixes = fixesOf(draft, finding!);
    assert.deepEqual(
      fixes.map((f) => [f.kind, f.preferred, fixTitle(englishMessages, f)]),
      [
        ['replace-vague-amount', false, 'Write N家龙头企业 for 一批龙头企业 and fill in the number'],
        ['replace-vague-amount', false, 'Write N个创新平台 for 一批创新平台 and fill in the number'],
        ['replace-vague-amount', false, 'Write N个公共服务平台 for 一批公共服务平台 and fill in the number'],
      ],
    );
    // Each fix applied alone leaves the finding; numbers in every place clear it.
    for (const fix of fixes) {
      const [edit] = fix.edits;
      const line = draft.split('\n')[2]!;
      const filled = draft.replace(line, line.slice(0, edit!.range.start.column) + edit!.newText + line.slice(edit!.range.end.column));
      assert.equal(findingsOf(filled).length, 1, filled);
    }
    assert.equal(findingsOf(draft.replace('一批龙头企业', '20家龙头企业')).length, 0);
  });

  it('stays linear on a run-on page of vague amounts', () => {
    const statement = `${'一批'.repeat(100_000)}企业。`;
    const found = replaceVagueAmounts(statement, { start: { line: 0, column: 0 }, end: { line: 0, column: statement.length } });
    assert.deepEqual(
      found.map(({ edit }) => edit.range.start.column),
      [statement.length - 5],
    );
    const counted = `${'培育一批企业'.repeat(50_000)}。`;
    assert.equal(replaceVagueAmounts(counted, { start: { line: 0, column: 0 }, end: { line: 0, column: counted.length } }).length, 8, 'at most eight fixes');
    assert.equal(ownQuantityForm(`${'等'.repeat(200_000)}企业等${'等'.repeat(200_000)}`).unit, '家');
  });
});
