import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/run';
import { defaultSettings } from '../../../src/core/config/settings';
import { withCorpusUnits } from '../../../src/core/userCorpus/corpusUnits';
import type { UserDocument } from '../../../src/core/userCorpus/userDocument';
import { projectReadOptions } from '../../../src/core/userCorpus/projectReader';
import { readUserFile } from '../../../src/core/userCorpus/readUserFile';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t), bundleDir: tmpdir() });
  return { code, out, err };
}

/** The office's own plan assigns tasks to a body whose name ends in no organ suffix. */
const ownPlan = '# 某区能源保障行动方案\n\n## 二、重点任务\n\n（一）提升配电网供电能力。实施老旧小区配电设施改造。（责任单位：国网某区供电服务站、有关部门）\n';
const draft = '# 某区绿色能源行动方案\n\n## 一、重点任务\n\n（一）推进分布式光伏建设。支持工业园区屋顶光伏开发。（国网某区供电服务站负责）\n';

describe('policy-draft lint --corpus', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'policy-draft-lint-corpus-'));
    mkdirSync(join(root, '规划库'));
    writeFileSync(join(root, '规划库', '能源保障.md'), ownPlan);
    writeFileSync(join(root, 'draft.md'), draft);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('accepts a unit the folder’s plans assign, which the draft alone does not make a body', async () => {
    const alone = await cli(['lint', '--json', join(root, 'draft.md')]);
    assert.equal(alone.code, 1);
    assert.deepEqual(
      (JSON.parse(alone.out) as { code: string }[]).map((f) => f.code),
      ['missing-responsible-unit'],
    );
    const withCorpus = await cli(['lint', '--json', '--corpus', join(root, '规划库'), join(root, 'draft.md')]);
    assert.equal(withCorpus.code, 0, withCorpus.err);
    assert.deepEqual(JSON.parse(withCorpus.out), []);
  });

  it('adds the named units to the collective bodies and never a vague one', async () => {
    const result = await readUserFile(new TextEncoder().encode(ownPlan), 'md', projectReadOptions);
    assert.ok(result.ok);
    const { lines, bodyLine, plan } = result.content;
    const document: UserDocument = { id: 'k/a.md', corpus: 'k', folder: '/k', file: 'a.md', meta: { title: '某区能源保障行动方案' }, lines, bodyLine, plan };
    const bodies = withCorpusUnits(defaultSettings, [document])['checks.collectiveBodies'];
    assert.ok(bodies.includes('国网某区供电服务站'));
    assert.ok(!bodies.includes('有关部门'));
    assert.equal(withCorpusUnits(defaultSettings, []), defaultSettings);
  });

  it('refuses a missing corpus folder, exit 2', async () => {
    const { code, err } = await cli(['lint', '--corpus', join(root, 'nowhere'), join(root, 'draft.md')]);
    assert.equal(code, 2);
    assert.match(err, /no such folder/);
  });
});
