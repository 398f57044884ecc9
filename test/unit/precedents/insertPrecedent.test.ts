import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes } from '../../../src/core/checks/applyFixes';
import { renumberEdits } from '../../../src/core/checks/numberingSequence';
import { adaptJurisdiction, insertionEdits, precedentForInsert, sourceNote } from '../../../src/core/precedents/insertPrecedent';
import { readLines } from '../../../src/core/structure/lines';
import { buildOutline } from '../../../src/core/structure/outline';

const draft = [
  '# 某市数字经济发展行动方案',
  '',
  '## 三、重点任务',
  '',
  '（一）夯实数字基础设施',
  '',
  '1. 建设算力平台。统筹布局智能算力中心。（责任单位：市数据局）',
  '',
  '2. 发放算力券。支持中小企业使用算力资源。（责任单位：市经信局）',
  '',
  '',
  '（二）壮大数字产业',
  '',
  '',
].join('\n');
const city = { level: '市' as const, region: '某市' };
const lineOf = (text: string): number => draft.split('\n').indexOf(text);

describe('inserting a precedent', () => {
  const precedent = '（三）加快生物医药产业集聚。支持全省生物医药产业园区建设，我省各设区市予以配套。（责任单位：省发展改革委）';

  const table: { at: number; what: string; starts: string }[] = [
    { at: lineOf('2. 发放算力券。支持中小企业使用算力资源。（责任单位：市经信局）') + 1, what: 'after item 2.', starts: '3. 加快生物医药产业集聚。' },
    { at: lineOf('1. 建设算力平台。统筹布局智能算力中心。（责任单位：市数据局）'), what: 'on item 1.', starts: '2. 加快' },
    { at: lineOf('（二）壮大数字产业') + 1, what: 'under the heading （二） with no item yet', starts: '1. 加快' },
    { at: lineOf('## 三、重点任务') + 1, what: 'under the part heading 三、', starts: '（一）加快' },
    { at: 1, what: 'above any numbering', starts: '（三）加快' },
  ];
  for (const { at, what, starts } of table) {
    it(`takes the number of the run where it lands: ${what} → ${starts}`, () => {
      const text = precedentForInsert(precedent, { draft, line: at, place: city });
      assert.ok(text.startsWith(starts), text);
      assert.ok(!text.includes('（三）') || starts.startsWith('（三）'), text);
    });
  }

  it("follows the draft's own marker form: `1、` goes on as `3、`, `（２）` as `（3）` (digits as the standard writes them)", () => {
    const own = '# 某区养老服务实施方案\n\n（一）完善服务网络\n\n1、建设街道综合养老服务中心。\n\n2、推进家庭养老床位建设。\n';
    assert.ok(precedentForInsert('4. 发展社区嵌入式养老。', { draft: own, line: 6, place: { level: '区' } }).startsWith('3、发展社区嵌入式养老。'));
    const wide = '（１）建设。\n（２）推进。\n';
    assert.equal(precedentForInsert('（5）发展社区嵌入式养老。', { draft: wide, line: 1, place: {} }), '（3）发展社区嵌入式养老。');
  });

  it("writes the whole jurisdiction in the draft's level, and leaves 全省域-like words alone", () => {
    const text = precedentForInsert(precedent, { draft, line: 9, place: city });
    assert.ok(text.includes('支持全市生物医药产业园区建设，我市各设区市予以配套'), text);
    assert.ok(text.endsWith('（责任单位：市发展改革委）'), `the note's body in the draft's level: ${text}`);
    assert.equal(adaptJurisdiction('全省域推进，全市场主体，全区居民，本省实际', '县'), '全省域推进，全市场主体，全县居民，本县实际');
    assert.equal(
      adaptJurisdiction('落实《关于促进全省生物医药产业高质量发展的若干政策措施》，全省推广', '市'),
      '落实《关于促进全省生物医药产业高质量发展的若干政策措施》，全市推广',
    );
  });

  it('keeps the text unchanged where the draft gives no level and no numbering', () => {
    assert.equal(precedentForInsert('支持全省生物医药产业园区建设。', { draft: '', line: 0, place: {} }), '支持全省生物医药产业园区建设。');
  });

  it('adds a comment naming the document and clause on its own line, which the parser ignores', () => {
    const source = { document: '浙江省人民政府关于加快生物医药产业发展的实施意见', path: ['三、重点任务', '（三）加快生物医药产业集聚'] };
    const text = precedentForInsert(precedent, { draft, line: 9, place: city, source });
    const [clause, note] = text.split('\n');
    assert.ok(clause!.startsWith('3. '), clause);
    assert.equal(note, '<!-- 先例来源：《浙江省人民政府关于加快生物医药产业发展的实施意见》 › 三、重点任务 › （三）加快生物医药产业集聚 -->');
    assert.equal(readLines(note!)[0]!.kind, 'ignored');
  });

  it('puts a line break after the note when text follows the cursor, so the comment swallows none of it', () => {
    const source = { document: '某规划', path: [] };
    assert.ok(precedentForInsert('推进。', { draft: '', line: 0, place: {}, source, followedByText: true }).endsWith('-->\n'));
    assert.ok(precedentForInsert('推进。', { draft: '', line: 0, place: {}, source }).endsWith('-->'));
  });

  it('never lets a title end the comment early or run onto a second line', () => {
    const note = sourceNote({ document: '规划 --> <script>', path: ['一、\n总则---'] });
    assert.equal(note.indexOf('-->'), note.length - 3, note);
    assert.ok(!note.includes('\n'), note);
  });
});

