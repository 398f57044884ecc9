import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { UserFileAnswer } from '../core/userCorpus/encodedResult';
import type { UserFileKind } from '../core/userCorpus/folderSource';
import { WorkerFileReader, type WorkerFileReaderOptions } from './workerFileReader';

/**
 * Own-corpus files read by several `WorkerFileReader`s at once, each file given to the reader with
 * the fewest files waiting. Reading a folder cold is almost all normalising and parsing, file by
 * file and independent: spread over the machine's cores it takes a fraction of the time. Each
 * reader keeps its own budget, crash and replacement rules.
 */
export class WorkerReaderPool {
  private readonly readers: { reader: WorkerFileReader; waiting: number }[];

  constructor(options: WorkerFileReaderOptions, threads: number) {
    this.readers = Array.from({ length: Math.max(1, threads) }, () => ({ reader: new WorkerFileReader(options), waiting: 0 }));
  }

  get threads(): number {
    return this.readers.length;
  }

  read(bytes: Uint8Array, kind: UserFileKind): Promise<UserFileAnswer> {
    const least = this.readers.reduce((a, b) => (b.waiting < a.waiting ? b : a));
    least.waiting++;
    return least.reader.read(bytes, kind).finally(() => least.waiting--);
  }

  async dispose(): Promise<void> {
    await Promise.all(this.readers.map(({ reader }) => reader.dispose()));
  }
}

/**
 * A reader thread as the language server and the CLI both start it, from a bundle beside them:
 * the server's own (dist/server.js), or the CLI's reader-only bundle (dist/reader.js), which starts
 * sooner. Each has a heap limit of its own, so a file that would exhaust memory stops only its worker.
 */
export function corpusReaderWorker(bundleDir: string, bundle: ReaderBundle = 'server.js'): Worker {
  return new Worker(join(bundleDir, bundle), { resourceLimits: { maxOldGenerationSizeMb: 512 } });
}

/** The bundles that run `serveCorpusReads` when started as a worker. */
export type ReaderBundle = 'server.js' | 'reader.js';
