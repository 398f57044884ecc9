import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MemoryCacheStore } from '../core/userCorpus/cacheStore';
import { nodeFolderSource } from '../core/userCorpus/folderSource';
import { readProjectUserFile } from '../core/userCorpus/projectReader';
import { UserCorpus } from '../core/userCorpus/userCorpus';
import type { UserDocument } from '../core/userCorpus/userDocument';
import { InputError, UsageError } from './errors';
import type { CliIo } from './io';
import { printableLine } from './printable';

/**
 * `--corpus DIR` (repeatable, also `--corpus=DIR`), shared by the commands that use the corpus:
 * each folder's .md, .txt and .docx plans join the bundled corpus for this run.
 */

export interface CorpusOption {
  /** The folders, as given. */
  folders: string[];
  /** The arguments without the `--corpus` options, for the command's own parser. */
  rest: string[];
}

export function takeCorpusOption(args: readonly string[]): CorpusOption {
  const folders: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg === '--corpus') {
      const value = args[++i];
      if (value === undefined || value === '') throw new UsageError('--corpus needs a folder, e.g. --corpus ./规划库');
      folders.push(value);
    } else if (arg.startsWith('--corpus=')) {
      const value = arg.slice('--corpus='.length);
      if (value === '') throw new UsageError('--corpus needs a folder, e.g. --corpus=./规划库');
      folders.push(value);
    } else rest.push(arg);
  }
  return { folders, rest };
}

/**
 * Reads the folders into documents. A folder that is missing or not a folder is an input error
 * (exit 2); a file in it that cannot be read is named on stderr and skipped.
 */
export async function loadCorpusFolders(folders: readonly string[], io: CliIo): Promise<UserDocument[]> {
  if (folders.length === 0) return [];
  const corpus = new UserCorpus({
    store: new MemoryCacheStore(),
    read: readProjectUserFile,
    onProblem: (p) => io.err(`policy-draft: ${printableLine(p.file ? `${p.folder}/${p.file}` : p.folder)}: ${p.severity === 'skipped' ? 'skipped' : 'note'}: ${printableLine(p.message)}\n`),
  });
  for (const folder of folders) {
    const path = resolve(folder);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) throw new InputError(`--corpus ${folder}: ${info ? 'not a folder' : 'no such folder'}`);
    await corpus.addFolder(path, nodeFolderSource(path));
  }
  return corpus.documents();
}
