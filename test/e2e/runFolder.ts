import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * One throwaway folder per run: code-server's profile and extensions, the workspace copies, the
 * browser profile, temp and XDG dirs, logs, results and screenshots. Nothing else is written.
 * It lives under the system temp dir so the workspace copies are outside any git repository.
 */
export interface RunFolder {
  readonly root: string;
  readonly userData: string;
  readonly extensions: string;
  readonly home: string;
  readonly tmp: string;
  readonly chromiumProfile: string;
  readonly screenshots: string;
  /** code-server's --config file. */
  readonly config: string;
  /** Environment for every process the run starts, so none of them writes to $HOME or /tmp. */
  readonly env: NodeJS.ProcessEnv;
}

/** VS Code settings that keep runs quiet and fast; see /work/shared/e2e.md. */
const userSettings = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'editor.hover.delay': 100,
  'editor.quickSuggestionsDelay': 10,
  // VS Code for the web saves after a delay by default: a UI test's typing would change the fixture
  // copy under the next test's feet.
  'files.autoSave': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
};

export function createRunFolder(prefix: string): RunFolder {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  const dir = (...segments: string[]): string => {
    const folder = path.join(root, ...segments);
    fs.mkdirSync(folder, { recursive: true });
    return folder;
  };
  const userData = dir('user-data');
  const home = dir('home');
  const tmp = dir('tmp');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  const runtime = dir('xdg', 'runtime');
  fs.chmodSync(runtime, 0o700); // the XDG spec requires it; Chromium warns otherwise
  const config = path.join(root, 'code-server.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');

  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // A harness started from a VS Code terminal must not hand that VS Code's sockets to code-server.
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') continue;
    env[key] = value;
  }
  Object.assign(env, {
    HOME: home,
    TMPDIR: tmp,
    XDG_CACHE_HOME: dir('xdg', 'cache'),
    XDG_CONFIG_HOME: dir('xdg', 'config'),
    XDG_DATA_HOME: dir('xdg', 'data'),
    XDG_STATE_HOME: dir('xdg', 'state'),
    XDG_RUNTIME_DIR: runtime,
    // No marketplace look-ups.
    EXTENSIONS_GALLERY: '{}',
  });

  return {
    root,
    userData,
    extensions: dir('extensions'),
    home,
    tmp,
    chromiumProfile: dir('chromium'),
    screenshots: path.join(root, 'screenshots'),
    config,
    env,
  };
}

/** Copies a workspace (fixture or example) to a fresh folder in the run, as the tests' workspace. */
export function copyWorkspace(run: RunFolder, source: string, name: string): string {
  const target = path.join(run.root, name);
  fs.cpSync(source, target, { recursive: true });
  return target;
}
