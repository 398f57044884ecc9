import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintRecord } from '../../src/cli/commands/lint';
import { run } from '../../src/cli/run';
import { environmentLocale, messagesForLocale } from '../../src/server/localeMessages';
import { englishMessages } from '../../src/server/messages';
import { PlainLspClient } from '../lsp/plainLspClient';

/**
 * Clients that send no messages of their own (the CLI, editors other than VS Code) get them in the
 * user's language: a drafter whose locale is Chinese reads `插入“（责任单位：）”以注明责任单位`, not
 * an English title beside a Chinese finding.
 */
describe('messages in the locale of a client that sends none', () => {
  const cases: [locale: string | undefined, chinese: boolean][] = [
    ['zh_CN.UTF-8', true],
    ['zh-CN', true],
    ['zh-cn', true],
    ['zh', true],
    ['zh_TW.UTF-8', true],
    ['zh-Hans-CN', true],
    ['en_US.UTF-8', false],
    ['C', false],
    ['', false],
    [undefined, false],
    ['zu_ZA', false],
  ];
  for (const [locale, chinese] of cases) {
    it(`${String(locale)}: ${chinese ? 'Chinese' : 'English'}`, () => {
      const messages = messagesForLocale(locale);
      assert.equal(messages.fixUnit, chinese ? '插入“（责任单位：）”以注明责任单位' : englishMessages.fixUnit);
      assert.equal(messages.hoverConfidence, chinese ? '可信度 {0}%' : 'confidence {0}%');
    });
  }

  it('translates every message for a Chinese locale', () => {
    const messages = messagesForLocale('zh-CN');
    for (const key of Object.keys(englishMessages) as (keyof typeof englishMessages)[]) assert.notEqual(messages[key], englishMessages[key], key);
  });

  const environments: [env: Record<string, string | undefined>, locale: string | undefined][] = [
    [{ LANG: 'zh_CN.UTF-8' }, 'zh_CN.UTF-8'],
    [{ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en_US.UTF-8'],
    [{ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'C.UTF-8' }, 'zh_CN.UTF-8'],
    [{ LC_ALL: '', LANG: 'zh_CN.GB18030' }, 'zh_CN.GB18030'],
    [{}, undefined],
  ];
  for (const [env, locale] of environments) {
    it(`reads the locale ${String(locale)} from ${JSON.stringify(env)}`, () => assert.equal(environmentLocale(env), locale));
  }

  it('lint --json titles its fixes in the locale the CLI was given', async () => {
    const draft = join(__dirname, '../fixtures/lint-place/city-digital-economy.md');
    let out = '';
    await run(['lint', '--json', draft], { out: (t) => (out += t), err: () => undefined, bundleDir: __dirname, locale: 'zh_CN.UTF-8' });
    const titles = (JSON.parse(out) as LintRecord[]).flatMap((r) => r.fixes.map((f) => f.title));
    assert.ok(titles.includes('插入“（责任单位：）”以注明责任单位'), titles.join('\n'));
    assert.ok(
      titles.some((t) => /^插入“，达到N个”并填写数字/.test(t)),
      titles.join('\n'),
    );
  });

  it("the language server answers in the locale an editor's initialize names", async function () {
    this.timeout(60_000);
    const root = resolve(__dirname, '../..');
    const cli = join(root, 'dist/cli.js');
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    const draftFile = join(root, 'examples/某市生物医药产业发展行动计划（草案）.md');
    const client = new PlainLspClient(process.execPath, [cli, 'lsp', '--stdio'], { cwd: root });
    try {
      await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'zh-cn' });
      client.notify('initialized', {});
      const uri = pathToFileURL(draftFile).href;
      const published = client.waitFor<{ uri: string; diagnostics: { range: { start: { line: number; character: number } }; code: string }[] }>(
        'textDocument/publishDiagnostics',
        (p) => p.uri === uri,
      );
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(draftFile, 'utf8') } });
      const task = (await published).diagnostics.find((d) => d.code === 'missing-responsible-unit')!;
      const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: task.range.start.line, character: task.range.start.character + 8 },
      });
      assert.match(hover?.contents.value ?? '', /可信度 \d+\\?%/);
    } finally {
      client.kill();
    }
  });
});
