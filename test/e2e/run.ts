// `npm run test:e2e`: the packaged extension in a real VS Code (code-server + Debian's Chromium).
// Usage: tsx test/e2e/run.ts [--suite all|host|ui] [--grep PATTERN] [--vsix FILE] [--keep]
// Exit 0 when every test passed, 1 when one failed, 2 when the run itself broke.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from './browser';
import { installExtension, startCodeServer, type CodeServer } from './codeServer';
import { hostEnv } from './hostEnv';
import { buildHostSuite, hostResultsPath, runHostSuite } from './hostSuite';
import { defaultVsix, missingPrerequisites, projectRoot } from './paths';
import { startWatchdog, sweepRun } from './processes';
import { printHostResults, printTotals, type SuiteSummary } from './report';
import { copyWorkspace, createRunFolder } from './runFolder';
import { runUiSuite } from './uiSuite';

const { values: options } = parseArgs({
  options: {
    suite: { type: 'string', default: 'all' },
    grep: { type: 'string' },
    vsix: { type: 'string', default: defaultVsix },
    keep: { type: 'boolean', default: false },
    'host-timeout': { type: 'string', default: '180' },
  },
});
const print = (line: string): void => console.log(line);
const fixtures = path.join(projectRoot, 'test', 'e2e', 'fixtures', 'workspace');

async function main(): Promise<number> {
  const suite = options.suite;
  if (suite !== 'all' && suite !== 'host' && suite !== 'ui') {
    print(`--suite must be all, host or ui (got ${suite})`);
    return 2;
  }
  const vsix = path.resolve(options.vsix);
  const missing = missingPrerequisites(vsix);
  if (missing.length) {
    for (const line of missing) print(`e2e: ${line}`);
    return 2;
  }

  const started = Date.now();
  const run = createRunFolder('policy-draft-e2e');
  // Playwright's own temp files then land in the run folder too.
  process.env.TMPDIR = run.tmp;
  const watchdog = startWatchdog(run.root);
  let server: CodeServer | undefined;
  let browser: BrowserContext | undefined;
  let cleaned: Promise<void> | undefined;
  const cleanup = (): Promise<void> =>
    (cleaned ??= (async () => {
      await browser?.close().catch(() => undefined);
      await server?.stop();
      await watchdog.dismiss();
      const leftovers = await sweepRun(run.root);
      if (leftovers) print(`e2e: ended ${leftovers} leftover process(es) of the run`);
    })());
  // `on`, not `once`: Ctrl+C can arrive twice (terminal and a relaying parent); cleanup runs once.
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      print(`e2e: ${sig}, cleaning up ${run.root}`);
      void cleanup().finally(() => process.exit(2));
    });
  }

  const summaries: SuiteSummary[] = [];
  try {
    print(`e2e: run folder ${run.root}`);
    let t = Date.now();
    await installExtension(run, vsix);
    print(`e2e: installed ${path.relative(projectRoot, vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KB) into the run's extensions dir in ${Date.now() - t} ms`);
    const testsPath = suite === 'ui' ? undefined : await buildHostSuite(run);

    t = Date.now();
    server = await startCodeServer(run, {
      env: {
        [hostEnv.results]: hostResultsPath(run),
        [hostEnv.extensionsDir]: run.extensions,
        ...(options.grep ? { [hostEnv.grep]: options.grep } : {}),
        [hostEnv.hostileInputs]: path.resolve(projectRoot, '..', 'shared', 'hostile-inputs'),
      },
    });
    watchdog.guard(server.pid);
    browser = await launchBrowser(run);
    print(`e2e: code-server ${server.origin} and Chromium up in ${Date.now() - t} ms`);

    if (testsPath) {
      print('');
      print('  in-host suite (real vscode API, extension installed from the .vsix)');
      const timeoutMs = Number(options['host-timeout']) * 1000;
      const { results, log } = await runHostSuite(browser, server, run, copyWorkspace(run, fixtures, 'workspace-host'), testsPath, timeoutMs);
      const summary = printHostResults(results, print);
      // Failures are printed above from the results file; the log helps only when the run broke.
      if (summary.broken) {
        print('  extension host log (last 40 lines):');
        for (const line of log.slice(-40)) print(`    ${line}`);
      }
      summaries.push(summary);
    }
    if (suite !== 'host') {
      print('');
      print('  UI suite (Playwright against the workbench)');
      summaries.push(await runUiSuite(browser, server, run, copyWorkspace(run, fixtures, 'workspace-ui'), options.grep));
    }
  } catch (error) {
    print(`e2e: the run broke: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    summaries.push({ name: 'harness', passing: 0, failing: 0, pending: 0, durationMs: 0, broken: String(error) });
  } finally {
    await cleanup();
  }

  printTotals(summaries, Date.now() - started, print);
  const verdict = summaries.some((s) => s.broken) ? 2 : summaries.some((s) => s.failing) ? 1 : 0;
  if (verdict === 0 && !options.keep) fs.rmSync(run.root, { recursive: true, force: true });
  else print(`  run folder kept: ${run.root} (logs, results${fs.existsSync(run.screenshots) ? ', screenshots' : ''})`);
  return verdict;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
