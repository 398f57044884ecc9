import * as assert from 'node:assert/strict';
import { workbench } from './workbench';

describe('drafts in the workbench', () => {
  it('opens the Markdown draft from Quick Open: its clauses show and the language mode is Markdown', async () => {
    const wb = workbench();
    await wb.openFile('某区数字经济发展行动方案（草案）.md');
    const lines = await wb.editorLines();
    assert.ok(
      lines.some((line) => line.includes('加快5G网络建设')),
      `editor shows:\n${lines.join('\n')}`,
    );
    await wb.statusBarItem('status.editor.mode').filter({ hasText: 'Markdown' }).waitFor();
  });

  it('opens the plain-text draft with its CRLF line ends kept: language mode Plain Text', async () => {
    const wb = workbench();
    await wb.openFile('数据要素工作要点.txt');
    const lines = await wb.editorLines();
    assert.ok(
      lines.some((line) => line.includes('培育数据要素市场')),
      `editor shows:\n${lines.join('\n')}`,
    );
    await wb.statusBarItem('status.editor.mode').filter({ hasText: 'Plain Text' }).waitFor();
    await wb.statusBarItem('status.editor.eol').filter({ hasText: 'CRLF' }).waitFor();
  });
});
