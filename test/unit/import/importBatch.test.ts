import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/run';
import { parseCorpusDocument } from '../../../src/core/corpus/corpusDocument';
import { MetaTableError, parseMetaTable } from '../../../src/core/import/metaTable';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => void (out += t), err: (t) => void (err += t), bundleDir: tmpdir() });
  return { code, out, err };
}

/** A saved page of a city portal: the notice's title in bold over two lines, a table, chrome. */
const htmlPage = `<html><head><script>track()</script></head><body><div class="crumb">当前位置：首页 &gt; 政策文件</div>
<div id="zoom"><p><b>某某市人民政府办公室关于印发</b></p><p><b>《某某市氢能产业发展行动计划（2024—2026年）》的通知</b></p>
<p>各区人民政府，市政府各部门：</p><p>《某某市氢能产业发展行动计划（2024—2026年）》已经市政府同意，现印发给你们，请认真贯彻执行。</p>
<p>一、发展目标</p><p>到2026年，全市建成加氢站20座以上，推广燃料电池汽车1000辆。</p>
<table><tr><td>指标</td><td>2026年</td></tr><tr><td>加氢站（座）</td><td>20</td></tr></table>
</div><div>分享到：微信 微博</div></body></html>`;

/** A dataset's copy of a notice with every line break lost. */
const runOn =
  '某某省人民政府关于加快发展银发经济的实施意见各市人民政府，省政府各部门：为积极应对人口老龄化，现提出如下实施意见。一、总体要求到2027年，全省养老机构护理型床位占比达到65%以上。二、重点任务（一）发展社区助餐服务。每个街道建成1个以上老年助餐点。（二）培育康复辅具产业。支持企业研发适老化产品，建设产业园区。';

describe('import: metadata table', () => {
  const bad: [string, string, RegExp][] = [
    ['no file column', 'name\tlevel\na.txt\t省级\n', /must name the columns, one of them `file`/],
    ['an unknown level', 'file\tlevel\na.txt\t乡级\n', /line 2: level: level '乡级' is not one of/],
    ['a bad date', 'file\tdate\na.txt\t2024/3/8\n', /line 2: date: date must be YYYY-MM-DD/],
    ['a bad id', 'file\tid\na.txt\tA B\n', /line 2: id: id must be lower-case/],
    ['a file described twice', 'file\tlevel\na.txt\t省级\na.txt\t市级\n', /line 3: a.txt is already described on line 2/],
    ['a row longer than the header', 'file\tlevel\na.txt\t省级\t多余\n', /line 2: 3 cells for 2 columns/],
    ['an unclosed quote', 'file\ttitle\na.txt\t"未闭合\n', /not a readable TSV table/],
    ['a column twice', 'file\tlevel\tlevel\na.txt\t省级\t市级\n', /`level` appears twice/],
  ];
  for (const [name, table, message] of bad) {
    it(`refuses ${name} with the line and column named`, () => {
      assert.throws(
        () => parseMetaTable(table, 'meta.tsv'),
        (error: unknown) => error instanceof MetaTableError && message.test(error.message),
      );
    });
  }

  it('reads aliases, quoted cells with line breaks, CSV, and lists the columns it ignores', () => {
    const tsv = parseMetaTable(
      'file\tlevel\tkind\tregion\tnotes\tperiod\na.txt\t中央\t政府工作报告\t全国\t"两行\n备注"\t2021-2025\nb.txt\t省级(直辖市)\t行动计划\t上海\t\t\n',
      'index.tsv',
    );
    assert.deepEqual(tsv.ignoredColumns, ['notes']);
    assert.deepEqual(tsv.rows.get('a.txt'), { file: 'a.txt', line: 2, options: { level: '国家级', region: '全国', period: { from: 2021, to: 2025 } }, genre: '政府工作报告' });
    assert.deepEqual(tsv.rows.get('b.txt')?.line, 4);
    assert.equal(tsv.rows.get('b.txt')?.options.kind, '行动计划');
    const csv = parseMetaTable('file,issuer,level\n"x, y.txt",某某市人民政府,市级\n', 'meta.csv');
    assert.equal(csv.rows.get('x, y.txt')?.options.issuer, '某某市人民政府');
  });
});

