import * as assert from 'node:assert/strict';
import { workbench, type Workbench } from './workbench';

// The reviewer's checks as a drafter meets them in code-server (English UI): the four findings in
// the Problems panel in the UI's language, and the renumber and rename quick fixes chosen from
// Ctrl+. and undone by one Ctrl+Z each.

const draft = '审查检查示例.md';
const renumbered = '4、发展智慧养老。';
const renamed = '（市卫生计生委牵头';

/** Ctrl+. on the line holding `lineText`, then the menu row holding `title`, then Enter. */
async function quickFix(wb: Workbench, lineText: string, title: string): Promise<void> {
  const { page } = wb;
  await page.locator('.editor-instance .view-line').filter({ hasText: lineText }).click();
  await page.keyboard.press('Home');
  const fix = page.locator('.action-widget .monaco-list-row').filter({ hasText: title });
  const none = page.locator('.monaco-editor-overlaymessage').filter({ hasText: 'No code actions available' });
  // Ctrl+. sometimes lands before the workbench has the markers at the cursor; ask again then.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    await fix.first().or(none.first()).waitFor();
    if (await fix.first().isVisible()) break;
    if (attempt === 3) assert.fail(`Ctrl+. offered no “${title}” three times`);
    await page.keyboard.press('Escape');
    await none.first().waitFor({ state: 'hidden' });
  }
  // The menu takes keys, not clicks: move to the fix, then Enter.
  const focused = page.locator('.action-widget .monaco-list-row.focused');
  for (let i = 0; i < 10 && !((await focused.textContent()) ?? '').includes(title); i++) {
    const before = await focused.textContent();
    await page.keyboard.press('ArrowDown');
    await wb.waitUntil(async () => (await focused.textContent()) !== before, 'the menu focus to move', 5_000);
  }
  await page.keyboard.press('Enter');
}

async function lineWith(wb: Workbench, text: string): Promise<string | undefined> {
  return (await wb.editorLines()).find((line) => line.includes(text));
}

describe('reviewer’s checks in the workbench', () => {
  it('lists a skipped number, a 4、 marker, a stale year and 市卫生计生委 in the Problems panel, in English', async () => {
    const wb = workbench();
    const { page } = wb;
    await wb.openFile(draft);
    await page.keyboard.press('Control+Shift+M');
    const problems = page.locator('.markers-panel .monaco-list-row');
    for (const code of ['numbering-sequence', 'numbering-form', 'stale-year', 'outdated-body-name']) await problems.filter({ hasText: code }).first().waitFor();
    await problems.filter({ hasText: 'Year 2024 is before the plan period (2025—2027年, from the title)' }).first().waitFor();
    await problems.filter({ hasText: 'The body “卫生计生委” was renamed in the 2018 reform' }).first().waitFor();
    await problems.filter({ hasText: 'GB/T 9704-2012' }).first().waitFor();
  });

  it('renumbers from Ctrl+. and one Ctrl+Z undoes it', async () => {
    const wb = workbench();
    await wb.openFile(draft);
    await wb.waitUntil(async () => (await lineWith(wb, '发展智慧养老')) !== undefined, 'the draft open');
    await quickFix(wb, '发展智慧养老', 'Renumber from here');
    await wb.waitUntil(async () => ((await lineWith(wb, '发展智慧养老')) ?? '').startsWith('3、'), 'the item renumbered 3、');
    await wb.page.keyboard.press('Control+Z');
    await wb.waitUntil(async () => ((await lineWith(wb, '发展智慧养老')) ?? '').startsWith(renumbered), 'one Ctrl+Z to restore 4、');
  });

  it('replaces 市卫生计生委 with 市卫生健康委 from Ctrl+. and one Ctrl+Z undoes it', async () => {
    const wb = workbench();
    await wb.openFile(draft);
    await wb.waitUntil(async () => (await lineWith(wb, renamed)) !== undefined, 'the draft open');
    await quickFix(wb, '推进医养结合', 'Replace with the current name');
    await wb.waitUntil(async () => ((await lineWith(wb, '推进医养结合')) ?? '').includes('（市卫生健康委牵头'), 'the current name, level prefix kept');
    await wb.page.keyboard.press('Control+Z');
    await wb.waitUntil(async () => ((await lineWith(wb, '推进医养结合')) ?? '').includes(renamed), 'one Ctrl+Z to restore the old name');
  });
});
