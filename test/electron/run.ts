// `npm run test:electron`: the same in-host suite under @vscode/test-electron, for machines that can
// download VS Code (not these: use `npm run test:e2e`). The extension runs from this folder, not a .vsix,
// so the installed-copy tests skip themselves.
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { hostEnv } from '../e2e/hostEnv';
import { buildHostSuite, hostResultsPath, readHostResults } from '../e2e/hostSuite';
import { projectRoot } from '../e2e/paths';
import { printHostResults } from '../e2e/report';
import { verdictOf } from '../e2e/results';
import { copyWorkspace, createRunFolder } from '../e2e/runFolder';

async function main(): Promise<number> {
  const run = createRunFolder('policy-draft-electron');
  const workspace = copyWorkspace(run, path.join(projectRoot, 'test', 'e2e', 'fixtures', 'workspace'), 'workspace');
  const grep = process.argv[2];
  try {
    await runTests({
      extensionDevelopmentPath: projectRoot,
      extensionTestsPath: await buildHostSuite(run),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${run.userData}`],
      extensionTestsEnv: { [hostEnv.results]: hostResultsPath(run), ...(grep ? { [hostEnv.grep]: grep } : {}) },
    });
  } catch (error) {
    console.error(`test:electron: ${error instanceof Error ? error.message : String(error)}`);
  }
  // As in the code-server harness, the verdict comes from the results file, not VS Code's exit code.
  const results = readHostResults(run);
  printHostResults(results, (line) => console.log(line));
  console.log(`run folder: ${run.root}`);
  return verdictOf(results);
}

void main().then((code) => {
  process.exitCode = code;
});
