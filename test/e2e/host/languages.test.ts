import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionUnderTest, openFixture, waitFor } from './support';

const drafts = [
  { file: '某区数字经济发展行动方案（草案）.md', languageId: 'markdown' },
  { file: '数据要素工作要点.txt', languageId: 'plaintext' },
];

describe('drafts are recognised', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const { file, languageId } of drafts) {
    it(`opens ${file} as ${languageId}, a language the extension works on, with the extension active`, async () => {
      const editor = await openFixture(file);
      assert.equal(editor.document.languageId, languageId);
      assert.match(editor.document.getText(), /重点任务/);
      const languages = vscode.workspace.getConfiguration('policyDraft', editor.document).get<string[]>('languages');
      assert.ok(languages?.includes(languageId), `policyDraft.languages does not include ${languageId}`);
      await waitFor(() => extensionUnderTest().isActive, { what: `the extension to activate on ${languageId}` });
    });
  }
});
