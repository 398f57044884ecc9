import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const waitUntil = async (condition: () => boolean, timeoutMs: number): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
};

const signal = (pid: number, sig: NodeJS.Signals): void => {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone.
  }
};

/** Ends a process group started with `detached: true`: SIGTERM, then SIGKILL after a grace period. */
export async function stopGroup(leaderPid: number, graceMs = 5_000): Promise<void> {
  signal(-leaderPid, 'SIGTERM');
  if (await waitUntil(() => !isAlive(-leaderPid), graceMs)) return;
  signal(-leaderPid, 'SIGKILL');
  await waitUntil(() => !isAlive(-leaderPid), 2_000);
}

/**
 * Processes whose command line names the run folder. The folder's name is unique to the run, so
 * this finds exactly what the run started (code-server, its extension host, Chromium) and nothing else.
 */
export function processesOfRun(runRoot: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const cmdline = fs.readFileSync(path.join('/proc', entry, 'cmdline'), 'utf8');
      if (cmdline.includes(runRoot)) pids.push(pid);
    } catch {
      // Exited while we looked.
    }
  }
  return pids;
}

/** Ends whatever of the run is still alive; returns how many processes it had to end. */
export async function sweepRun(runRoot: string): Promise<number> {
  const pids = processesOfRun(runRoot);
  for (const pid of pids) signal(pid, 'SIGTERM');
  if (!(await waitUntil(() => pids.every((pid) => !isAlive(pid)), 3_000))) {
    for (const pid of pids) signal(pid, 'SIGKILL');
  }
  return pids.length;
}

/** Keeps a run's processes from outliving the harness. */
export interface Watchdog {
  /** Adds a process group (by its leader's pid) to end if the harness dies. */
  guard(groupLeaderPid: number): void;
  /** The harness cleaned up by itself: the watchdog exits without touching anything. */
  dismiss(): Promise<void>;
}

/**
 * Starts a detached watchdog that ends the run's processes if this process dies without cleaning up
 * (SIGKILL, a crash, a closed terminal). It notices through its stdin: a pipe from this process
 * closes when this process dies, however it dies.
 */
export function startWatchdog(runRoot: string): Watchdog {
  const script = path.join(__dirname, 'watchdog.ts');
  const child = spawn(process.execPath, [...process.execArgv, script, runRoot], {
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  child.unref();
  // The pipe must not keep this process's event loop alive either.
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    guard(groupLeaderPid) {
      child.stdin?.write(`guard ${groupLeaderPid}\n`);
    },
    async dismiss() {
      child.stdin?.end('dismiss\n');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3_000))]);
    },
  };
}
