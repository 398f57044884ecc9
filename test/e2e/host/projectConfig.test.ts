import * as vscode from 'vscode';
import { openFixture, waitFor } from './support';

/**
 * A team's `.policy-draft.json` beside its drafts: the fixture folder 攻坚团队 names 攻坚 as a task
 * keyword, so its plan's 攻坚重点 part holds a task without a unit; a setting the user makes in the
 * editor wins over the file.
 */

const draft = '攻坚团队/攻坚方案.md';

function codes(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === '政策起草助手')
    .map((d) => `${d.range.start.line}:${String(d.code)}`);
}

describe('.policy-draft.json in the editor', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('applies the committed task keywords of the draft’s folder, and the user’s own setting wins over them', async () => {
    const editor = await openFixture(draft);
    const uri = editor.document.uri;
    await waitFor(() => JSON.stringify(codes(uri)) === JSON.stringify(['4:missing-responsible-unit']), {
      what: `the task of the 攻坚重点 part as a finding (now ${JSON.stringify(codes(uri))})`,
    });
    const config = vscode.workspace.getConfiguration('policyDraft');
    await config.update('checks.taskKeywords', [], vscode.ConfigurationTarget.Global);
    try {
      await waitFor(() => codes(uri).length === 0, { what: `the finding to go under the user's empty keyword list (now ${JSON.stringify(codes(uri))})` });
    } finally {
      await config.update('checks.taskKeywords', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => codes(uri).length === 1, { what: 'the finding back once the user setting is removed' });
  });
});
