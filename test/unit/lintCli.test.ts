import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { LintRecord } from '../../src/cli/commands/lint';
import { run } from '../../src/cli/run';
import { at } from './at';

const fixtures = relative(process.cwd(), join(__dirname, '../fixtures/lint'));
const fixture = (name: string): string => join(fixtures, name);

async function lint(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(['lint', ...args], { out: (t) => (out += t), err: (t) => (err += t), bundleDir: __dirname });
  return { code, out, err };
}

async function lintJson(...args: string[]): Promise<{ code: number; records: LintRecord[]; err: string }> {
  const { code, out, err } = await lint('--json', ...args);
  return { code, records: JSON.parse(out) as LintRecord[], err };
}

describe('policy-draft lint', () => {
  it('prints one finding per line, file:line:col  severity  message  code, and exits 1', async () => {
    const { code, out, err } = await lint(fixture('findings.md'));
    assert.equal(code, 1);
    const lines = out.trimEnd().split('\n');
    assert.equal(lines.length, 2, out);
    assert.match(at(lines, 0), new RegExp(`^${fixture('findings.md').replace(/[.\\]/g, '\\$&')}:5:1  warning  \\S.*  unquantified-target$`));
    assert.match(at(lines, 1), /findings\.md:10:1 {2}warning {2}\S.* {2}missing-responsible-unit$/);
    assert.match(err, /2 findings in 1 file checked \(1 suppressed\)/);
  });

  it('prints a JSON array with 1-based positions, codes, severity and messages', async () => {
    const { code, records } = await lintJson(fixture('findings.md'));
    assert.equal(code, 1);
    assert.deepEqual(
      records.map((r) => [r.file, r.line, r.column, r.endLine, r.code, r.severity]),
      [
        [fixture('findings.md'), 5, 1, 5, 'unquantified-target', 'warning'],
        [fixture('findings.md'), 10, 1, 10, 'missing-responsible-unit', 'warning'],
      ],
    );
    for (const r of records) {
      assert.ok(r.endColumn > r.column, 'a finding spans its first line');
      assert.match(r.message, /[\u4e00-\u9fff]/, 'the message is in Chinese');
    }
  });

  it('reports the same lines for a CRLF plain-text draft with a // suppression', async () => {
    const lf = await lintJson(fixture('findings.md'));
    const crlf = await lintJson(fixture('crlf.txt'));
    assert.deepEqual(
      crlf.records.map((r) => [r.line, r.column, r.endLine, r.endColumn, r.code, r.message]),
      lf.records.map((r) => [r.line, r.column, r.endLine, r.endColumn, r.code, r.message]),
    );
  });

  it('exits 0 on a clean draft and prints nothing on stdout', async () => {
    const { code, out } = await lint(fixture('clean.md'));
    assert.equal(code, 0);
    assert.equal(out, '');
  });

  it('exits 0 while the findings stay within --max-warnings, 1 beyond', async () => {
    assert.equal((await lint('--max-warnings', '2', fixture('findings.md'))).code, 0);
    assert.equal((await lint('--max-warnings=1', fixture('findings.md'))).code, 1);
  });

  it('lints a folder recursively, .md and .txt only', async () => {
    const { code, records } = await lintJson(fixture('folder'));
    assert.equal(code, 1);
    assert.deepEqual([...new Set(records.map((r) => r.file))], [join(fixture('folder'), 'sub', 'b.txt')]);
  });

  it('refuses a binary file with a clear message and exit 2', async () => {
    const { code, out, err } = await lint(fixture('binary.md'));
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.match(err, /binary\.md: not checked: not a text draft/);
  });

  it('says an empty file has nothing to check, and is not an error', async () => {
    const { code, err } = await lint(fixture('empty.md'));
    assert.equal(code, 0);
    assert.match(err, /empty\.md: empty, nothing to check/);
  });

  it('does not check a file over the size limit, says so, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-draft-lint-'));
    try {
      const huge = join(dir, 'huge.md');
      writeFileSync(huge, `## 二、重点任务\n${'1. 推进算力普惠应用。发放“算力券”，降低中小企业使用智能算力的成本。\n'.repeat(12_000)}`);
      const { code, out, err } = await lint(huge);
      assert.equal(code, 2);
      assert.equal(out, '');
      assert.match(err, /huge\.md: not checked: \d+ KB is over the 1024 KB limit/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a draft from standard input for -', async () => {
    let out = '';
    const stdin = new TextEncoder().encode('三、重点任务\n1. 推进算力中心建设。\n');
    const code = await run(['lint', '-'], { out: (t) => (out += t), err: () => undefined, bundleDir: __dirname, readStdin: async () => stdin });
    assert.equal(code, 1);
    assert.match(out, /^-:2:1 {2}warning .* missing-responsible-unit$/m);
  });

  it('refuses a device or pipe, which has no size to check and may never end', async () => {
    const { code, err } = await lint('/dev/zero');
    assert.equal(code, 2);
    assert.match(err, /\/dev\/zero: not checked: not a regular file/);
  });

  it('reads standard input only up to the size limit', async () => {
    let asked = 0;
    const code = await run(['lint', '-'], {
      out: () => undefined,
      err: () => undefined,
      bundleDir: __dirname,
      readStdin: async (max) => ((asked = max), new Uint8Array(max).fill(0x41)),
    });
    assert.equal(asked, 1024 * 1024 + 1);
    assert.equal(code, 2);
  });

  it('checks a file named twice once, and counts only the files it checked', async () => {
    const { out, err } = await lint(fixture('findings.md'), `./${fixture('findings.md')}`, fixture('empty.md'));
    const once = (await lint(fixture('findings.md'))).out;
    assert.equal(out, once);
    assert.match(err, /in 1 file checked/);
  });

  it('reports an unreadable file, still lints the others, and exits 2', async () => {
    const { code, records, err } = await lintJson(fixture('missing.md'), fixture('findings.md'));
    assert.equal(code, 2);
    assert.match(err, /missing\.md: cannot read: no such file or folder/);
    assert.equal(records.length, 2);
  });

  const usage: [string, string[], RegExp][] = [
    ['no files', [], /no files given/],
    ['an unknown option', ['--frobnicate', 'a.md'], /unknown option '--frobnicate'/],
    ['--fix on standard input', ['--fix', '-'], /cannot fix standard input/],
    ['a --max-warnings that is no number', ['--max-warnings', 'many', 'a.md'], /--max-warnings needs a whole number/],
    ['a --max-warnings without its value', ['--max-warnings'], /--max-warnings needs a whole number/],
  ];
  for (const [name, args, message] of usage) {
    it(`exits 2 on a usage error: ${name}`, async () => {
      const { code, err } = await lint(...args);
      assert.equal(code, 2);
      assert.match(err, message);
    });
  }
});
