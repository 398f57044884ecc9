import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readFileUpTo } from './boundedRead';
import { defaultLimits, tooLargeReason } from './readUserFile';

/**
 * A folder of the user's plans as the indexer sees it. The extension implements it with
 * `workspace.fs` (so remote and virtual folders work), the CLI and tests with Node's fs
 * (`nodeFolderSource`). Paths are relative to the folder, with `/` separators.
 */
export interface FolderSource {
  /** Throws when the folder itself cannot be read; a subfolder that cannot is listed as such. */
  list(): Promise<FolderListing>;
  read(path: string): Promise<Uint8Array>;
}

export interface FolderListing {
  files: FileEntry[];
  /** Subfolders and files that could not be read, and why; the rest of the folder still counts. */
  unreadable: { path: string; reason: string }[];
}

export interface FileEntry {
  path: string;
  size: number;
  /** Last modification, milliseconds; with `size` it lets a rescan skip unchanged files unread. */
  mtime: number;
}

/** The kinds of file a corpus folder contributes; everything else in the folder is ignored. */
export type UserFileKind = 'md' | 'txt' | 'html' | 'docx';

export function fileKind(path: string): UserFileKind | undefined {
  const lower = path.toLowerCase();
  // Word's lock files (`~$name.docx`) sit beside an open document and are not documents.
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  if (base.startsWith('~$') || base.startsWith('.')) return undefined;
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'md';
  if (lower.endsWith('.txt')) return 'txt';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.docx')) return 'docx';
  return undefined;
}

/** Folders never worth walking into: version control, dependencies, hidden tool folders. */
export function skippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** How a walk sees one directory: its entries by kind, and a file's size and time. */
export interface DirectoryReader {
  entries(path: string): Promise<{ name: string; kind: 'file' | 'directory' | 'other' }[]>;
  stat(path: string): Promise<{ size: number; mtime: number }>;
  /** Where a folder really is, links resolved; given by readers that follow links to folders. */
  realPath?(path: string): Promise<string>;
}

/**
 * The plan files under a folder, recursively, sorted by path (`/`-separated, relative). Readers
 * that can tell where a folder really is (`realPath`) may follow symbolic links: a folder reached
 * twice (a link to an ancestor) is walked once and named as a loop. A subfolder or file that
 * cannot be read is noted and skipped; only the root failing fails the listing.
 */
export async function listFolder(reader: DirectoryReader): Promise<FolderListing> {
  const files: FileEntry[] = [];
  const unreadable: FolderListing['unreadable'] = [];
  const visited = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    let entries: Awaited<ReturnType<DirectoryReader['entries']>>;
    try {
      if (reader.realPath) {
        const real = await reader.realPath(dir);
        if (visited.has(real)) {
          unreadable.push({ path: dir, reason: 'a loop of links (this folder is already read)' });
          return;
        }
        visited.add(real);
      }
      entries = await reader.entries(dir);
    } catch (error) {
      if (dir === '') throw error;
      unreadable.push({ path: dir, reason: fsErrorReason(error) });
      return;
    }
    for (const { name, kind } of entries) {
      const path = dir === '' ? name : `${dir}/${name}`;
      if (kind === 'directory') {
        if (!skippedFolder(name)) await walk(path);
      } else if (kind === 'file' && fileKind(name)) {
        try {
          files.push({ path, ...(await reader.stat(path)) });
        } catch (error) {
          unreadable.push({ path, reason: fsErrorReason(error) });
        }
      }
    }
  };
  await walk('');
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), unreadable };
}

/** `EACCES: permission denied, scandir '/…'` → `permission denied`: a file-system error in plain words. */
export function fsErrorReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOENT: 'no such file or folder',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EEXIST: 'a file of that name is in the way',
    EISDIR: 'it is a folder',
    ELOOP: 'a loop of links',
    EIO: 'a read error',
    ENOSPC: 'the disk is full',
    EROFS: 'the disk is read-only',
  };
  return (code && known[code]) ?? (error instanceof Error ? error.message : String(error));
}

/** Node's fs over `root`. */
export function nodeFolderSource(root: string): FolderSource {
  const full = (path: string) => join(root, ...path.split('/').filter((part) => part !== ''));
  return {
    list: () =>
      listFolder({
        entries: async (path) =>
          Promise.all(
            (await readdir(full(path), { withFileTypes: true })).map(async (entry) => ({ name: entry.name, kind: await entryKind(entry, join(full(path), entry.name)) })),
          ),
        realPath: (path) => realpath(full(path)),
        stat: async (path) => {
          const info = await stat(full(path));
          return { size: info.size, mtime: info.mtimeMs };
        },
      }),
    // A file that grew past the limit since it was listed is cut off, never read whole.
    read: async (path) => {
      const read = await readFileUpTo(full(path), defaultLimits.maxBytes);
      if (!read.ok) throw new Error(tooLargeReason(read.size, defaultLimits.maxBytes));
      return read.bytes;
    },
  };
}

/** A directory entry's kind, a symbolic link taking its target's (a broken link is 'other'). */
export async function entryKind(entry: Dirent, path: string): Promise<'file' | 'directory' | 'other'> {
  if (!entry.isSymbolicLink()) return entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : 'other';
  const target = await stat(path).catch(() => undefined);
  return target?.isDirectory() ? 'directory' : target?.isFile() ? 'file' : 'other';
}
