import { Worker } from 'node:worker_threads';
import type { UserFileKind } from '../core/userCorpus/folderSource';
import { ReaderCrashError, TransientReadError } from '../core/userCorpus/readUserFile';
import type { UserFileResult } from '../core/userCorpus/userDocument';

/**
 * Own-corpus files read in a worker thread of the language server, one at a time, each within a
 * time budget. Normalising and parsing a hostile page takes seconds of CPU: on the server's own
 * thread that would hold every hover and diagnostic behind it. A file over its budget stops the
 * worker (the only way to stop synchronous code) and only that file fails, as a
 * `TransientReadError`, which is never cached; the files queued behind it go to a fresh worker.
 * A worker that crashes or runs out of memory on a file fails it as a `ReaderCrashError`, which
 * the cache tries once more and, on a second crash, keeps as a verdict on the bytes.
 */

/** What the worker is sent: one file's bytes and kind. */
export interface ReadRequest {
  id: number;
  bytes: Uint8Array;
  kind: UserFileKind;
}

/** What it answers: the file's result, or the message of what it threw. */
export type ReadResponse = { id: number; result: UserFileResult } | { id: number; error: string };

export interface WorkerFileReaderOptions {
  /** Starts a worker that answers `ReadRequest`s with `ReadResponse`s (dist/server.js). */
  spawn: () => Worker;
  /** Time one file may take, from when it is handed to the worker. */
  budgetMs: number;
}

interface Pending {
  request: ReadRequest;
  resolve: (result: UserFileResult) => void;
  reject: (error: TransientReadError) => void;
}

/** A file that takes this long is not a plan we can read while the drafter waits (the slowest hostile file: under 4 s). */
export const defaultReadBudgetMs = 10_000;

export class WorkerFileReader {
  private worker: Worker | undefined;
  private readonly queue: Pending[] = [];
  private current: { pending: Pending; timer: ReturnType<typeof setTimeout> | undefined } | undefined;
  /** Whether the worker has started and runs the reader's code. */
  private online = false;
  private nextId = 0;
  private disposed = false;

  constructor(private readonly options: WorkerFileReaderOptions) {}

  /** Reads one file; rejects with `TransientReadError` when it ran out of time, `ReaderCrashError` when the worker died on it. */
  read(bytes: Uint8Array, kind: UserFileKind): Promise<UserFileResult> {
    if (this.disposed) return Promise.reject(new TransientReadError('the corpus reader has stopped'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, bytes, kind }, resolve, reject });
      this.pump();
    });
  }

  /** Stops the worker; reads still queued fail as transient. */
  async dispose(): Promise<void> {
    this.disposed = true;
    const stopped = new TransientReadError('the corpus reader has stopped');
    if (this.current) {
      clearTimeout(this.current.timer);
      this.current.pending.reject(stopped);
      this.current = undefined;
    }
    for (const pending of this.queue.splice(0)) pending.reject(stopped);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private pump(): void {
    if (this.current || this.disposed) return;
    const pending = this.queue.shift();
    if (!pending) return;
    const worker = this.ensureWorker();
    this.current = { pending, timer: undefined };
    // The budget is the file's: a worker still starting (a second or more on a loaded machine) does not spend it.
    if (this.online) this.startClock();
    // The bytes are copied, not moved: the caller still hashes them for the cache.
    worker.postMessage(pending.request);
  }

  private startClock(): void {
    if (!this.current || this.current.timer) return;
    const seconds = Math.round(this.options.budgetMs / 100) / 10;
    this.current.timer = setTimeout(() => this.fail(new TransientReadError(`reading took over ${seconds} s and was stopped`)), this.options.budgetMs);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.options.spawn();
    this.online = false;
    worker.on('online', () => {
      if (worker !== this.worker) return;
      this.online = true;
      this.startClock();
    });
    worker.on('message', (response: ReadResponse) => {
      const current = this.current;
      if (worker !== this.worker || !current || current.pending.request.id !== response.id) return;
      clearTimeout(current.timer);
      this.current = undefined;
      // The reader threw on these bytes: a verdict on the file like any other refusal.
      current.pending.resolve('result' in response ? response.result : { ok: false, reason: `could not be read: ${response.error}` });
      this.pump();
    });
    // A worker that dies before it runs the reader (a missing bundle) says nothing about the file.
    const died = (message: string) => (this.online ? new ReaderCrashError(message) : new TransientReadError(message));
    worker.on('error', (error) => {
      if (worker === this.worker) this.fail(died(`the corpus reader stopped (${error.message})`));
    });
    worker.on('exit', (code) => {
      if (worker === this.worker) this.fail(died(`the corpus reader exited (code ${code})`));
    });
    // An idle worker does not keep the process alive (the CLI's `lsp` ends on `exit`).
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** The file in the worker fails; the worker is replaced and the queue goes on. */
  private fail(error: TransientReadError): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    const current = this.current;
    this.current = undefined;
    if (current) {
      clearTimeout(current.timer);
      current.pending.reject(error);
    }
    this.pump();
  }
}
