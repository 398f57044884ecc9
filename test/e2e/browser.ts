import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumPath } from './paths';
import type { RunFolder } from './runFolder';

/** Flags that keep headless Chromium from reaching out or writing outside its profile (e2e.md). */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Debian's Chromium with a profile inside the run folder. */
export async function launchBrowser(run: RunFolder): Promise<BrowserContext> {
  return chromium.launchPersistentContext(run.chromiumProfile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    env: run.env,
    // Tall enough that side bar views (Outline) show a whole draft's tree without scrolling.
    viewport: { width: 1400, height: 1200 },
    locale: 'en-US',
  });
}

/** The workbench URL for a folder, optionally with development/test paths in the payload (e2e.md). */
export function workbenchUrl(origin: string, folder: string, tests?: { readonly developmentPath: string; readonly testsPath: string }): string {
  const url = `${origin}/?folder=${encodeURIComponent(folder)}`;
  if (!tests) return url;
  // The vscode-remote:// prefix with the browser's host:port makes the tests run in the server's
  // Node extension host rather than in a web worker.
  const remote = (p: string): string => `vscode-remote://${new URL(origin).host}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(tests.developmentPath)],
    ['extensionTestsPath', remote(tests.testsPath)],
  ];
  return `${url}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Saves a screenshot into the run's screenshots folder; returns its path. */
export async function saveScreenshot(run: RunFolder, page: { screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown> }, name: string): Promise<string> {
  fs.mkdirSync(run.screenshots, { recursive: true });
  const file = path.join(run.screenshots, `${name.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 120)}.png`);
  await page.screenshot({ path: file });
  return file;
}
