import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import type { BrowserContext } from 'playwright-core';
import { saveScreenshot, workbenchUrl } from './browser';
import type { CodeServer } from './codeServer';
import type { SuiteSummary } from './report';
import type { RunFolder } from './runFolder';
import { setWorkbench, Workbench } from './ui/workbench';

const uiSources = path.join(__dirname, 'ui');

/**
 * Runs every `ui/*.test.ts` with mocha in this process against one workbench page. Before each test
 * the workbench is reset; after a failing one a screenshot goes into the run's screenshots folder.
 */
export async function runUiSuite(context: BrowserContext, server: CodeServer, run: RunFolder, workspace: string, grep: string | undefined): Promise<SuiteSummary> {
  const started = Date.now();
  let wb: Workbench;
  try {
    wb = await Workbench.open(context, workbenchUrl(server.origin, workspace), workspace);
  } catch (error) {
    const page = context.pages().at(-1);
    if (page) console.log(`  screenshot: ${await saveScreenshot(run, page, 'workbench-did-not-open')}`);
    return { name: 'UI', passing: 0, failing: 0, pending: 0, durationMs: Date.now() - started, broken: `the workbench did not open: ${String(error)}` };
  }
  setWorkbench(wb);

  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 60_000, ...(grep ? { grep } : {}) });
  mocha.rootHooks({
    beforeEach: async () => {
      await wb.reset();
    },
    afterEach: async function (this: Mocha.Context) {
      const test = this.currentTest;
      if (test?.state !== 'failed') return;
      const file = await saveScreenshot(run, wb.page, test.fullTitle()).catch((e: unknown) => `(none: ${String(e)})`);
      console.log(`      screenshot: ${file}`);
    },
  });
  for (const file of fs
    .readdirSync(uiSources)
    .filter((f) => f.endsWith('.test.ts'))
    .sort()) {
    mocha.addFile(path.join(uiSources, file));
  }
  await mocha.loadFilesAsync();
  const stats = await new Promise<Mocha.Stats | undefined>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
  });
  setWorkbench(undefined);
  await wb.page.close().catch(() => undefined);
  return {
    name: 'UI',
    passing: stats?.passes ?? 0,
    failing: stats?.failures ?? 0,
    pending: stats?.pending ?? 0,
    durationMs: Date.now() - started,
  };
}
