import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import * as esbuild from 'esbuild';
import type { BrowserContext } from 'playwright-core';
import { workbenchUrl } from './browser';
import type { CodeServer } from './codeServer';
import { hostResultsSchema, type HostResults } from './results';
import type { RunFolder } from './runFolder';

const hostSources = path.join(__dirname, 'host');

/** Where the in-host suite's results file goes; code-server must get it in its environment. */
export const hostResultsPath = (run: RunFolder): string => path.join(run.root, 'host-results.json');

/**
 * Bundles the in-host runner and every `host/*.test.ts` into the run folder. Mocha goes into the
 * runner's bundle: the run folder is outside the project, where `require('mocha')` would not resolve.
 */
export async function buildHostSuite(run: RunFolder): Promise<string> {
  const outdir = path.join(run.root, 'host');
  const tests = fs.readdirSync(hostSources).filter((f) => f.endsWith('.test.ts'));
  await esbuild.build({
    entryPoints: ['index.ts', ...tests].map((f) => path.join(hostSources, f)),
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    logLevel: 'error',
  });
  return path.join(outdir, 'index.js');
}

/**
 * An empty extension to name as `extensionDevelopmentPath`, so the extension under test is the one
 * installed from the .vsix rather than a development copy.
 */
function writeRunnerExtension(run: RunFolder): string {
  const folder = path.join(run.root, 'runner-extension');
  fs.mkdirSync(folder, { recursive: true });
  const manifest = {
    name: 'policy-draft-e2e-runner',
    publisher: 'policy-draft-tests',
    version: '0.0.0',
    engines: { vscode: '^1.90.0' },
  };
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  return folder;
}

export function readHostResults(run: RunFolder): HostResults | undefined {
  try {
    const parsed = hostResultsSchema.safeParse(JSON.parse(fs.readFileSync(hostResultsPath(run), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Opens the workbench with the test payload and waits for the in-host run to end or the deadline. */
export async function runHostSuite(
  context: BrowserContext,
  server: CodeServer,
  run: RunFolder,
  workspace: string,
  testsPath: string,
  timeoutMs: number,
): Promise<{ results: HostResults | undefined; log: string[] }> {
  const log: string[] = [];
  const page = await context.newPage();
  let exited = false;
  let crashed = false;
  page.on('crash', () => {
    crashed = true;
  });
  // The workbench calls these when it runs extension tests; they must exist before it loads.
  await page.exposeFunction('codeAutomationExit', () => {
    exited = true;
  });
  await page.exposeFunction('codeAutomationLog', (level: string, args: unknown) => {
    // The extension host forwards console calls with their format string (`%s`) still unapplied.
    log.push(`[${level}] ${Array.isArray(args) ? format(...args) : String(args)}`);
  });
  const url = workbenchUrl(server.origin, workspace, {
    developmentPath: writeRunnerExtension(run),
    testsPath,
  });
  await page.goto(url);

  const deadline = Date.now() + timeoutMs;
  let results = readHostResults(run);
  while (!exited && !crashed && !server.exited() && !results?.done && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    results = readHostResults(run);
  }
  results = readHostResults(run);
  if (!results?.done) {
    log.push(
      crashed
        ? '[harness] the page crashed'
        : server.exited()
          ? '[harness] code-server exited'
          : exited
            ? '[harness] the workbench ended the test run before the results were complete'
            : `[harness] no result within ${timeoutMs} ms`,
    );
  }
  fs.writeFileSync(path.join(run.root, 'host.log'), log.join('\n'));
  await page.close().catch(() => undefined);
  return { results, log };
}
