import * as assert from 'node:assert/strict';
import { workbench } from './workbench';

const draft = '起草检查示例.md';
/** The task clause of the fixture without a unit (1-based line 15). */
const task = '2. 建设工业互联网平台。培育行业级工业互联网平台，推动中小企业上云用平台。';

describe('drafting checks in the workbench', () => {
  it('lists both findings in the Problems panel; the quick fix inserts （责任单位：）, typing a unit clears the finding, undo brings it back', async () => {
    const wb = workbench();
    const { page } = wb;
    await wb.openFile(draft);

    await page.keyboard.press('Control+Shift+M');
    const problems = page.locator('.markers-panel .monaco-list-row');
    await problems.filter({ hasText: 'missing-responsible-unit' }).first().waitFor();
    await problems.filter({ hasText: 'unquantified-target' }).first().waitFor();
    await problems.filter({ hasText: '政策起草助手' }).first().waitFor();

    // Cursor onto the task clause, then the quick-fix menu.
    await page.locator('.editor-instance .view-line').filter({ hasText: '建设工业互联网平台' }).click();
    await page.keyboard.press('Home');
    const fix = page.locator('.action-widget .monaco-list-row').filter({ hasText: '（责任单位：）' });
    const none = page.locator('.monaco-editor-overlaymessage').filter({ hasText: 'No code actions available' });
    // Ctrl+. sometimes lands before the workbench has the markers at the cursor; ask again then.
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+.');
      await fix.first().or(none.first()).waitFor();
      if (await fix.first().isVisible()) break;
      if (attempt === 3) assert.fail('Ctrl+. offered no code actions three times');
      await page.keyboard.press('Escape');
      await none.first().waitFor({ state: 'hidden' });
    }
    // The menu takes keys, not clicks (a pointer block sits over it): move to the fix, then Enter.
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let i = 0; i < 10 && !((await focused.textContent()) ?? '').includes('（责任单位：）'); i++) {
      const before = await focused.textContent();
      await page.keyboard.press('ArrowDown');
      await wb.waitUntil(async () => (await focused.textContent()) !== before, 'the menu focus to move', 5_000);
    }
    await page.keyboard.press('Enter');

    const line = async (): Promise<string | undefined> => (await wb.editorLines()).find((l) => l.includes('建设工业互联网平台'));
    await wb.waitUntil(async () => (await line()) === `${task}（责任单位：）`, 'the annotation after the clause');

    // The cursor is inside the brackets: what is typed lands there.
    await page.keyboard.type('区数据局');
    await wb.waitUntil(async () => (await line()) === `${task}（责任单位：区数据局）`, 'the unit typed inside the annotation');
    await wb.waitUntil(async () => (await problems.filter({ hasText: 'missing-responsible-unit' }).count()) === 0, 'the finding to leave the Problems panel');
    assert.equal(await problems.filter({ hasText: 'unquantified-target' }).count(), 1);

    // Undo until the clause is as it was (typing and the fix may be one or several undo steps).
    for (let i = 0; i < 10; i++) {
      const now = await line();
      if (now === task) break;
      await page.keyboard.press('Control+Z');
      await wb.waitUntil(async () => (await line()) !== now, 'an undo step to change the clause', 5_000);
    }
    assert.equal(await line(), task);
    await problems.filter({ hasText: 'missing-responsible-unit' }).first().waitFor();
  });
});
