import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LintRecord } from '../../src/cli/commands/lint';
import { run } from '../../src/cli/run';

/**
 * The files of `../shared/hostile-inputs/` that once crashed, hung or misreported, each through the
 * command that broke on it, within a time budget far under what it took then (README there). The
 * budgets are generous for a loaded machine; `npm run bench` holds the real figures.
 */
const hostile = join(process.cwd(), '..', 'shared', 'hostile-inputs');
const present = existsSync(hostile);

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string; ms: number }> {
  let out = '';
  let err = '';
  const started = performance.now();
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t), bundleDir: join(__dirname, '../../dist') });
  return { code, out, err, ms: performance.now() - started };
}

describe('hostile inputs (../shared/hostile-inputs)', function () {
  this.timeout(60_000);
  before(function () {
    if (!present) {
      console.log(`      (skipped: ${hostile} is absent)`);
      this.skip();
    }
  });

  const slowLints: [string, number][] = [
    // file, budget in ms: the 5 s for a whole CLI run (it took: 31–44 s, 2 s, 7–60+ s, 13–120+ s, 8.6 s)
    ['R03a-strive-spaces-100k.md', 5000],
    ['R03a-strive-stars-100k.md', 5000],
    ['R03a-goal-spaces-100k.md', 5000],
    ['R03a-fuzz-feff-run.md', 5000],
    ['R03b-table-dunhao-30k.md', 5000],
    ['R03b-table-dunhao-100k.md', 5000],
    ['R03c-goal-item-paras-8000.md', 5000],
    ['R03c-goal-item-paras-1mb.md', 8000],
    ['R03d-suppress-open-close.txt', 5000],
  ];
  for (const [file, budget] of slowLints) {
    it(`lint ${file} within ${budget} ms`, async () => {
      const { code, ms, err } = await cli('lint', '--json', join(hostile, file));
      assert.ok(code === 0 || code === 1, err);
      assert.ok(ms < budget, `took ${Math.round(ms)} ms`);
    });
  }

  const importFacts = ['--id', 'x', '--title', 'T', '--issuer', 'I', '--region', 'R', '--level', '市级', '--kind', '行动方案', '--force'];
  const wordFiles: [string, RegExp][] = [
    ['R01-docx-gridspan-3e8-oom.docx', /over 200000 cells/],
    ['R01b-docx-gridspan-1e6.docx', /over 200000 cells/],
    ['R02-docx-para-newline-400k.docx', /over 10000 paragraphs/],
    ['R02b-docx-para-prefix-200k.docx', /over 10000 paragraphs/],
  ];
  for (const [file, reason] of wordFiles) {
    it(`import ${file}: refused in plain words, exit 2, within 5 s`, async () => {
      const out = mkdtempSync(join(tmpdir(), 'policy-draft-hostile-'));
      try {
        const { code, err, ms } = await cli('import', join(hostile, file), ...importFacts, '--out', out);
        assert.equal(code, 2);
        assert.match(err, reason);
        assert.ok(ms < 5000, `took ${Math.round(ms)} ms`);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  }

  it('search --corpus over a folder of the hostile Word files: each skipped with its reason, the search answers', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'policy-draft-hostile-'));
    try {
      for (const [file] of wordFiles) copyFileSync(join(hostile, file), join(folder, file));
      const { code, err, ms } = await cli('search', '--corpus', folder, '互联网医院');
      assert.equal(code, 0, err);
      for (const [file, reason] of wordFiles) assert.match(err, new RegExp(`${file.replace(/\./g, '\\.')}: skipped: .*${reason.source}`));
      assert.ok(ms < 8000, `took ${Math.round(ms)} ms`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  for (const folder of ['R04-corpus-spaces', 'R04-corpus-parens', 'R04-corpus-combining']) {
    it(`search --corpus ${folder} within 5 s, and finds its clause`, async () => {
      const { code, out, ms } = await cli('search', '--json', '--corpus', join(hostile, folder), '互联网医院');
      assert.equal(code, 0);
      assert.ok(ms < 5000, `took ${Math.round(ms)} ms`);
      assert.ok(Array.isArray(JSON.parse(out)));
    });
  }

  for (const file of ['R04-import-page-spaces.txt', 'R04-import-page-parens.txt']) {
    it(`import ${file} within 5 s`, async () => {
      const out = mkdtempSync(join(tmpdir(), 'policy-draft-hostile-'));
      try {
        const { code, err, ms } = await cli('import', join(hostile, file), ...importFacts, '--out', out);
        assert.equal(code, 0, err);
        assert.ok(ms < 5000, `took ${Math.round(ms)} ms`);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  }

  it('R08: a directive after a lone CR silences the clause under it, and later lines keep their numbers', async () => {
    const { out } = await cli('lint', '--json', join(hostile, 'R08-suppress-cr-lf-merge.md'));
    // The draft opens at 三、 (a numbering-sequence finding of its own); this is about the directive.
    const records = (JSON.parse(out) as LintRecord[]).filter((r) => r.code === 'missing-responsible-unit');
    assert.deepEqual(
      records.map((r) => [r.line, r.code]),
      [[4, 'missing-responsible-unit']],
    );
    assert.match(records[0]!.message, /完善机制/);
  });

  it('R09: no escape sequence or control character from the text reaches the terminal', async () => {
    const { out, err } = await cli('lint', join(hostile, 'R09-lint-escape-in-text.md'));
    assert.ok(out.length > 0);
    assert.doesNotMatch(out + err, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('R12: a byte-order mark mid-file is zero-width: the heading after it still reads as one', async () => {
    const { out } = await cli('lint', '--json', join(hostile, 'R12-bom-concatenated.md'));
    // 一、 then 三、 is also a numbering-sequence finding; this is about where the heading is read.
    const records = (JSON.parse(out) as LintRecord[]).filter((r) => r.code !== 'numbering-sequence');
    assert.deepEqual(
      records.map((r) => [r.line, r.code]),
      [
        [5, 'unquantified-target'],
        [8, 'missing-responsible-unit'],
        [9, 'missing-responsible-unit'],
      ],
    );
  });
});

describe('hostile inputs made on the spot', function () {
  this.timeout(30_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-draft-hostile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a 1.9 GB sparse draft from its size, without reading it', async () => {
    const big = join(dir, 'big.md');
    writeFileSync(big, '');
    truncateSync(big, 1900 * 2 ** 20);
    const before = process.memoryUsage().rss;
    const { code, err } = await cli('lint', big);
    assert.equal(code, 2);
    assert.match(err, /not checked: 1945600 KB is over the 1024 KB limit/);
    assert.ok(process.memoryUsage().rss - before < 200 * 2 ** 20, 'the file was read into memory');
  });

  it('refuses a 1.9 GB sparse file in a --corpus folder from its size, and searches the rest', async () => {
    writeFileSync(join(dir, 'ok.md'), '# 方案\n\n一、重点任务\n\n1. 推进互联网医院建设。\n');
    writeFileSync(join(dir, 'big.md'), '');
    truncateSync(join(dir, 'big.md'), 1900 * 2 ** 20);
    const before = process.memoryUsage().rss;
    const { code, out, err } = await cli('search', '--json', '--corpus', dir, '互联网医院');
    assert.equal(code, 0);
    assert.match(err, /big\.md: skipped: file is 1900\.0 MB, over the 32\.0 MB limit/);
    assert.ok((JSON.parse(out) as { docId: string }[]).some((hit) => hit.docId.endsWith('/ok.md')));
    assert.ok(process.memoryUsage().rss - before < 200 * 2 ** 20, 'the file was read into memory');
  });

  it('follows a symbolic link to a draft, and walks a linked folder once even when it links back', async () => {
    const real = join(dir, 'real');
    const drafts = join(dir, 'drafts');
    mkdirSync(real);
    mkdirSync(join(drafts, 'sub'), { recursive: true });
    writeFileSync(join(real, 'plan.md'), '一、重点任务\n\n1. 建设平台。\n');
    symlinkSync(join(real, 'plan.md'), join(drafts, 'linked.md'));
    symlinkSync(drafts, join(drafts, 'sub', 'loop'));
    const { code, out, err } = await cli('lint', drafts);
    assert.equal(code, 1, err);
    assert.match(out, /linked\.md:3:1 .*missing-responsible-unit/);
    assert.match(err, /1 finding in 1 file checked/);
  });

  it('prints file names with control characters and line breaks as one safe line', async () => {
    const name = join(dir, 'a\u001b]0;PWNED\u0007\nb.md');
    writeFileSync(name, '一、重点任务\n\n1. 建设平台。\n');
    const { out } = await cli('lint', name);
    assert.equal(out.trimEnd().split('\n').length, 1, out);
    assert.doesNotMatch(out, /[\u0000-\u0009\u000b-\u001f]/);
  });

  /** The built index with `edit` applied and its content hash recomputed, as a tamperer would. */
  function tamperedIndex(edit: (documents: { lines: string[]; plan: { tables: { range: { end: { line: number } } }[]; clauses: unknown[] } }[]) => void): string {
    const index = JSON.parse(readFileSync(join(__dirname, '../../dist/corpus-index.json'), 'utf8')) as { contentHash: string; documents: Parameters<typeof edit>[0] };
    edit(index.documents);
    index.contentHash = createHash('sha256').update(JSON.stringify(index.documents), 'utf8').digest('hex');
    const bundle = join(dir, 'dist');
    mkdirSync(bundle);
    writeFileSync(join(bundle, 'corpus-index.json'), JSON.stringify(index));
    return bundle;
  }

  async function searchWith(bundle: string): Promise<{ code: number; err: string; ms: number }> {
    let err = '';
    const started = performance.now();
    const code = await run(['search', '互联网医院'], { out: () => undefined, err: (t) => (err += t), bundleDir: bundle });
    return { code, err, ms: performance.now() - started };
  }

  it('refuses an index whose hash was recomputed over a table ending at line 2^53 − 1, in plain words', async () => {
    const bundle = tamperedIndex((documents) => {
      const table = documents.find((d) => d.plan.tables.length > 0)!.plan.tables[0]!;
      table.range.end.line = Number.MAX_SAFE_INTEGER;
    });
    const { code, err, ms } = await searchWith(bundle);
    assert.equal(code, 2);
    assert.match(err, /corpus index is malformed: .* refers to line 9007199254740992, past its last line/);
    assert.ok(ms < 5000);
  });

  it('refuses an index whose clauses nest 50,000 deep, without a stack trace', async () => {
    // Written as text: JSON.stringify itself overflows the stack on such nesting.
    const index = JSON.parse(readFileSync(join(__dirname, '../../dist/corpus-index.json'), 'utf8')) as {
      contentHash: string;
      documents: { plan: { clauses: Record<string, unknown>[] } }[];
    };
    const clause = index.documents[0]!.plan.clauses[0]!;
    const [head, tail] = JSON.stringify({ ...clause, children: ['@'] }).split('"@"') as [string, string];
    const nested = head.repeat(50_000) + JSON.stringify({ ...clause, children: [] }) + tail.repeat(50_000);
    index.documents[0]!.plan.clauses = ['@' as unknown as Record<string, unknown>];
    const documents = JSON.stringify(index.documents).replace('"@"', () => nested);
    index.contentHash = createHash('sha256').update(documents, 'utf8').digest('hex');
    const bundle = join(dir, 'dist');
    mkdirSync(bundle);
    writeFileSync(
      join(bundle, 'corpus-index.json'),
      JSON.stringify({ ...index, documents: '@' }).replace('"@"', () => documents),
    );
    const { code, err } = await searchWith(bundle);
    assert.equal(code, 2);
    assert.match(err, /clauses nested 50001 deep/);
    assert.doesNotMatch(err, /internal error|\n\s+at /);
  });
});
