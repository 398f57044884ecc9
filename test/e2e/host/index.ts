// Entry point the workbench loads as `extensionTestsPath`: runs every `*.test.js` bundled beside it
// with mocha, inside the real extension host, and records the results file after every test.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { hostEnv } from '../hostEnv';
import type { HostResults, HostTestResult } from '../results';

export function run(): Promise<void> {
  const resultsPath = process.env[hostEnv.results];
  const grep = process.env[hostEnv.grep];
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  if (grep) mocha.grep(grep);
  for (const file of fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }

  const started = Date.now();
  const results: HostResults = { done: false, durationMs: 0, tests: [] };
  const write = (): void => {
    if (!resultsPath) return;
    results.durationMs = Date.now() - started;
    // Write then rename: the harness polls this file and must never read half of it.
    fs.writeFileSync(`${resultsPath}.partial`, JSON.stringify(results, null, 1));
    fs.renameSync(`${resultsPath}.partial`, resultsPath);
  };
  const record = (test: Mocha.Runnable, state: HostTestResult['state'], error?: unknown): void => {
    const entry: HostTestResult = { titlePath: test.titlePath(), state, durationMs: test.duration ?? 0 };
    if (error !== undefined) entry.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
    results.tests.push(entry);
    write();
  };
  write();

  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      results.done = true;
      write();
      if (failures > 0) reject(new Error(`${failures} in-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => record(test, 'passed'));
    // Also fires for failing hooks, which then show up under the hook's title.
    runner.on('fail', (test, error) => record(test, 'failed', error));
    runner.on('pending', (test) => record(test, 'pending'));
  });
}
