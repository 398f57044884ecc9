import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { workbench } from './workbench';

const draft = '生物医药先例示例.md';
const offDomainDraft = '某县农村人居环境整治方案.md';

/** Where the README's screenshots of the hover go when the run is asked for them. */
const screenshots = process.env.POLICY_DRAFT_SCREENSHOTS;

/** Runs Search Corpus and waits for its QuickPick (not the command palette it replaces) to have the input. */
async function openCorpusSearch(): Promise<void> {
  const wb = workbench();
  await wb.runCommand('Policy Draft: Search Corpus');
  await wb.page
    .locator('.quick-input-widget .quick-input-title')
    .filter({ hasText: /Search the corpus|检索语料库/ })
    .waitFor();
}

/** Hovers the line holding `words` until a hover widget matching `shows` is up; returns it. */
async function hoverLine(words: string, shows: RegExp): Promise<Locator> {
  const wb = workbench();
  const { page } = wb;
  const line = page.locator('.editor-instance .view-line').filter({ hasText: words }).first();
  await line.waitFor();
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: shows });
  // The corpus loads on the first hover; move away and back until the widget shows.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    const box = await line.boundingBox();
    if (!box) {
      if (attempt === 5) assert.fail('the clause line never had a box on screen');
      await line.waitFor();
      continue;
    }
    await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2, { steps: 2 });
    await page.mouse.move(box.x + box.width / 3 + 4, box.y + box.height / 2, { steps: 2 });
    try {
      await hover.first().waitFor({ timeout: 10_000 });
      return hover.first();
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

describe('precedents in the workbench', () => {
  it('hovering a clause of the draft shows the widget with the Pudong precedent, its confidence and links', async () => {
    const wb = workbench();
    const { page } = wb;
    await wb.openFile(draft);
    const line = page.locator('.editor-instance .view-line').filter({ hasText: '集中授信' }).first();
    await line.waitFor();
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /confidence|可信度/ });
    // The corpus loads on the first hover; move away and back until the widget shows precedents.
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      // VS Code re-renders line nodes: measure the line afresh on every attempt.
      const box = await line.boundingBox();
      if (!box) {
        if (attempt === 5) assert.fail('the clause line never had a box on screen');
        await line.waitFor();
        continue;
      }
      await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2, { steps: 2 });
      await page.mouse.move(box.x + box.width / 3 + 4, box.y + box.height / 2, { steps: 2 });
      try {
        await hover.first().waitFor({ timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
    const text = (await hover.first().textContent()) ?? '';
    assert.match(text, /浦东新区/);
    assert.match(text, /新药贷/);
    assert.equal((await hover.first().locator('a[href^="command:"], a[data-href^="command:"]').count()) >= 2, true, 'open and insert links');
    assert.equal(await hover.first().locator('img, script').count(), 0);
  });

  it('marks differing words in bold on a task clause, never splitting a number from its unit', async () => {
    await workbench().openFile(draft);
    const hover = await hoverLine('集中授信', /confidence|可信度/);
    const html = await hover.innerHTML();
    assert.ok((await hover.locator('blockquote strong').count()) >= 1, 'differing words of a precedent in bold');
    assert.ok(!/\d<\/strong>\d|\d<strong>\d/.test(html), 'no number split between bold and plain');
    for (const bold of await hover.locator('blockquote strong').allTextContents()) assert.ok(bold.length >= 2 || !/\d/.test(bold), `a bold part ${bold}`);
    if (screenshots) await hover.screenshot({ path: join(screenshots, 'hover-precedent.png') });
  });

  it('on a target clause puts the comparison first and shows the best precedent without scrolling', async () => {
    await workbench().openFile(draft);
    const hover = await hoverLine('力争获批一类创新药', /confidence|可信度/);
    const comparison = hover
      .locator('p')
      .filter({ hasText: /How precedents quantified|先例如何量化|先例中可比目标/ })
      .first();
    const best = hover.locator('blockquote').first();
    await best.waitFor();
    const [comparisonBox, bestBox, hoverBox] = await Promise.all([comparison.boundingBox(), best.boundingBox(), hover.boundingBox()]);
    assert.ok(comparisonBox && bestBox && hoverBox, 'the comparison, the best precedent and the hover are on screen');
    assert.ok(comparisonBox.y < bestBox.y, 'the target comparison comes first');
    // Its first two lines at least are inside the hover as it opens.
    assert.ok(
      bestBox.y + Math.min(bestBox.height, 40) <= hoverBox.y + hoverBox.height,
      `best precedent at ${bestBox.y}–${bestBox.y + bestBox.height}, hover ends at ${hoverBox.y + hoverBox.height}`,
    );
    if (screenshots) await hover.screenshot({ path: join(screenshots, 'hover-target.png') });
  });

  it('says plainly that the corpus holds no close precedent of an off-domain clause, and what it searched', async () => {
    await workbench().openFile(offDomainDraft);
    const hover = await hoverLine('垃圾分拣中心', /no close precedent|没有与本条相近的先例/);
    const text = (await hover.textContent()) ?? '';
    assert.match(text, /bundled corpus|内置语料库/);
    assert.equal(await hover.locator('a[href^="command:"], a[data-href^="command:"]').count(), 0, 'no precedent links');
    if (screenshots) await hover.screenshot({ path: join(screenshots, 'hover-no-precedent.png') });
  });

  it('Search Corpus finds a clause by a few words as they are typed, and its row button inserts it at the cursor', async () => {
    const wb = workbench();
    const { page } = wb;
    await wb.openFile(draft);
    await page.locator('.editor-instance .view-line').filter({ hasText: '市统计局' }).first().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await openCorpusSearch();
    const input = page.locator('.quick-input-widget input');
    await input.pressSequentially('知识产权质押');
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: '知识产权质押' }).first();
    await row.waitFor();
    await row.hover();
    await row.locator('.action-label.codicon-insert').click();
    await wb.waitUntil(async () => (await wb.editorLines()).some((l) => l.includes('知识产权质押')), 'the clause inserted into the draft');
  });

  it('Search Corpus finds an abbreviation the corpus spells out (MAH), its row showing and naming the full name', async () => {
    const wb = workbench();
    const { page } = wb;
    await openCorpusSearch();
    await page.locator('.quick-input-widget input').pressSequentially('MAH');
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: '药品上市许可持有人' }).first();
    await row.waitFor();
    // The row says the name it was found under, as the clause writes it, and its figure.
    await row.filter({ hasText: /found as 药品上市许可持有人|以“药品上市许可持有人”找到/ }).waitFor();
    await row.filter({ hasText: /(confidence|可信度) 100%/ }).waitFor();
  });
  it('Search Corpus searches the words typed again once an own corpus folder added meanwhile is read', async () => {
    const wb = workbench();
    const { page } = wb;
    const folder = join(wb.workspace, '游船资料');
    const settings = join(wb.workspace, '.vscode', 'settings.json');
    await openCorpusSearch();
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await page.locator('.quick-input-widget input').pressSequentially('游船 知识产权质押');
    try {
      // The bundled corpus answers first (its 知识产权质押 clauses, none of the folder's); the folder's clause,
      // holding both words, then comes first among the rows on screen.
      await rows.first().waitFor();
      assert.equal(await rows.filter({ hasText: '〔游船资料〕' }).count(), 0);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, '游船.md'), '# 某市内河游船绿色发展行动方案\n\n一、重点任务\n\n（一）支持游船企业开展知识产权质押融资，到2027年质押融资规模达到5亿元。\n');
      mkdirSync(join(wb.workspace, '.vscode'), { recursive: true });
      writeFileSync(settings, JSON.stringify({ 'policyDraft.corpus.folders': ['游船资料'] }));
      // Nothing typed since: the open search shows the folder's clause once the folder is read.
      await rows.filter({ hasText: '〔游船资料〕' }).filter({ hasText: '游船企业' }).first().waitFor({ timeout: 40_000 });
    } finally {
      rmSync(settings, { force: true });
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