/** The draft after the insertion's edits, applied together as the editor applies them (one undo step). */
function inserted(plan: string, at: { line: number; column?: number }, precedent: string): { text: string; edits: number } {
  const position = { line: at.line, column: at.column ?? 0 };
  const edits = insertionEdits(precedent, { draft: plan, range: { start: position, end: position }, place: { level: '市' } });
  // Read from the draft's outline (as the language server does), the edits are the same.
  assert.deepEqual(insertionEdits(precedent, { draft: plan, range: { start: position, end: position }, place: { level: '市' }, outline: buildOutline(plan) }), edits);
  const result = applyFixes(plan, [{ kind: 'renumber', label: '', edits, safe: false }]);
  assert.equal(result.applied, 1, 'the edits never overlap');
  return { text: result.text, edits: edits.length };
}

/** The numbered lines of a plan, each cut to its marker and first four characters: what a drafter checks. */
const numbered = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+(?:\. |、))\p{Script=Han}{4}/u.exec(line.trim())?.[0])
    .filter((marker) => marker !== undefined);

describe('inserting a precedent renumbers the siblings after it, as Word does', () => {
  const plan = [
    '# 某市养老服务体系建设实施方案',
    '',
    '一、重点任务',
    '',
    '（一）完善居家社区养老服务网络。推进街道综合养老服务中心建设。（责任单位：市民政局）',
    '',
    '（二）发展普惠养老服务。',
    '1. 扩大普惠型养老床位供给。（责任单位：市民政局）',
    '2. 推进公办养老机构改革。（责任单位：市民政局）',
    '',
    '（三）加强老年健康服务。推进医养结合。（责任单位：市卫生健康委）',
    '',
    '（四）发展银发经济。培育老年用品产业。（责任单位：市发展改革委）',
    '',
    '（五）强化养老人才支撑。开展养老护理员职业技能培训。（责任单位：市人力社保局）',
    '',
    '二、保障措施',
    '',
    '（一）加强组织领导。建立联席会议制度。',
    '',
    '（二）强化资金保障。统筹用好福彩公益金。',
    '',
  ].join('\n');
  const lineOf = (start: string): number => plan.split('\n').findIndex((line) => line.startsWith(start));
  const precedent = '（二）实施养老服务消费补贴。对全省失能老年人发放养老服务消费券。（责任单位：省民政厅）';

  const table: { what: string; at: { line: number; column?: number }; expected: string[]; edits: number }[] = [
    {
      what: 'in the middle of （一）…（五）, on the blank line after （三）: （四）（五） become （五）（六）, 二、’s run stays',
      at: { line: lineOf('（三）') + 1 },
      expected: [
        '一、重点任务',
        '（一）完善居家',
        '（二）发展普惠',
        '1. 扩大普惠',
        '2. 推进公办',
        '（三）加强老年',
        '（四）实施养老',
        '（五）发展银发',
        '（六）强化养老',
        '二、保障措施',
        '（一）加强组织',
        '（二）强化资金',
      ],
      edits: 3,
    },
    {
      what: 'at the start of the line of （四）: the clause takes its place on a line of its own',
      at: { line: lineOf('（四）') },
      expected: [
        '一、重点任务',
        '（一）完善居家',
        '（二）发展普惠',
        '1. 扩大普惠',
        '2. 推进公办',
        '（三）加强老年',
        '（四）实施养老',
        '（五）发展银发',
        '（六）强化养老',
        '二、保障措施',
        '（一）加强组织',
        '（二）强化资金',
      ],
      edits: 3,
    },
    {
      what: 'at the end of the run, after （五）: nothing else moves',
      at: { line: lineOf('（五）') + 1 },
      expected: [
        '一、重点任务',
        '（一）完善居家',
        '（二）发展普惠',
        '1. 扩大普惠',
        '2. 推进公办',
        '（三）加强老年',
        '（四）发展银发',
        '（五）强化养老',
        '（六）实施养老',
        '二、保障措施',
        '（一）加强组织',
        '（二）强化资金',
      ],
      edits: 1,
    },
    {
      what: 'before the first item, on the blank line under 一、',
      at: { line: lineOf('一、') + 1 },
      expected: [
        '一、重点任务',
        '（一）实施养老',
        '（二）完善居家',
        '（三）发展普惠',
        '1. 扩大普惠',
        '2. 推进公办',
        '（四）加强老年',
        '（五）发展银发',
        '（六）强化养老',
        '二、保障措施',
        '（一）加强组织',
        '（二）强化资金',
      ],
      edits: 6,
    },
    {
      what: 'before the first item of the next part: only 二、’s run moves',
      at: { line: lineOf('（一）加强组织') },
      expected: [
        '一、重点任务',
        '（一）完善居家',
        '（二）发展普惠',
        '1. 扩大普惠',
        '2. 推进公办',
        '（三）加强老年',
        '（四）发展银发',
        '（五）强化养老',
        '二、保障措施',
        '（一）实施养老',
        '（二）加强组织',
        '（三）强化资金',
      ],
      edits: 3,
    },
    {
      what: 'in front of item 2. under （二）: the item run moves, the sections stay',
      at: { line: lineOf('2. 推进') },
      expected: [
        '一、重点任务',
        '（一）完善居家',
        '（二）发展普惠',
        '1. 扩大普惠',
        '2. 实施养老',
        '3. 推进公办',
        '（三）加强老年',
        '（四）发展银发',
        '（五）强化养老',
        '二、保障措施',
        '（一）加强组织',
        '（二）强化资金',
      ],
      edits: 1,
    },
    {
      what: 'in front of item 1. under （二）: its number is rewritten in the same edit as the clause',
      at: { line: lineOf('1. 扩大') },
      expected: [
        '一、重点任务',
        '（一）完善居家',
        '（二）发展普惠',
        '1. 实施养老',
        '2. 扩大普惠',
        '3. 推进公办',
        '（三）加强老年',
        '（四）发展银发',
        '（五）强化养老',
        '二、保障措施',
        '（一）加强组织',
        '（二）强化资金',
      ],
      edits: 2,
    },
  ];
  for (const { what, at, expected, edits } of table) {
    it(what, () => {
      const result = inserted(plan, at, precedent);
      assert.deepEqual(numbered(result.text), expected, result.text);
      assert.equal(result.edits, edits, 'the clause, and one edit per sibling moved (a number where the clause goes is in its edit)');
      assert.deepEqual(renumberEdits(result.text), [], 'the 重新编号 command finds nothing left to renumber');
      assert.ok(result.text.includes('对全市失能老年人'), result.text);
    });
  }

  it('keeps the forms `1.` and `1、` of the run it lands in, for the clause and the items it moves', () => {
    const dotted = '# 某区数字经济行动方案\n\n一、主要任务\n\n1. 建设算力平台。\n\n2. 发放算力券。\n\n3. 培育数据要素市场。\n';
    assert.deepEqual(numbered(inserted(dotted, { line: 5 }, '（三）推进工业互联网平台建设。').text), ['一、主要任务', '1. 建设算力', '2. 推进工业', '3. 发放算力', '4. 培育数据']);
    const commas = '# 某区数字经济行动方案\n\n一、主要任务\n\n1、建设算力平台。\n\n2、发放算力券。\n';
    assert.deepEqual(numbered(inserted(commas, { line: 3 }, '4. 推进工业互联网平台建设。').text), ['一、主要任务', '1、推进工业', '2、建设算力', '3、发放算力']);
  });

  it('moves items numbered on through the next sections too (tasks 1.–5. over （一）–（三）), up to a list that starts again', () => {
    const tasks = [
      '# 某市生物医药产业创新发展行动方案',
      '',
      '一、重点任务',
      '',
      '（一）强化金融支撑',
      '1. 推进新药贷等金融产品创新试点。（责任单位：市地方金融监管局）',
      '2. 设立生物医药产业投资基金。（责任单位：市财政局）',
      '（二）完善监测评估',
      '3. 建立产业统计监测制度。（责任单位：市统计局）',
      '4. 开展重点任务年度评估。（责任单位：市发展改革委）',
      '（三）优化产业生态',
      '5. 建设公共技术服务平台。（责任单位：市科技局）',
      '',
      '二、保障措施',
      '',
      '（一）加强组织领导',
      '1. 建立联席会议制度。（责任单位：市发展改革委）',
      '',
    ].join('\n');
    const result = inserted(tasks, { line: 6 }, '（三）实施创新药首发支持计划。（责任单位：省科技厅）');
    assert.deepEqual(numbered(result.text), [
      '一、重点任务',
      '（一）强化金融',
      '1. 推进新药',
      '2. 实施创新',
      '3. 设立生物',
      '（二）完善监测',
      '4. 建立产业',
      '5. 开展重点',
      '（三）优化产业',
      '6. 建设公共',
      '二、保障措施',
      '（一）加强组织',
      '1. 建立联席',
    ]);
    assert.deepEqual(renumberEdits(result.text), [], 'the 重新编号 command finds nothing left to renumber');
  });

  it('moves nothing for an unnumbered clause', () => {
    const edits = insertionEdits('支持全省生物医药产业园区建设。', { draft: plan, range: { start: { line: 5, column: 0 }, end: { line: 5, column: 0 } }, place: { level: '市' } });
    assert.deepEqual(
      edits.map((edit) => edit.newText),
      ['支持全市生物医药产业园区建设。'],
    );
  });

  it('keeps CRLF line ends and a source note on its own line', () => {
    const crlf = '# 某市行动方案\r\n\r\n一、主要任务\r\n\r\n（一）建设算力平台。\r\n（二）发放算力券。\r\n';
    const edits = insertionEdits('（五）推进工业互联网平台建设。', {
      draft: crlf,
      range: { start: { line: 5, column: 0 }, end: { line: 5, column: 0 } },
      place: {},
      source: { document: '某省数字经济规划', path: ['一、重点任务'] },
    });
    const text = applyFixes(crlf, [{ kind: 'renumber', label: '', edits, safe: false }]).text;
    assert.equal(
      text,
      '# 某市行动方案\r\n\r\n一、主要任务\r\n\r\n（一）建设算力平台。\r\n（二）推进工业互联网平台建设。\r\n<!-- 先例来源：《某省数字经济规划》 › 一、重点任务 -->\r\n（三）发放算力券。\r\n',
    );
  });
});

