import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../../src/cli/run';
import { parseProjectConfig } from '../../src/core/config/projectConfig';
import { PlainLspClient } from '../lsp/plainLspClient';

/**
 * One configuration for the editor and the CLI: a `.policy-draft.json` beside a draft (or above
 * it) changes what `policy-draft lint` and the language server report; `--config FILE` names one;
 * a wrong value stops the CLI with exit 2, naming the key.
 */

/** 攻坚 is no task keyword by default: the config makes 攻坚重点 a task part, and its clause a task without a unit. */
const draft = '# 某区数据要素攻坚方案\n\n## 一、攻坚重点\n\n1. 开展数据要素攻坚。建设公共数据授权运营平台。\n';
const teamConfig = JSON.stringify({ 'policyDraft.checks.taskKeywords': ['攻坚'] });

async function lint(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(['lint', ...args], { out: (t) => (out += t), err: (t) => (err += t), bundleDir: __dirname });
  return { code, out, err };
}

describe('.policy-draft.json', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'policy-draft-config-'));
    mkdirSync(join(root, 'team', 'drafts'), { recursive: true });
    writeFileSync(join(root, 'team', 'drafts', 'draft.md'), draft);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('in a parent folder of the draft changes what policy-draft lint reports', async () => {
    const file = join(root, 'team', 'drafts', 'draft.md');
    assert.equal((await lint(file)).code, 0, 'no finding without the config');
    writeFileSync(join(root, 'team', '.policy-draft.json'), teamConfig);
    const { code, out } = await lint(file);
    assert.equal(code, 1);
    assert.match(out, /draft\.md:5:1 {2}warning .* {2}missing-responsible-unit/);
  });

  it('is named with --config FILE, wherever the draft is', async () => {
    const config = join(root, 'elsewhere.json');
    writeFileSync(config, teamConfig);
    assert.equal((await lint('--config', config, join(root, 'team', 'drafts', 'draft.md'))).code, 1);
    assert.equal((await lint(`--config=${config}`, join(root, 'team', 'drafts', 'draft.md'))).code, 1);
  });

  const wrong: [string, string, RegExp][] = [
    ['a wrong type', JSON.stringify({ 'policyDraft.checks.taskKeywords': '攻坚' }), /policyDraft\.checks\.taskKeywords: .*expected array/],
    ['an unknown key', JSON.stringify({ 'policyDraft.checks.taskKeyword': ['攻坚'] }), /policyDraft\.checks\.taskKeyword: not a setting/],
    ['a value out of range', JSON.stringify({ 'policyDraft.maxFileSizeKB': 0 }), /policyDraft\.maxFileSizeKB: /],
    ['broken JSON', '{"policyDraft.checks.taskKeywords": [', /not valid JSON/],
  ];
  for (const [what, text, message] of wrong) {
    it(`with ${what} stops lint with exit 2 and says which`, async () => {
      writeFileSync(join(root, 'team', '.policy-draft.json'), text);
      const { code, err } = await lint(join(root, 'team', 'drafts', 'draft.md'));
      assert.equal(code, 2);
      assert.match(err, message);
      assert.match(err, /\.policy-draft\.json/);
    });
  }

  it('named by --config but missing is exit 2', async () => {
    const { code, err } = await lint('--config', join(root, 'none.json'), join(root, 'team', 'drafts', 'draft.md'));
    assert.equal(code, 2);
    assert.match(err, /none\.json: cannot read/);
  });

  it('keeps the valid keys of a file with a wrong one, for the editor to go on with', () => {
    const config = parseProjectConfig(JSON.stringify({ 'policyDraft.checks.taskKeywords': ['攻坚'], 'policyDraft.hover.maxResults': 'three' }), 'x.json');
    assert.deepEqual(config.values, { 'checks.taskKeywords': ['攻坚'] });
    assert.equal(config.problems.length, 1);
    assert.match(config.problems[0]!, /^policyDraft\.hover\.maxResults: /);
  });

  it('changes what the language server publishes for a draft below it', async function () {
    this.timeout(30_000);
    const cli = resolve(__dirname, '../../dist/cli.js');
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    writeFileSync(join(root, 'team', '.policy-draft.json'), teamConfig);
    const client = new PlainLspClient(process.execPath, [cli, 'lsp', '--stdio']);
    try {
      await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      client.notify('initialized', {});
      const uri = pathToFileURL(join(root, 'team', 'drafts', 'draft.md')).href;
      const published = client.waitFor<{ uri: string; diagnostics: { code: string }[] }>('textDocument/publishDiagnostics', (p) => p.uri === uri);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: draft } });
      assert.deepEqual(
        (await published).diagnostics.map((d) => d.code),
        ['missing-responsible-unit'],
      );
      await client.request('shutdown', null);
      client.notify('exit', null);
      await client.exited;
    } finally {
      client.kill();
    }
  });
});
