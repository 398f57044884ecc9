import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintDraft } from '../../src/core/checks/lintDraft';
import { defaultSettings } from '../../src/core/settings';
import { LintClient } from '../../src/extension/lintClient';

const root = join(__dirname, '../..');
const workerFile = join(root, 'dist', 'lintWorker.js');
const draft = readFileSync(join(root, 'test/fixtures/lint/findings.md'), 'utf8');

describe('lint client (worker thread)', () => {
  before(function () {
    if (!existsSync(workerFile)) throw new Error('dist/lintWorker.js is missing: run `npm run build` first');
  });

  it('returns from the worker exactly what lintDraft returns inline, for requests in flight together', async () => {
    const client = new LintClient(workerFile);
    try {
      const texts = [draft, draft.replace(/\n/g, '\r\n'), '', '## 二、重点任务\n1. 建设算力中心。'];
      const results = await Promise.all(texts.map((text) => client.lint(text, defaultSettings)));
      assert.deepEqual(results, texts.map((text) => lintDraft(text, defaultSettings)));
      assert.equal(results[0].findings.length, 2);
      assert.equal(results[0].suppressed, 1);
    } finally {
      client.dispose();
    }
  });

  it('fails pending requests when disposed, and runs inline when the worker bundle is absent', async () => {
    const client = new LintClient(workerFile);
    const pending = client.lint(draft.repeat(50), defaultSettings);
    client.dispose();
    await assert.rejects(pending, /shutting down/);
    const inline = new LintClient(join(root, 'dist', 'no-such-worker.js'));
    assert.deepEqual(await inline.lint(draft, defaultSettings), lintDraft(draft, defaultSettings));
  });
});
