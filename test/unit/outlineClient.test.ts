import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { outlinePlan } from '../../src/core/outline/planOutline';
import { OutlineClient } from '../../src/extension/outlineClient';

const draft = [
  '二、重点任务',
  '（一）夯实算力基础',
  '1. 建设智能算力中心。新增智能算力2000P以上。（责任单位：市数据局）',
  '2. 完善数据供给。（市数据局牵头，市财政局按职责分工负责）',
  '三、保障措施',
  '（一）加强组织领导。建立工作专班。',
].join('\n');

describe('outline client', () => {
  let dir: string;
  let workerFile: string;

  before(async () => {
    // The worker as the extension ships it: bundled by esbuild, run by worker_threads.
    dir = mkdtempSync(join(tmpdir(), 'outline-worker-'));
    workerFile = join(dir, 'outlineWorker.js');
    await esbuild.build({ entryPoints: [join(__dirname, '../../src/extension/outlineWorker.ts')], outfile: workerFile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('returns from the worker thread what the core computes inline, request after request', async () => {
    const client = new OutlineClient(workerFile);
    try {
      const second = `${draft}\n（二）强化考核评估。按季度跟踪。`;
      const [a, b] = await Promise.all([client.outline(draft), client.outline(second)]);
      assert.deepEqual(a, outlinePlan(draft));
      assert.deepEqual(b, outlinePlan(second));
      assert.deepEqual(a.symbols.map((s) => s.name), ['二、重点任务', '三、保障措施']);
    } finally {
      client.dispose();
    }
  });

  it('parses inline when there is no worker bundle (running from source)', async () => {
    const client = new OutlineClient(join(dir, 'missing.js'));
    assert.deepEqual(await client.outline(draft), outlinePlan(draft));
  });
});