describe('import: batch CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-draft-batch-'));
    mkdirSync(join(dir, 'pages', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'pages', '氢能通知.html'), htmlPage);
    writeFileSync(join(dir, 'pages', 'sub', 'silver-economy.txt'), runOn);
    writeFileSync(join(dir, 'pages', 'empty.txt'), '');
    writeFileSync(join(dir, 'pages', 'broken.docx'), 'not a zip');
    writeFileSync(join(dir, 'pages', 'notes.csv'), 'ignored');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a folder: outputs named after inputs, facts from the table, 未载明 reported, bad files skipped with exit 1', async () => {
    writeFileSync(
      join(dir, 'meta.tsv'),
      'file\tlevel\tregion\ttitle\tid\tdomain\n氢能通知.html\t市级\t某某市\tHydrogen notice\t\t能源\nsub/silver-economy.txt\t省级\t某某省\t\tsilver-2024\t养老\n',
    );
    const out = join(dir, 'out');
    const { code, out: stdout, err } = await cli(['import', '--meta', join(dir, 'meta.tsv'), '--out', out, join(dir, 'pages')]);
    assert.equal(code, 1, stdout + err);
    assert.match(stdout, /columns not in the front matter, ignored: domain/);
    assert.match(stdout, /imported 2 of 4 files into .*; 2 skipped/);
    assert.match(err, /skipped .*empty\.txt: .*empty/);
    assert.match(err, /skipped .*broken\.docx: .*Word/);

    const html = parseCorpusDocument(readFileSync(join(out, '氢能通知.md'), 'utf8'), 'html');
    assert.equal(html.meta.title, '某某市氢能产业发展行动计划（2024—2026年）', "the text's title, not the table's");
    assert.equal(html.meta.level, '市级');
    assert.equal(html.meta.kind, '行动计划');
    const body = html.lines.slice(html.bodyLine).join('\n');
    for (const gone of ['<', '&gt;', '当前位置', '分享到', 'track']) assert.ok(!body.includes(gone), `no ${gone}`);
    assert.match(body, /\| 加氢站（座） \| 20 \|/);

    const silver = parseCorpusDocument(readFileSync(join(out, 'silver-2024.md'), 'utf8'), 'run-on');
    assert.equal(silver.meta.title, '某某省人民政府关于加快发展银发经济的实施意见');
    assert.equal(silver.meta.region, '某某省');
    assert.ok(silver.lines.includes('## 二、重点任务'));
    assert.ok(silver.lines.includes('（一）发展社区助餐服务。每个街道建成1个以上老年助餐点。'));
    assert.ok(!existsSync(join(out, 'notes.md')), 'a .csv is not a page');
  });

  it('writes a fact nobody states as 未载明 and says so', async () => {
    const out = join(dir, 'out');
    writeFileSync(join(dir, 'meta.csv'), 'file,level\nplain.txt,区级\n');
    writeFileSync(join(dir, 'plain.txt'), '一、工作目标\n到2025年，建成社区食堂10个。\n二、保障措施\n加强组织领导，明确责任分工。');
    const { code, out: stdout } = await cli(['import', '--meta', join(dir, 'meta.csv'), '--out', out, join(dir, 'plain.txt')]);
    assert.equal(code, 0);
    assert.match(stdout, /未载明: .*issuer/);
    assert.match(stdout, /未载明: .*region/);
    assert.match(stdout, /written as 未载明 .*issuer in 1/);
    const doc = parseCorpusDocument(readFileSync(join(out, 'plain.md'), 'utf8'), 'plain');
    assert.equal(doc.meta.issuer, '未载明');
    assert.equal(doc.meta.level, '区级');
  });

  it('skips a file whose level nobody states, and keeps going', async () => {
    writeFileSync(join(dir, 'a.txt'), '一、工作目标\n到2025年，建成社区食堂10个。');
    const { code, out, err } = await cli(['import', '--out', join(dir, 'out'), join(dir, 'a.txt'), join(dir, 'pages', 'sub')]);
    assert.equal(code, 1);
    assert.match(err, /skipped .*a\.txt: the level is not stated/);
    assert.match(out, /imported 1 of 2 files/);
  });

  it('exits 2 on a bad table before importing anything', async () => {
    writeFileSync(join(dir, 'meta.tsv'), 'file\tlevel\n氢能通知.html\t乡级\n');
    const { code, err } = await cli(['import', '--meta', join(dir, 'meta.tsv'), '--out', join(dir, 'out'), join(dir, 'pages')]);
    assert.equal(code, 2);
    assert.match(err, /meta\.tsv line 2: level/);
    assert.ok(!existsSync(join(dir, 'out')));
  });
});
