import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PlainLspClient } from '../lsp/plainLspClient';

/**
 * `policy-draft lsp --stdio`, the language server other editors run, driven by a plain LSP client
 * over stdio on the sample draft: what it publishes is what `policy-draft lint --json` reports,
 * a hover shows a corpus precedent, the missing-unit quick fix inserts （责任单位：…）, the outline
 * is there, an edit that names the unit clears the finding, and shutdown/exit end the process.
 */

const root = resolve(__dirname, '../..');
const cli = join(root, 'dist/cli.js');
const draftFile = join(root, 'examples/某市生物医药产业发展行动计划（草案）.md');
const uri = pathToFileURL(draftFile).href;

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Diagnostic {
  range: Range;
  message: string;
  severity: number;
  code: string;
  source: string;
}
interface LintRecord {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  severity: string;
  message: string;
}
interface CodeAction {
  title: string;
  isPreferred?: boolean;
  edit?: { changes?: Record<string, { range: Range; newText: string }[]> };
}

const severityNames = ['', 'error', 'warning', 'information', 'hint'];

function asLintRecord(d: Diagnostic): LintRecord {
  const { start, end } = d.range;
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, code: d.code, severity: severityNames[d.severity]!, message: d.message };
}

describe('policy-draft lsp --stdio, driven by a plain LSP client', function () {
  this.timeout(60_000);
  let client: PlainLspClient;
  const text = readFileSync(draftFile, 'utf8');
  const published = (version: number) =>
    client.waitFor<{ uri: string; version?: number; diagnostics: Diagnostic[] }>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version);

  before(async function () {
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    client = new PlainLspClient(process.execPath, [cli, 'lsp', '--stdio'], { cwd: root });
    const init = await client.request<{ capabilities: Record<string, unknown> }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    assert.ok(init.capabilities.hoverProvider, 'the server offers hovers');
    client.notify('initialized', {});
  });

  after(() => client.kill());

  let diagnostics: Diagnostic[];

  it('publishes the diagnostics `policy-draft lint --json` reports for the same file', async () => {
    const first = published(1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    diagnostics = (await first).diagnostics;
    // Exit 1: the draft has findings.
    const lint = JSON.parse(spawnSync(process.execPath, [cli, 'lint', '--json', draftFile], { cwd: root, encoding: 'utf8' }).stdout) as LintRecord[];
    assert.ok(lint.length > 0, 'the sample draft has findings');
    assert.deepEqual(
      diagnostics.map(asLintRecord),
      lint.map(({ line, column, endLine, endColumn, code, severity, message }) => ({ line, column, endLine, endColumn, code, severity, message })),
    );
    assert.ok(diagnostics.every((d) => d.source === '政策起草助手'));
  });

  it('shows a corpus precedent when hovering a task clause', async () => {
    const task = diagnostics.find((d) => d.code === 'missing-responsible-unit')!;
    const hover = await client.request<{ contents: { kind: string; value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: task.range.start.line, character: task.range.start.character + 8 },
    });
    assert.ok(hover, 'a hover');
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /confidence \d+\\?%/);
    assert.match(hover.contents.value, /\*\*[^*]*(规划|计划|方案|意见)[^*]*\*\*/, `names the precedent's document:\n${hover.contents.value}`);
    assert.doesNotMatch(hover.contents.value, /command:/, 'no editor command links for another editor');
  });

  it('offers a quick fix for a missing unit whose edit inserts （责任单位：…）', async () => {
    const task = diagnostics.find((d) => d.code === 'missing-responsible-unit')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: task.range, context: { diagnostics: [task] } });
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred, actions.map((a) => a.title).join(' | '));
    const edits = preferred.edit?.changes?.[uri] ?? [];
    assert.equal(edits.length, 1);
    assert.match(edits[0]!.newText, /^（责任单位：.*）$/);
  });

  it('lists the plan structure as document symbols', async () => {
    const symbols = await client.request<{ name: string; children?: unknown[] }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0);
    assert.ok(symbols.some((s) => /重点任务/.test(s.name) && (s.children?.length ?? 0) > 0), symbols.map((s) => s.name).join(' | '));
  });

  it('clears the finding once an edit names the unit (incremental sync)', async () => {
    const task = diagnostics.find((d) => d.code === 'missing-responsible-unit')!;
    const end = { line: task.range.end.line, character: task.range.end.character };
    const next = published(2);
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: end, end }, text: '（责任单位：市发展改革委）' }],
    });
    const after = (await next).diagnostics;
    const onLine = (list: Diagnostic[]) => list.filter((d) => d.code === 'missing-responsible-unit' && d.range.start.line === task.range.start.line);
    assert.equal(onLine(after).length, 0, JSON.stringify(after.map(asLintRecord)));
    assert.equal(after.length, diagnostics.length - 1, 'only that finding went');
  });

  it('ends the process on shutdown and exit', async () => {
    await client.request('shutdown', null);
    client.notify('exit', null);
    assert.equal(await client.exited, 0);
  });
});
