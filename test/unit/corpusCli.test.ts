import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { formatCorpusDocument, parseCorpusDocument } from '../../src/core/corpus/corpusDocument';
import { buildCorpusIndex } from '../../src/core/corpus/corpusIndex';
import type { CorpusMeta } from '../../src/core/corpus/corpusMeta';
import { parsePlan } from '../../src/core/parsing/parsePlan';
import { buildDocx } from './userCorpus/docxFixture';

async function cli(args: string[], bundleDir: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t), bundleDir });
  return { code, out, err };
}

const meta: CorpusMeta = {
  id: 'fixture-zj',
  title: '某某省人民政府办公厅关于加快生命健康科技创新发展的实施意见',
  issuer: '某某省人民政府办公厅',
  region: '某某省',
  level: '省级',
  kind: '实施意见',
  source: '测试用文本',
  corrections: [],
};
const body = [
  '# 某某省人民政府办公厅关于加快生命健康科技创新发展的实施意见',
  '## 二、重点任务',
  '（一）加强核心技术攻关。',
  '1.强化前沿基础研究。组织实施重大基础研究项目。（责任单位：省科技厅、省财政厅）',
  '2.实施关键核心技术攻关。到2025年，每年启动不少于50个项目。（责任单位：省科技厅）',
].join('\n\n');

describe('corpus CLI', () => {
  let root: string;
  let dist: string;
  const corpusFile = (): string => join(root, 'corpus', 'fixture-zj.md');

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'policy-draft-corpus-'));
    dist = join(root, 'dist');
    mkdirSync(dist);
    mkdirSync(join(root, 'corpus'));
    const text = formatCorpusDocument(meta, body);
    writeFileSync(corpusFile(), text);
    const index = buildCorpusIndex([{ file: 'fixture-zj.md', text, document: parseCorpusDocument(text, 'fixture-zj.md') }], parsePlan);
    writeFileSync(join(dist, 'corpus-index.json'), JSON.stringify(index));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('--json prints each document with its clause, unit and target counts', async () => {
    const { code, out } = await cli(['corpus', '--json'], dist);
    assert.equal(code, 0);
    const [doc, ...rest] = JSON.parse(out) as Record<string, unknown>[];
    assert.equal(rest.length, 0);
    assert.equal(doc!.id, 'fixture-zj');
    assert.equal(doc!.title, meta.title);
    assert.equal(doc!.level, '省级');
    assert.ok((doc!.clauses as number) >= 3, 'part, section and two items');
    assert.equal(doc!.units, 2);
    assert.ok((doc!.targets as number) >= 1);
  });

  it('prints a readable table without --json', async () => {
    const { code, out } = await cli(['corpus'], dist);
    assert.equal(code, 0);
    const [header, row] = out.trimEnd().split('\n');
    assert.match(header!, /^id\s+级别\s+类型\s+条款\s+责任单位\s+目标\s+标题$/);
    assert.match(row!, /^fixture-zj\s+省级\s+实施意见\s+\d+\s+2\s+\d+\s+某某省人民政府办公厅/);
  });

  const failures: [string, (dir: string) => void, string[], RegExp][] = [
    ['an unknown option', () => undefined, ['corpus', '--yaml'], /corpus takes only --json/],
    ['a missing index', (dir) => rmSync(join(dir, 'corpus-index.json')), ['corpus'], /cannot read the corpus index .*npm run build/],
    ['a truncated index', (dir) => writeFileSync(join(dir, 'corpus-index.json'), readFileSync(join(dir, 'corpus-index.json'), 'utf8').slice(0, 500)), ['corpus'], /not valid JSON/],
    [
      'a corpus edited after the build',
      (dir) => writeFileSync(join(dir, '..', 'corpus', 'fixture-zj.md'), formatCorpusDocument(meta, `${body}\n\n3.新增一条任务。`)),
      ['corpus', '--json'],
      /stale|other corpus files/,
    ],
  ];
  for (const [name, breakIt, args, message] of failures) {
    it(`exits 2 with a clear message on ${name}`, async () => {
      breakIt(dist);
      const { code, out, err } = await cli(args, dist);
      assert.equal(code, 2);
      assert.equal(out, '');
      assert.match(err, message);
    });
  }
});