describe('inserting a precedent into the files that once broke the tool (../shared/hostile-inputs)', function () {
  this.timeout(60_000);
  const hostile = join(process.cwd(), '..', 'shared', 'hostile-inputs');
  const files = existsSync(hostile) ? readdirSync(hostile).filter((name) => /\.(md|txt)$/u.test(name) && name !== 'README.md') : [];
  before(function () {
    if (files.length === 0) {
      console.log(`      (skipped: ${hostile} is absent)`);
      this.skip();
    }
  });

  it('inserts at the start, the middle and the end of each: one non-overlapping change, the clause once, in seconds', () => {
    const precedent = '（三）加快生物医药产业集聚。支持全省生物医药产业园区建设。（责任单位：省发展改革委）';
    for (const file of files) {
      const draft = readFileSync(join(hostile, file), 'utf8');
      const lines = draft.split(/\r\n|\r|\n/u).length;
      for (const line of [0, Math.floor(lines / 2), lines - 1]) {
        const started = performance.now();
        const edits = insertionEdits(precedent, { draft, range: { start: { line, column: 0 }, end: { line, column: 0 } }, place: { level: '市' } });
        const result = applyFixes(draft, [{ kind: 'renumber', label: '', edits, safe: false }]);
        const ms = performance.now() - started;
        assert.equal(result.applied, 1, `${file}:${line}`);
        assert.equal(result.text.split('加快生物医药产业集聚').length, draft.split('加快生物医药产业集聚').length + 1, `${file}:${line}`);
        assert.ok(ms < 5000, `${file}:${line} took ${Math.round(ms)} ms`);
      }
    }
  });
});
