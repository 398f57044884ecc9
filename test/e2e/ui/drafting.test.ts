import * as assert from 'node:assert/strict';
import { at } from '../../unit/at';
import { workbench, type Workbench } from './workbench';

// Snippets, the Outline view and the new-plan command as a drafter meets them in the workbench.

/**
 * Runs `body` in a new untitled editor and drops its text afterwards, pass or fail: a dirty untitled
 * editor would meet the harness's "Close All Editors" with a save prompt and stall every later test.
 */
async function inScratchEditor(wb: Workbench, open: () => Promise<void>, body: () => Promise<void>): Promise<void> {
  await open();
  try {
    await body();
  } finally {
    await wb.page.keyboard.press('Escape');
    await wb.runCommand('View: Revert and Close Editor');
  }
}

async function waitForLine(wb: Workbench, probe: (line: string) => boolean, what: string): Promise<string[]> {
  let lines: string[] = [];
  await wb.waitUntil(async () => {
    lines = await wb.editorLines();
    return lines.some(probe);
  }, what);
  return lines;
}

describe('drafting support in the workbench', () => {
  it('expands the 重点任务 snippet from its pinyin prefix zdrw, with the responsible unit to fill', async () => {
    const wb = workbench();
    const open = async (): Promise<void> => {
      await wb.runCommand('File: New Untitled Text File');
      await wb.page.locator('.editor-instance .view-line').first().waitFor();
    };
    await inScratchEditor(wb, open, async () => {
      await wb.page.keyboard.type('zdrw');
      await wb.page.keyboard.press('Control+Space');
      await wb.page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'zdrw' }).first().waitFor();
      await wb.page.keyboard.press('Enter');
      const lines = await waitForLine(wb, (line) => line.includes('（责任单位：'), 'the expanded 重点任务 snippet');
      const task = lines.find((line) => line.includes('（责任单位：')) ?? '';
      assert.match(task, /^1\. 任务标题。.+。（责任单位：.+）$/);
      // The first tab stop (the item number) is selected: typing replaces it.
      await wb.page.keyboard.type('7');
      await waitForLine(wb, (line) => line.startsWith('7. 任务标题。'), 'the item number typed into the first tab stop');
    });
  });

  it('numbers the 重点任务 snippet as the next item of the run it is typed in', async () => {
    const wb = workbench();
    const open = async (): Promise<void> => {
      await wb.runCommand('File: New Untitled Text File');
      await wb.page.locator('.editor-instance .view-line').first().waitFor();
      // Set the language, or VS Code may guess another one from the text typed into an untitled file.
      await wb.runCommand('Change Language Mode');
      const input = wb.page.locator('.quick-input-widget input');
      await input.fill('Markdown');
      await wb.page
        .locator('.quick-input-list .monaco-list-row')
        .filter({ has: wb.page.locator('.label-name', { hasText: /^Markdown$/ }) })
        .first()
        .click();
      await wb.page.locator('.editor-instance .view-lines').click();
    };
    await inScratchEditor(wb, open, async () => {
      // A drafter adds a second task under a section: the snippet once wrote 1. again.
      await wb.page.keyboard.insertText('（一）优化教育资源布局\n\n1. 科学编制学校布局规划。编制中小学校布局专项规划。（责任单位：市教育局）\n\n');
      await wb.page.keyboard.type('zdrw');
      await wb.page.keyboard.press('Control+Space');
      await wb.page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'zdrw' }).first().waitFor();
      await wb.page.keyboard.press('Enter');
      const lines = await waitForLine(wb, (line) => line.startsWith('2. 任务标题。'), 'the 重点任务 snippet numbered 2.');
      assert.ok(
        lines.some((line) => line.startsWith('1. 科学编制学校布局规划。')),
        lines.join('\n'),
      );
    });
  });

  it("lists the Markdown draft's parts, sections and —— lines in the Outline view, under Plan structure", async () => {
    const wb = workbench();
    await wb.openFile('某区数字经济发展行动方案（草案）.md');
    await wb.runCommand('Explorer: Focus on Outline View');
    const rows = wb.page.locator('.outline-pane .monaco-list-row');
    // Our entries come under their own label, next to VS Code's Markdown headings; the pane is short
    // and its list virtual, so only the entries at the top are on screen to check.
    const group = rows.filter({ hasText: 'Plan structure' }).first();
    await group.waitFor();
    // The Outline restores groups expanded or collapsed as it last had them: open ours if closed.
    if ((await group.getAttribute('aria-expanded')) === 'false') await group.locator('.monaco-tl-twistie').click();
    for (const name of ['一、总体目标', '——数字基础设施更加完善', '二、重点任务', '（一）夯实数字基础设施']) {
      await rows.filter({ hasText: name }).first().waitFor();
    }
  });

  it('opens a 行动方案 skeleton from 政策起草：新建规划文本 (Policy Draft: New Plan)', async () => {
    const wb = workbench();
    const open = async (): Promise<void> => {
      await wb.runCommand('Policy Draft: New Plan');
      const input = wb.page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      for (const kind of ['实施意见', '行动计划', '行动方案', '规划']) {
        await wb.page.locator('.quick-input-widget .label-name').filter({ hasText: kind }).first().waitFor();
      }
      await input.fill('行动方案');
      await wb.page.keyboard.press('Enter');
    };
    await inScratchEditor(wb, open, async () => {
      const lines = await waitForLine(wb, (line) => line.startsWith('## 一、总体要求'), 'the 行动方案 skeleton');
      assert.match(at(lines, 0), /^# ××区××行动方案/);
    });
  });
});
