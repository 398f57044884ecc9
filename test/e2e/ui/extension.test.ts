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
