import * as assert from 'node:assert/strict';
import { workbench } from './workbench';

describe('editing a draft in the workbench', () => {
  it('types a new task clause into the Markdown draft and shows it in the editor, unsaved', async () => {
    const wb = workbench();
    await wb.openFile('某区数字经济发展行动方案（草案）.md');
    await wb.page.keyboard.press('Control+End');
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.insertText('3. 培育数据标注产业。');
    await wb.waitUntil(async () => (await wb.editorLines()).some((line) => line.includes('培育数据标注产业')), 'the typed clause');
    // The tab shows the unsaved marker; the harness's reset discards the change before the next test.
    await wb.page.locator('.tab.active.dirty').waitFor();
    assert.ok((await wb.editorLines()).some((line) => line.startsWith('3. 培育数据标注产业')));
  });
});
