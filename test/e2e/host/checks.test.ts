import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, waitFor } from './support';

const draft = '起草检查示例.md';
/** 0-based lines of the fixture: the lead-dash target without a quantity, the task without a unit. */
const targetLine = 6;
const taskLine = 14;

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === '政策起草助手');
}

function codesByLine(uri: vscode.Uri): string[] {
  return ours(uri)
    .map((d) => `${d.range.start.line}:${String(d.code)}`)
    .sort();
}

async function waitForCodes(uri: vscode.Uri, expected: string[], what: string): Promise<void> {
  await waitFor(() => JSON.stringify(codesByLine(uri)) === JSON.stringify([...expected].sort()), {
    what: `${what} (now ${JSON.stringify(codesByLine(uri))})`,
  });
}

describe('drafting checks in the editor', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('shows missing-responsible-unit and unquantified-target on the lines the spec names, as warnings', async () => {
    const editor = await openFixture(draft);
    const uri = editor.document.uri;
    await waitForCodes(uri, [`${targetLine}:unquantified-target`, `${taskLine}:missing-responsible-unit`], 'the two diagnostics of the fixture');
    for (const d of ours(uri)) {
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(d.message, /[\u4e00-\u9fff]/);
      assert.equal(d.range.start.character, 0);
    }
  });

  it('inserts （责任单位：） through the preferred quick fix, the diagnostic clears once a unit is typed, undo restores it', async () => {
    const editor = await openFixture(draft);
    const { document } = editor;
    const uri = document.uri;
    await waitForCodes(uri, [`${targetLine}:unquantified-target`, `${taskLine}:missing-responsible-unit`], 'the diagnostics before the fix');
    const before = document.getText();
    const lineBefore = document.lineAt(taskLine).text;
    const diagnostic = ours(uri).find((d) => d.code === 'missing-responsible-unit')!;

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, `quick fixes offered: ${actions.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`).join(' | ')}`);
    assert.match(preferred[0].title, /责任单位/);
    assert.ok(actions.some((a) => /suppress|忽略/i.test(a.title)), 'a suppression fix is offered too');
    assert.ok(await vscode.workspace.applyEdit(preferred[0].edit!), 'the edit applies');

    assert.equal(document.lineAt(taskLine).text, `${lineBefore}（责任单位：）`);
    const inside = new vscode.Position(taskLine, lineBefore.length + '（责任单位：'.length);
    await waitFor(() => editor.selection.active.isEqual(inside), { what: `the cursor inside the brackets, at ${inside.character} (now ${editor.selection.active.character})` });

    await vscode.commands.executeCommand('type', { text: '区数据局' });
    assert.equal(document.lineAt(taskLine).text, `${lineBefore}（责任单位：区数据局）`);
    await waitForCodes(uri, [`${targetLine}:unquantified-target`], 'missing-responsible-unit to clear');

    await waitFor(
      async () => {
        if (document.getText() === before) return true;
        await vscode.commands.executeCommand('undo');
        return false;
      },
      { what: 'undo to restore the original text' },
    );
    await waitForCodes(uri, [`${targetLine}:unquantified-target`, `${taskLine}:missing-responsible-unit`], 'the diagnostic to come back after undo');
  });

  it('silences a finding with the suppression quick fix, and the comment itself adds no finding', async () => {
    const editor = await openFixture(draft);
    const uri = editor.document.uri;
    await waitForCodes(uri, [`${targetLine}:unquantified-target`, `${taskLine}:missing-responsible-unit`], 'the diagnostics before suppressing');
    const diagnostic = ours(uri).find((d) => d.code === 'unquantified-target')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const suppress = actions.find((a) => a.edit && !a.isPreferred && /suppress|忽略/i.test(a.title));
    assert.ok(suppress, `quick fixes offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(suppress.edit!));
    assert.equal(editor.document.lineAt(targetLine).text, '<!-- policy-draft-disable-next-line unquantified-target -->');
    await waitForCodes(uri, [`${taskLine + 1}:missing-responsible-unit`], 'the suppressed finding to go, the other to move down a line');
  });
});
