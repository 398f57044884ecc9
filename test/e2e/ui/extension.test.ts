import manifest from '../../../package.json';
import nls from '../../../package.nls.json';
import { workbench } from './workbench';

describe('the extension in the workbench', () => {
  it('is listed in Running Extensions, activated, once a draft is open', async () => {
    const wb = workbench();
    await wb.openFile('某区数字经济发展行动方案（草案）.md');
    await wb.runCommand('Developer: Show Running Extensions');
    const row = wb.page.locator('.runtime-extensions-editor .monaco-list-row').filter({ hasText: nls.displayName }).filter({ hasText: manifest.version });
    await row.waitFor();
    // Activation time appears once the extension is active, e.g. "Startup Activation: 12ms".
    await row.filter({ hasText: /\d+ ?ms/ }).waitFor();
  });
});

describe("the extension's own page and documents", () => {
  it('opens the measurements the README links to, as shipped, from the command palette', async () => {
    const wb = workbench();
    await wb.runCommand('Policy Draft: Open Measurements');
    await wb.page.locator('.tab').filter({ hasText: 'measurements.md' }).first().waitFor();
  });

  it("shows the README's screenshots on the extension's page", async () => {
    const wb = workbench();
    await wb.runCommand('Extensions: Show Enabled Extensions');
    await wb.page.locator('.extension-list-item').filter({ hasText: nls.displayName }).first().click();
    await wb.page.locator('.tab').filter({ hasText: nls.displayName }).first().waitFor();
    // The README is rendered in a webview (an iframe in an iframe): its pictures by their alt text, with
    // their widths once loaded (0 when the page's content policy refused them).
    type Image = { readonly naturalWidth: number; getAttribute(name: string): string | null };
    let images: [string, number][] = [];
    const loaded = wb.waitUntil(async () => {
      for (const frame of wb.page.frames()) {
        const found = await frame
          .evaluate(() =>
            Array.from(
              (globalThis as unknown as { document: { images: ArrayLike<Image> } }).document.images,
              (image) => [image.getAttribute('alt') ?? '', image.naturalWidth] as [string, number],
            ),
          )
          .catch(() => [] as [string, number][]);
        if (found.some(([alt]) => alt.startsWith('Hover on a task clause'))) images = found;
      }
      return images.length > 0 && images.every(([, width]) => width > 0);
    }, "the README's screenshots to load");
    await loaded.catch((error: Error) => {
      throw new Error(`${error.message}: ${JSON.stringify(images)}`);
    });
  });
});
