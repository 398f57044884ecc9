import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import mammoth from 'mammoth';
import { workbench } from './workbench';

const draftName = '某区数字经济发展行动方案（草案）.md';

describe('what a drafter hands in, from the command palette', () => {
  it('Generate Task Table adds the table under its heading at once, and replaces it only through the refactor preview', async () => {
    const wb = workbench();
    await wb.openFile(draftName);
    // The visible lines only (sticky scroll may pin the heading above the rows): the heading and a row of the built table.
    const showsTable = (lines: string[]): boolean =>
      lines.filter((line) => line === '## 附件 任务分解表').length === 1 && lines.some((line) => line.startsWith('| 3 | 实施中小企业数字化改造 | 区工业和信息化局 | 区财政局 |'));
    const endOfDraft = async (): Promise<string[]> => {
      await wb.page.locator('.editor-instance .view-lines').first().click();
      await wb.page.keyboard.press('Control+End');
      return wb.editorLines();
    };
    try {
      await wb.runCommand('Policy Draft: Generate Task Table');
      await wb.waitUntil(async () => showsTable(await endOfDraft()), 'the table under 附件 任务分解表, with no preview to tick');
      // Run again, the table is the drafter's own now: the preview opens with the edit unticked, and Discard leaves the draft as it is.
      await wb.runCommand('Policy Draft: Generate Task Table');
      const panel = wb.page.locator('.bulk-edit-panel');
      const tick = panel.locator('input.edit-checkbox').first();
      await tick.waitFor({ state: 'visible' });
      assert.equal(await tick.isChecked(), false);
      await panel
        .locator('.monaco-button')
        .filter({ hasText: /^Discard$/ })
        .click();
      const after = await endOfDraft();
      assert.ok(showsTable(after), after.join('\n'));
    } finally {
      await wb.runCommand('File: Revert File');
    }
  });

  // The 行动方案 skeleton writes the period on the title's line, the 行动计划 skeleton on a line of its own.
  const newPlans: [kind: string, firstPart: string, place: string, proposed: string, firstPlaceholderLine: number][] = [
    ['行动方案', '## 一、总体要求', '某市养老服务体系建设', '某市养老服务体系建设行动方案（20××—20××年）.docx', 1],
    ['行动计划', '## 一、总体思路', '某省低空经济高质量发展', '某省低空经济高质量发展行动计划（20××—20××年）.docx', 3],
  ];
  for (const [kind, firstPart, place, proposed, firstPlaceholderLine] of newPlans) {
    it(`Export proposes a new ${kind}’s title as its file name, not Untitled-1, and names the lines with placeholders left`, async () => {
      const wb = workbench();
      await wb.runCommand('Policy Draft: New Plan');
      const input = wb.page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill(kind);
      await wb.page.keyboard.press('Enter');
      await wb.waitUntil(async () => (await wb.editorLines()).some((line) => line.startsWith(firstPart)), `the ${kind} skeleton`);
      try {
        // The first tab stop is the place and theme of the title.
        await wb.page.keyboard.type(place);
        await wb.page.keyboard.press('Escape');
        await wb.runCommand('Policy Draft: Export as Official Word Document');
        await input.waitFor({ state: 'visible' });
        await wb.waitUntil(async () => (await input.inputValue()).endsWith('.docx'), 'the save dialog to propose a .docx name');
        const name = await input.inputValue();
        assert.ok(name.endsWith(`/${proposed}`), name);
        // Saved as it is, the skeleton's blanks go into the file: the drafter is told where they are.
        await input.press('Enter');
        const told = await wb.notification('still holds placeholders');
        assert.match(told, new RegExp(`on lines ${firstPlaceholderLine}, \\d+, .*: the Word file has them too\\.$`));
      } finally {
        await wb.page.keyboard.press('Escape');
        await wb.runCommand('View: Revert and Close Editor');
      }
    });
  }

  it('Export as Official Word Document saves a .docx beside the draft that mammoth reads', async () => {
    const wb = workbench();
    const output = join(wb.workspace, draftName.replace(/\.md$/, '.docx'));
    rmSync(output, { force: true });
    await wb.openFile(draftName);
    await wb.runCommand('Policy Draft: Export as Official Word Document');
    // The save dialog (VS Code's own, in code-server) proposes the draft's name with .docx.
    const input = wb.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await wb.waitUntil(async () => (await input.inputValue()).endsWith('.docx'), 'the save dialog to propose a .docx name');
    await input.press('Enter');
    // The drafter is told which file was written; read in the notification centre, where other
    // extensions' toasts (the Markdown server's, once) cannot cover it.
    const told = await wb.notification(`Exported ${basename(output)} (`);
    assert.match(told, /^Exported .+\.docx \(\d+ paragraphs, (1 table|\d+ tables)\)\.$/);
    await wb.waitUntil(async () => existsSync(output), `${output} to be written`);
    try {
      const { value } = await mammoth.extractRawText({ buffer: readFileSync(output) });
      for (const text of [
        '某区数字经济发展行动方案（草案）',
        '一、总体目标',
        '（一）夯实数字基础设施',
        '1. 加快5G网络建设。新建5G基站1500个，实现重点区域连续覆盖。（责任单位：区工业和信息化局、区通信发展办公室）',
      ]) {
        assert.ok(value.includes(text), `not in the .docx: ${text}`);
      }
    } finally {
      rmSync(output, { force: true });
    }
  });
});
