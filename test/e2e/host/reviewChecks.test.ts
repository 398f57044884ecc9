import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, quickFixesWhen, waitFor } from './support';

// The reviewer's checks in a real VS Code: four diagnostics on one draft, and the renumber and
// rename quick fixes applied and undone in one step each.

const draft = '审查检查示例.md';
const expected = ['10:outdated-body-name', '10:stale-year', '12:numbering-form', '12:numbering-sequence'];

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === '政策起草助手');
}

function codes(uri: vscode.Uri): string[] {
  return ours(uri)
    .map((d) => `${d.range.start.line}:${String(d.code)}`)
    .sort();
}

async function fourDiagnostics(uri: vscode.Uri): Promise<void> {
  await waitFor(() => JSON.stringify(codes(uri)) === JSON.stringify(expected), { what: `the four review diagnostics (now ${JSON.stringify(codes(uri))})` });
}

async function applyAndUndo(code: string, title: RegExp, after: (text: string) => void): Promise<void> {
  const editor = await openFixture(draft);
  const { document } = editor;
  await fourDiagnostics(document.uri);
  const before = document.getText();
  const diagnostic = ours(document.uri).find((d) => d.code === code)!;
  const actions = await quickFixesWhen(document.uri, diagnostic.range, (found) => found.some((a) => title.test(a.title)), `a ${code} fix`);
  const fix = actions.find((a) => title.test(a.title))!;
  assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'the edit applies');
  after(document.getText());
  await vscode.commands.executeCommand('undo');
  await waitFor(() => document.getText() === before, { what: 'one undo to restore the draft' });
}

describe('reviewer’s checks in the editor', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('shows a skipped number, a 1、 marker, a stale year and 市卫生计生委', async () => {
    const editor = await openFixture(draft);
    await fourDiagnostics(editor.document.uri);
    const form = ours(editor.document.uri).find((d) => d.code === 'numbering-form')!;
    assert.equal(form.severity, vscode.DiagnosticSeverity.Information);
    // In the UI's language: the extension sends the checks' templates translated (l10n bundle).
    const stale = ours(editor.document.uri).find((d) => d.code === 'stale-year')!.message;
    const chinese = vscode.env.language.toLowerCase().startsWith('zh');
    assert.match(stale, chinese ? /^目标年份2024年早于规划期（2025—2027年，据标题）/ : /^Year 2024 is before the plan period \(2025—2027年, from the title\)/);
  });

  it('renumbers with the quick fix, undone in one step', async () => {
    await applyAndUndo('numbering-sequence', /Renumber|重新编号/, (text) => assert.match(text, /\n3、发展智慧养老/));
  });

  it('replaces the outdated name keeping its level prefix, undone in one step', async () => {
    await applyAndUndo('outdated-body-name', /current name|现名称/, (text) => assert.match(text, /（市卫生健康委牵头/));
  });
});
