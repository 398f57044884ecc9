import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeServerEntry } from './paths';
import { stopGroup } from './processes';
import type { RunFolder } from './runFolder';

/** A running code-server, in its own process group. */
export interface CodeServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly origin: string;
  /** host:port as the browser reaches it, for vscode-remote:// URIs. */
  readonly authority: string;
  readonly pid: number;
  /** Set when code-server exited on its own. */
  exited(): boolean;
  stop(): Promise<void>;
}

const commonFlags = (run: RunFolder): string[] => [
  '--config',
  run.config,
  '--user-data-dir',
  run.userData,
  '--extensions-dir',
  run.extensions,
  '--disable-telemetry',
  '--disable-update-check',
];

/** Installs a .vsix into the run's extensions dir, as a user would with `--install-extension`. */
export async function installExtension(run: RunFolder, vsix: string): Promise<void> {
  const log = path.join(run.root, 'install-extension.log');
  const out = fs.openSync(log, 'w');
  const child = spawn(process.execPath, [codeServerEntry, ...commonFlags(run), '--install-extension', vsix, '--force'], {
    env: run.env,
    cwd: run.root,
    stdio: ['ignore', out, out],
    detached: true,
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
  fs.closeSync(out);
  const output = fs.readFileSync(log, 'utf8');
  if (code !== 0 || !/successfully installed/.test(output)) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${code}):\n${output}`);
  }
}

export interface StartOptions {
  /** Extra environment for code-server and, through it, the extension host. */
  readonly env?: NodeJS.ProcessEnv;
  /** 127.0.0.1:0 picks a free port. */
  readonly bindAddr?: string;
  readonly timeoutMs?: number;
}

/** Starts code-server detached, so it and everything it spawns can be ended as one group. */
export async function startCodeServer(run: RunFolder, options: StartOptions = {}): Promise<CodeServer> {
  const logPath = path.join(run.root, 'code-server.log');
  const log = fs.createWriteStream(logPath);
  const args = [
    codeServerEntry,
    ...commonFlags(run),
    '--auth',
    'none',
    '--bind-addr',
    options.bindAddr ?? '127.0.0.1:0',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-proxy',
    '--ignore-last-opened',
  ];
  const child = spawn(process.execPath, args, {
    env: { ...run.env, ...options.env },
    cwd: run.root,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  if (child.pid === undefined) throw new Error('code-server did not start');
  const pid = child.pid;
  let exitCode: number | null | undefined;
  child.on('exit', (code) => {
    exitCode = code;
  });

  const origin = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => {
      reject(new Error(`code-server did not report its address within ${options.timeoutMs ?? 30_000} ms; see ${logPath}`));
    }, options.timeoutMs ?? 30_000);
    const onData = (chunk: Buffer): void => {
      log.write(chunk);
      seen += chunk.toString('utf8');
      const match = /HTTP server listening on (http:\/\/[^\s/]+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited with ${code} before listening; see ${logPath}`));
    });
  });

  return {
    origin,
    authority: new URL(origin).host,
    pid,
    exited: () => exitCode !== undefined,
    async stop() {
      await stopGroup(pid);
      log.end();
    },
  };
}
