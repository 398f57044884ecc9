import * as assert from 'node:assert/strict';
import { adaptJurisdiction, precedentForInsert, sourceNote } from '../../../src/core/precedents/insertPrecedent';
import { readLines } from '../../../src/core/structure/lines';

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
