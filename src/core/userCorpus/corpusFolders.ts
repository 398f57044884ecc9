/**
 * Which corpus folders apply, from the `corpus.folders` setting at each scope. Workspace and
 * workspace-folder values come from a repository the user may not trust: in an untrusted
 * workspace they are ignored (a malicious repo could otherwise point the indexer at any folder),
 * and only the user's own setting counts until trust is granted.
 */

export interface FolderSettingScopes {
  /** User (global) settings: absolute paths, or `~/…`. */
  user?: readonly string[];
  /** Workspace settings; relative paths resolve against the first workspace folder. */
  workspace?: readonly string[];
  /** Per workspace folder (`.vscode/settings.json` of each root); relative to that root. */
  workspaceFolders?: readonly { root: string; folders?: readonly string[] }[];
}

export interface ResolvedFolders {
  /** Absolute paths, each once, user folders first. */
  folders: string[];
  /** Workspace-scoped folders left out because the workspace is not trusted. */
  ignoredUntrusted: string[];
}

export interface ResolveContext {
  trusted: boolean;
  home: string;
  /** First workspace folder's path, for relative workspace-level entries. */
  workspaceRoot?: string;
}

export function resolveCorpusFolders(scopes: FolderSettingScopes, context: ResolveContext): ResolvedFolders {
  const folders: string[] = [];
  const ignoredUntrusted: string[] = [];
  const add = (entry: string, base: string | undefined, list: string[]) => {
    const path = resolvePath(entry, base, context.home);
    if (path !== undefined && !list.includes(path) && !folders.includes(path)) list.push(path);
  };
  for (const entry of scopes.user ?? []) add(entry, undefined, folders);
  const fromWorkspace: [string, string | undefined][] = [
    ...(scopes.workspace ?? []).map((e): [string, string | undefined] => [e, context.workspaceRoot]),
    ...(scopes.workspaceFolders ?? []).flatMap((w) => (w.folders ?? []).map((e): [string, string | undefined] => [e, w.root])),
  ];
  for (const [entry, base] of fromWorkspace) add(entry, base, context.trusted ? folders : ignoredUntrusted);
  return { folders, ignoredUntrusted };
}

/** `~` → home, relative → against `base` (dropped when there is none), separators kept as given. */
function resolvePath(entry: string, base: string | undefined, home: string): string | undefined {
  const trimmed = entry.trim();
  if (!trimmed) return undefined;
  if (trimmed === '~' || trimmed.startsWith('~/') || trimmed.startsWith('~\\')) return normalise(home + trimmed.slice(1));
  if (isAbsolute(trimmed)) return normalise(trimmed);
  return base === undefined ? undefined : normalise(`${base}/${trimmed}`);
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\\\') || /^[A-Za-z]:[\\/]/.test(path);
}

/** Collapses `.`, `..`, doubled and trailing separators, so one folder is listed once. */
function normalise(path: string): string {
  const windows = /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
  const separator = windows ? '\\' : '/';
  const prefix = windows ? (path.startsWith('\\\\') ? '\\\\' : `${path.slice(0, 2)}\\`) : '/';
  const rest = windows ? path.slice(prefix.length) : path;
  const parts: string[] = [];
  for (const part of rest.split(/[\\/]/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return prefix + parts.join(separator);
}
