import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import * as vscode from 'vscode';
import { expectedParagraphs } from '../../unit/officialDocxText';
import { extensionUnderTest, openFixture } from './support';

const draftName = '某区数字经济发展行动方案（草案）.md';

describe('what a drafter hands in: official Word file and 任务分解表', () => {
  let out: string;
  before(async () => {
    await extensionUnderTest().activate();
    out = mkdtempSync(join(tmpdir(), 'policy-draft-export-'));
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('exports the draft as a .docx that mammoth reads back with every paragraph', async () => {
    const editor = await openFixture(draftName);
    const output = vscode.Uri.file(join(out, '行动方案.docx'));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('policyDraft.exportOfficialDocx', { output: output.toString() });
    assert.equal(written?.fsPath, output.fsPath);
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(output.fsPath) });
    for (const paragraph of expectedParagraphs(editor.document.getText(), 'markdown')) assert.ok(value.includes(paragraph), `not in the .docx: ${paragraph}`);
    assert.doesNotMatch(value, /^#|\*\*/m);
  });

  it('puts the 任务分解表 under its heading as one edit, undone in one step', async () => {
    const editor = await openFixture(draftName);
    const before = editor.document.getText();
    try {
      const applied = await vscode.commands.executeCommand<boolean>('policyDraft.generateTaskTable', { preview: false });
      assert.equal(applied, true);
      const lines = editor.document.getText().split('\n');
      const heading = lines.indexOf('## 附件 任务分解表');
      assert.ok(heading > 0, editor.document.getText());
      assert.deepEqual(lines.slice(heading + 1, heading + 6), [
        '',
        '| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |',
        '| --- | --- | --- | --- | --- |',
        '| 1 | 加快5G网络建设 | 区工业和信息化局 | 区通信发展办公室 |  |',
        '| 2 | 建设算力服务平台 |  |  |  |',
      ]);
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), before);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