describe('import CLI', () => {
  let dir: string;
  const fixture = (name: string): string => join(__dirname, '../fixtures/import', name);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-draft-import-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes <out>/<id>.md and says what it removed', async () => {
    const { code, out } = await cli(['import', fixture('gov-notice-traditional.txt'), '--out', dir, '--id', 'smart-mfg'], dir);
    assert.equal(code, 0);
    const doc = parseCorpusDocument(readFileSync(join(dir, 'smart-mfg.md'), 'utf8'), 'smart-mfg.md');
    assert.equal(doc.meta.kind, '行动方案');
    assert.match(out, /wrote .*smart-mfg\.md/);
    assert.match(out, /spam 2/);
  });

  it('reads a GBK page and detects what it states', async () => {
    const { code } = await cli(['import', fixture('gbk-page.txt'), '--out', dir], dir);
    assert.equal(code, 0);
    const doc = parseCorpusDocument(readFileSync(join(dir, 'gbk-page.md'), 'utf8'), 'gbk-page.md');
    assert.deepEqual([doc.meta.title, doc.meta.issuer, doc.meta.level, doc.meta.kind], ['某某市人民政府关于推进数字乡村建设的实施意见', '某某市人民政府', '市级', '实施意见']);
    assert.ok(doc.lines.includes('到2025年，全市行政村5G网络覆盖率达到95%以上。'));
  });

  it('takes the facts a page does not state from options', async () => {
    const { code } = await cli(
      ['import', fixture('docx-share-hardwrapped.txt'), '--out', dir, '--issuer', '未载明', '--region', '某某市', '--level', '市级', '--period=2024-2025'],
      dir,
    );
    assert.equal(code, 0);
    const doc = parseCorpusDocument(readFileSync(join(dir, 'docx-share-hardwrapped.md'), 'utf8'), 'x.md');
    assert.deepEqual(doc.meta.period, { from: 2024, to: 2025 });
    assert.equal(doc.meta.region, '某某市');
  });

  it('imports a Word file as the editor does', async () => {
    const docx = join(dir, '低空经济.docx');
    writeFileSync(
      docx,
      await buildDocx([
        { kind: 'title', text: '某市低空经济高质量发展三年行动方案' },
        { kind: 'numbered', level: 0, text: '重点任务' },
        { kind: 'numbered', level: 1, text: '建设无人机物流配送网络，开通城市低空配送航线20条。' },
      ]),
    );
    const { code, err } = await cli(['import', docx, '--out', dir, '--id', 'low-altitude', '--issuer', '某市人民政府', '--region', '某市', '--level', '市级'], dir);
    assert.equal(code, 0, err);
    const doc = parseCorpusDocument(readFileSync(join(dir, 'low-altitude.md'), 'utf8'), 'low-altitude.md');
    assert.equal(doc.meta.title, '某市低空经济高质量发展三年行动方案');
    assert.ok(doc.lines.some((line) => line.includes('开通城市低空配送航线20条')));
  });

  const failures: [string, (file: string) => string[], RegExp][] = [
    ['no file', () => ['import'], /import needs a file/],
    ['an unknown option', (f) => ['import', f, '--colour'], /unknown option '--colour'/],
    ['a missing file', () => ['import', '/nonexistent/page.txt', '--id', 'x'], /cannot read .*no such file/],
    ['a bad --id', (f) => ['import', f, '--id', 'A B'], /--id 'A B' is not an id/],
    ['an id that cannot be made', (f) => ['import', f.replace('docx-share-hardwrapped', '网页'), '--out', '/tmp'], /pass --id|cannot read/],
    ['a bad level', (f) => ['import', f, '--level', '乡级'], /--level must be one of/],
    ['facts the page does not state', (f) => ['import', f, '--out', '/tmp/never', '--id', 'x'], /does not state issuer.*--issuer/s],
  ];
  for (const [name, args, message] of failures) {
    it(`exits 2 on ${name}`, async () => {
      const { code, err } = await cli(args(fixture('docx-share-hardwrapped.txt')), dir);
      assert.equal(code, 2);
      assert.match(err, message);
    });
  }

  it('refuses an empty or binary file and never overwrites without --force', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    assert.match((await cli(['import', empty, '--out', dir], dir)).err, /empty/);
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    assert.match((await cli(['import', binary, '--out', dir], dir)).err, /binary/);
    const args = ['import', fixture('gov-notice-traditional.txt'), '--out', dir, '--id', 'twice'];
    assert.equal((await cli(args, dir)).code, 0);
    const again = await cli(args, dir);
    assert.equal(again.code, 2);
    assert.match(again.err, /exists; pass --force/);
    assert.equal((await cli([...args, '--force'], dir)).code, 0);
  });
});
