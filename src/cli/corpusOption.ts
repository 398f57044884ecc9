import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { availableParallelism, homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { DirectoryCacheStore, MemoryCacheStore, type CacheStore } from '../core/userCorpus/cacheStore';
import { fsErrorReason, nodeFolderSource } from '../core/userCorpus/folderSource';
import { readProjectUserFile } from '../core/userCorpus/projectReader';
import { UserCorpus } from '../core/userCorpus/userCorpus';
import type { UserDocument } from '../core/userCorpus/userDocument';
import { defaultReadBudgetMs } from '../server/workerFileReader';
import { corpusReaderWorker, WorkerReaderPool } from '../server/workerReaderPool';
import { retuneCompilerAfterReading } from './batchCompiler';
import { defaultCacheFolder } from './cacheFolder';
import { InputError, UsageError } from './errors';
import type { CliIo } from './io';
import { printableLine } from './printable';

/**
 * `--corpus DIR` (repeatable, also `--corpus=DIR`), shared by the commands that use the corpus:
 * each folder's .md, .txt, .html and .docx plans join the bundled corpus for this run.
 * `--cache DIR` / `--no-cache` choose where what was read is kept between runs (by default the
 * per-user cache folder, see `defaultCacheFolder`), so a second run reads no unchanged file.
 */

export interface CorpusOption {
  /** The folders, as given. */
  folders: string[];
  /** `--cache DIR` as given, false for `--no-cache`, undefined for the default folder. */
  cache?: string | false;
  /** The arguments without the `--corpus` and cache options, for the command's own parser. */
  rest: string[];
}

/** The user's corpus folders of one run, read through the cache when there is one. */
export interface OpenedCorpus {
  corpus: UserCorpus;
  /** The cache folder in use; undefined with `--no-cache` or when it cannot be written. */
  cacheFolder?: string;
  /** Stops the reader threads; the corpus reads no more files after it. */
  close(): Promise<void>;
}

/** Reader threads at most, whatever the cores: each thread is a heap of its own (up to 512 MB). */
const maxReaderThreads = 4;

/** Files handed to each reader thread at once: the one it reads and the next (see `WorkerFileReaderOptions.depth`). */
const readerDepth = 2;

export function takeCorpusOption(args: readonly string[]): CorpusOption {
  const folders: string[] = [];
  const rest: string[] = [];
  let cache: string | false | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg === '--no-cache') cache = false;
    else if (arg === '--cache' || arg.startsWith('--cache=')) {
      const value = arg === '--cache' ? args[++i] : arg.slice('--cache='.length);
      if (value === undefined || value === '') throw new UsageError('--cache needs a folder, e.g. --cache ./.policy-draft-cache');
      cache = value;
    } else if (arg === '--corpus') {
      const value = args[++i];
      if (value === undefined || value === '') throw new UsageError('--corpus needs a folder, e.g. --corpus ./规划库');
      folders.push(value);
    } else if (arg.startsWith('--corpus=')) {
      const value = arg.slice('--corpus='.length);
      if (value === '') throw new UsageError('--corpus needs a folder, e.g. --corpus=./规划库');
      folders.push(value);
    } else rest.push(arg);
  }
  return { folders, rest, ...(cache === undefined ? {} : { cache }) };
}

/**
 * Opens the folders: lists each, and reads (or takes from the cache) every file whose size or
 * time changed since the cache's last run. A folder that is missing or not a folder is an input
 * error (exit 2); a file in it that cannot be read is named on stderr and skipped. Undefined when
 * no folder is given. `onRead` gets each document read, as it is read (see `UserCorpusOptions.onRead`).
 */
export async function openCorpusFolders(option: CorpusOption, io: CliIo, onRead?: (document: UserDocument) => void): Promise<OpenedCorpus | undefined> {
  if (option.folders.length === 0) return undefined;
  const cacheFolder = await usableCacheFolder(option.cache, io);
  const store = (name: string): CacheStore => (cacheFolder ? new DirectoryCacheStore(join(cacheFolder, name)) : new MemoryCacheStore());
  const pool = readerPool(io.bundleDir);
  const corpus = new UserCorpus({
    store: store('files'),
    ...(cacheFolder ? { manifests: store('folders') } : {}),
    read: pool ? (bytes, kind) => pool.read(bytes, kind) : readProjectUserFile,
    // Each thread holds the file it reads and the next (`readerDepth`), and one more per thread is
    // being read from disk and hashed here: a thread never waits for this one.
    readAhead: pool ? (readerDepth + 1) * pool.threads : 1,
    ...(onRead ? { onRead } : {}),
    onProblem: (p) =>
      io.err(`policy-draft: ${printableLine(p.file ? `${p.folder}/${p.file}` : p.folder)}: ${p.severity === 'skipped' ? 'skipped' : 'note'}: ${printableLine(p.message)}\n`),
  });
  const close = async () => pool?.dispose();
  try {
    for (const folder of option.folders) {
      const path = resolve(folder);
      const info = await stat(path).catch(() => undefined);
      if (!info?.isDirectory()) throw new InputError(`--corpus ${folder}: ${info ? 'not a folder' : 'no such folder'}`);
      await corpus.addFolder(path, nodeFolderSource(path));
    }
    retuneCompilerAfterReading();
  } catch (error) {
    await close();
    throw error;
  }
  return cacheFolder ? { corpus, cacheFolder, close } : { corpus, close };
}

/** The folders' documents (for commands that need every parsed plan, not only a search index). */
export async function loadCorpusFolders(option: CorpusOption, io: CliIo): Promise<UserDocument[]> {
  const opened = await openCorpusFolders(option, io);
  if (!opened) return [];
  try {
    return await opened.corpus.loadDocuments();
  } finally {
    await opened.close();
  }
}

/**
 * The language server's reader threads, one per core: the CLI reads a cold folder exactly as the
 * server does (the same reader code and per-file budget, from the reader-only bundle). A build
 * without that bundle beside it (the tests' own bundle folders) reads on this thread.
 */
function readerPool(bundleDir: string): WorkerReaderPool | undefined {
  if (!existsSync(join(bundleDir, 'reader.js'))) return undefined;
  return new WorkerReaderPool(
    { spawn: () => corpusReaderWorker(bundleDir, 'reader.js'), budgetMs: defaultReadBudgetMs, depth: readerDepth },
    Math.min(maxReaderThreads, availableParallelism()),
  );
}

/** The cache folder to use, created if needed; a folder that cannot be made is said once, then the run goes on without. */
async function usableCacheFolder(cache: CorpusOption['cache'], io: CliIo): Promise<string | undefined> {
  if (cache === false) return undefined;
  const folder = cache === undefined ? defaultCacheFolder(process.env, process.platform, homedir()) : resolve(cache);
  try {
    await mkdir(folder, { recursive: true });
    return folder;
  } catch (error) {
    io.err(`policy-draft: note: cache folder ${printableLine(folder)} cannot be used (${fsErrorReason(error)}); reading every file\n`);
    return undefined;
  }
}
