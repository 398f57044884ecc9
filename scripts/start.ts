// `npm start`: try the extension in a real VS Code in the browser, on the sample drafts in examples/.
// Runs the one-time setup if needed, builds and packages the .vsix, installs it into a local
// code-server with a throwaway profile, opens a workspace folder holding the samples of examples/ and
// prints the URL. Ctrl+C ends it and removes the profile; the workspace folder stays, with whatever
// the user wrote and saved there (a newcomer's first draft was deleted with the run folder once).
// Options: --port N (default: a free port), --workspace DIR (default ~/policy-draft-workspace),
// --screenshot FILE (save a picture of the workbench with a draft open and the extension active,
// from headless Chromium, then keep serving).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, workbenchUrl } from '../test/e2e/browser';
import { installExtension, startCodeServer, type CodeServer } from '../test/e2e/codeServer';
import { defaultVsix, projectRoot } from '../test/e2e/paths';
import { startWatchdog, sweepRun } from '../test/e2e/processes';
import { createRunFolder, type RunFolder } from '../test/e2e/runFolder';
import { Workbench } from '../test/e2e/ui/workbench';

const { values: options } = parseArgs({
  options: { port: { type: 'string', default: '0' }, screenshot: { type: 'string' }, workspace: { type: 'string' } },
});
const say = (line: string): void => console.log(`[start] ${line}`);
const sampleDraft = '某市生物医药产业发展行动计划（草案）.md';

/** Runs a step of the setup or build, showing its output; stops here if it fails. */
function step(what: string, command: string, args: string[]): void {
  say(what);
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${what} failed (${command} ${args.join(' ')})`);
}

/**
 * The folder the workbench opens: outside the run folder, so it outlives Ctrl+C. The samples are
 * copied in where missing; a file already there (a sample the user edited) is never overwritten.
 */
function keptWorkspace(folder: string): string {
  const target = path.resolve(folder);
  fs.mkdirSync(target, { recursive: true });
  fs.cpSync(path.join(projectRoot, 'examples'), target, { recursive: true, force: false, errorOnExist: false });
  return target;
}

/** Opens the sample draft beside the Running Extensions view and saves a screenshot. */
async function screenshot(run: RunFolder, server: CodeServer, workspace: string, file: string): Promise<void> {
  const browser = await launchBrowser(run);
  try {
    const wb = await Workbench.open(browser, workbenchUrl(server.origin, workspace), workspace);
    await wb.openFile(sampleDraft);
    await wb.runCommand('View: Split Editor Right');
    await wb.runCommand('Developer: Show Running Extensions');
    await wb.page
      .locator('.runtime-extensions-editor .monaco-list-row')
      .filter({ hasText: /\d+ ?ms/ })
      .first()
      .waitFor();
    await wb.page.screenshot({ path: path.resolve(file) });
    say(`screenshot saved: ${path.resolve(file)}`);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  step('setup (Debian packages and code-server, skipped when present)', 'bash', [path.join('scripts', 'setup-e2e.sh')]);
  step('build and package the extension', 'npm', ['run', 'package']);

  const run = createRunFolder('policy-draft-start');
  process.env.TMPDIR = run.tmp;
  const watchdog = startWatchdog(run.root);
  let server: CodeServer | undefined;
  let stopped: Promise<void> | undefined;
  // Every caller waits for the one cleanup.
  const stop = (): Promise<void> =>
    (stopped ??= (async () => {
      say('stopping code-server and removing its profile (your workspace folder stays)');
      await server?.stop();
      await watchdog.dismiss();
      await sweepRun(run.root);
      fs.rmSync(run.root, { recursive: true, force: true });
    })());
  // `on`, not `once`: Ctrl+C reaches this process twice (from the terminal and relayed by tsx), and a
  // second signal without a handler would kill it before the cleanup ends.
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(sig, () => void stop().finally(() => process.exit(0)));
  }

  let workspace: string;
  try {
    await installExtension(run, defaultVsix);
    workspace = keptWorkspace(options.workspace ?? path.join(os.homedir(), 'policy-draft-workspace'));
    server = await startCodeServer(run, { bindAddr: `127.0.0.1:${options.port}` });
    watchdog.guard(server.pid);
    if (options.screenshot) await screenshot(run, server, workspace, options.screenshot);
  } catch (error) {
    await stop();
    throw error;
  }

  const url = workbenchUrl(server.origin, workspace);
  console.log('');
  say('the extension is installed from dist/policy-draft.vsix into a local VS Code (code-server).');
  say(`open this URL in your browser:\n\n    ${url}\n`);
  say(`your drafts are kept in ${workspace} (the samples of examples/ plus what you save there); it stays when you stop.`);
  say(`open ${sampleDraft} to try it. Press Ctrl+C to stop.`);
}

main().catch((error: unknown) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
