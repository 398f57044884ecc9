import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { lintDraft } from '../../src/core/checks/lintDraft';
import { outlinePlan } from '../../src/core/outline/planOutline';
import { parsePlan } from '../../src/core/structure/parsePlan';
import { defaultSettings } from '../../src/core/settings';
import { docxText } from '../../src/core/userCorpus/docxText';
import { AnalysisClient } from '../../src/extension/analysisClient';
import { buildDocx } from './userCorpus/docxFixture';

const root = join(__dirname, '../..');
const draft = readFileSync(join(root, 'test/fixtures/lint/findings.md'), 'utf8');
const outlineDraft = [
  '二、重点任务',
  '（一）夯实算力基础',
  '1. 建设智能算力中心。新增智能算力2000P以上。（责任单位：市数据局）',
  '2. 完善数据供给。（市数据局牵头，市财政局按职责分工负责）',
  '三、保障措施',
  '（一）加强组织领导。建立工作专班。',
].join('\n');

describe('analysis client (worker thread)', () => {
  let dir: string;
  let workerFile: string;

  before(async () => {
    // The worker as the extension ships it: bundled by esbuild, run by worker_threads.
    dir = mkdtempSync(join(tmpdir(), 'analysis-worker-'));
    workerFile = join(dir, 'analysisWorker.js');
    await esbuild.build({ entryPoints: [join(root, 'src/extension/analysisWorker.ts')], outfile: workerFile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('returns from the worker exactly what the core computes inline, for requests in flight together', async () => {
    const client = new AnalysisClient(workerFile);
    try {
      const texts = [draft, draft.replace(/\n/g, '\r\n'), '', '## 二、重点任务\n1. 建设算力中心。'];
      const [lints, outlines, plan] = await Promise.all([
        Promise.all(texts.map((text) => client.run('lint', { text, settings: defaultSettings }))),
        Promise.all([outlineDraft, texts[0]].map((text) => client.run('outline', { text, settings: defaultSettings }))),
        client.run('plan', { text: outlineDraft, settings: defaultSettings }),
      ]);
      assert.deepEqual(plan, parsePlan(outlineDraft));
      assert.deepEqual(lints, texts.map((text) => lintDraft(text, defaultSettings)));
      assert.equal(lints[0].findings.length, 2);
      assert.equal(lints[0].suppressed, 1);
      assert.deepEqual(outlines, [outlinePlan(outlineDraft), outlinePlan(texts[0])]);
      assert.deepEqual(outlines[0].symbols.map((s) => s.name), ['二、重点任务', '三、保障措施']);
    } finally {
      client.dispose();
    }
  });

  it('reads a Word file in the worker as the core does, and reports one it cannot read', async () => {
    const bytes = await buildDocx([
      { kind: 'title', text: '某区数字经济发展行动方案' },
      { kind: 'numbered', level: 0, text: '重点任务' },
      { kind: 'numbered', level: 1, text: '建设智能算力中心。（责任单位：区数据局）' },
    ]);
    const client = new AnalysisClient(workerFile);
    try {
      assert.deepEqual(await client.run('docx', { bytes }), await docxText(bytes));
      await assert.rejects(client.run('docx', { bytes: new TextEncoder().encode('不是Word文件') }), /not a zip/);
    } finally {
      client.dispose();
    }
  });

  it('fails pending requests when disposed, and runs inline when the worker bundle is absent', async () => {
    const client = new AnalysisClient(workerFile);
    const pending = client.run('lint', { text: draft.repeat(50), settings: defaultSettings });
    client.dispose();
    await assert.rejects(pending, /shutting down/);
    const inline = new AnalysisClient(join(dir, 'missing.js'));
    assert.deepEqual(await inline.run('outline', { text: outlineDraft, settings: defaultSettings }), outlinePlan(outlineDraft));
  });
});
