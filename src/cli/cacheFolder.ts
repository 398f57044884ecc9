import { join, win32 } from 'node:path';

/**
 * The per-user cache folder, by each platform's convention: `$XDG_CACHE_HOME/policy-draft` (or
 * `~/.cache/policy-draft`) on Linux and other Unixes, `~/Library/Caches/policy-draft` on macOS,
 * `%LOCALAPPDATA%\policy-draft\Cache` on Windows. Everything in it can be deleted at any time:
 * it only saves work.
 */
export function defaultCacheFolder(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform, home: string): string {
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA && win32.isAbsolute(env.LOCALAPPDATA) ? env.LOCALAPPDATA : win32.join(home, 'AppData', 'Local');
    return win32.join(local, 'policy-draft', 'Cache');
  }
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'policy-draft');
  // The XDG spec: a relative value is invalid and must be ignored.
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.cache'), 'policy-draft');
}
