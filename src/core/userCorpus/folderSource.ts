import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * A folder of the user's plans as the indexer sees it. The extension implements it with
 * `workspace.fs` (so remote and virtual folders work), the CLI and tests with Node's fs
 * (`nodeFolderSource`). Paths are relative to the folder, with `/` separators.
 */
export interface FolderSource {
  list(): Promise<FileEntry[]>;
  read(path: string): Promise<Uint8Array>;
}

export interface FileEntry {
  path: string;
  size: number;
  /** Last modification, milliseconds; with `size` it lets a rescan skip unchanged files unread. */
  mtime: number;
}

/** The kinds of file a corpus folder contributes; everything else in the folder is ignored. */
export type UserFileKind = 'md' | 'txt' | 'docx';

export function fileKind(path: string): UserFileKind | undefined {
  const lower = path.toLowerCase();
  // Word's lock files (`~$name.docx`) sit beside an open document and are not documents.
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  if (base.startsWith('~$') || base.startsWith('.')) return undefined;
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'md';
  if (lower.endsWith('.txt')) return 'txt';
  if (lower.endsWith('.docx')) return 'docx';
  return undefined;
}

/** Folders never worth walking into: version control, dependencies, hidden tool folders. */
export function skippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Node's fs over `root`, recursive, symbolic links not followed (no cycles). */
export function nodeFolderSource(root: string): FolderSource {
  return {
    async list() {
      const entries: FileEntry[] = [];
      const walk = async (dir: string): Promise<void> => {
        for (const entry of await readdir(dir, { withFileTypes: true })) {
          const full = join(dir, entry.name);
          if (entry.isDirectory()) {
            if (!skippedFolder(entry.name)) await walk(full);
          } else if (entry.isFile() && fileKind(entry.name)) {
            const info = await stat(full);
            entries.push({ path: relative(root, full).split(sep).join('/'), size: info.size, mtime: info.mtimeMs });
          }
        }
      };
      await walk(root);
      return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
    read: (path) => readFile(join(root, ...path.split('/'))),
  };
}
