import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { run } from '../../src/cli/run';

const sample = join(__dirname, '../../examples/某市生物医药产业发展行动计划（草案）.md');

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t), bundleDir: __dirname });
  return { code, out, err };
}

describe('policy-draft export', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'policy-draft-export-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the .docx named by -o and says what it wrote', async () => {
    const out = join(dir, '行动计划.docx');
    const { code, err } = await cli('export', sample, '-o', out);
    assert.equal(code, 0, err);
    assert.match(err, /行动计划\.docx: \d+ paragraphs, 1 table \(/);
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(out) });
    assert.match(value, /三、重点任务/);
  });

  it('writes beside the draft without -o', async () => {
    const draft = join(dir, '草案.txt');
    writeFileSync(draft, '某市行动方案\n\n一、总体要求\n\n正文。\n');
    assert.equal((await cli('export', draft)).code, 0);
    assert.ok(existsSync(join(dir, '草案.docx')));
  });

  const refusals: [string, string[], RegExp][] = [
    ['no draft', [], /name one draft/],
    ['two drafts', ['a.md', 'b.md'], /name one draft/],
    ['an unknown option', ['--pdf', 'a.md'], /Unknown option/],
    ['an output that is not .docx', ['a.md', '-o', 'a.pdf'], /must be a \.docx/],
    ['an output that is the draft', ['a.docx', '-o', 'a.docx'], /overwrite the draft/],
  ];
  for (const [what, args, message] of refusals) {
    it(`exits 2 on ${what}`, async () => {
      const { code, err } = await cli('export', ...args);
      assert.equal(code, 2);
      assert.match(err, message);
    });
  }

  it('exits 2 on a missing, empty or binary draft', async () => {
    const empty = join(dir, 'empty.md');
    const binary = join(dir, 'binary.md');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255, 0]));
    for (const [file, message] of [
      [join(dir, 'missing.md'), /cannot read/],
      [empty, /empty/],
      [binary, /not a text draft/],
    ] as const) {
      const { code, err } = await cli('export', file, '-o', join(dir, 'out.docx'));
      assert.equal(code, 2, file);
      assert.match(err, message);
    }
    assert.ok(!existsSync(join(dir, 'out.docx')));
  });
});
