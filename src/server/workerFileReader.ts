import { Worker } from 'node:worker_threads';
import type { ImportOptions } from '../core/import/importPage';
import type { ImportOutcome, PageText } from '../core/userCorpus/importDocument';
import type { UserFileAnswer } from '../core/userCorpus/encodedResult';
import type { UserFileKind } from '../core/userCorpus/folderSource';
import { ReaderCrashError, TransientReadError } from '../core/userCorpus/readUserFile';

/**
 * Own-corpus files, and the pages Import Document cleans, read in a worker thread of the language
 * server, one at a time, each within a time budget. Normalising and parsing a hostile page takes
 * seconds of CPU: on the server's own thread that would hold every hover and diagnostic behind it.
 * A job over its budget stops the worker (the only way to stop synchronous code) and only that job
 * fails, as a `TransientReadError`, which is never cached; the jobs queued behind it go to a fresh
 * worker. A worker that crashes or runs out of memory on a job fails it as a `ReaderCrashError`,
 * which the cache tries once more and, on a second crash, keeps as a verdict on the bytes.
 */

/**
 * What the worker is asked to do: read an own-corpus file, or, for Import Document, get a file's
 * text (`pageText`) and clean a page into a corpus document (`import`).
 */
export type ReaderJob =
  { job: 'file'; bytes: Uint8Array; kind: UserFileKind } | { job: 'pageText'; bytes: Uint8Array; name: string } | { job: 'import'; page: string; options: ImportOptions };

interface JobResults {
  /** Encoded by the reader (`encodeUserFileResult`): the cache's JSON, parsed once on this side. */
  file: UserFileAnswer;
  pageText: PageText;
  import: ImportOutcome;
}
export type JobResult<J extends ReaderJob> = JobResults[J['job']];

/** What the worker is sent: one job. */
export type ReadRequest = ReaderJob & { id: number };

/** What it answers: the job's result, or the message of what it threw. */
export type ReadResponse = { id: number; result: JobResults[keyof JobResults] } | { id: number; error: string };

export interface WorkerFileReaderOptions {
  /** Starts a worker that answers `ReadRequest`s with `ReadResponse`s (dist/server.js). */
  spawn: () => Worker;
  /** Time one file may take, from when the worker starts on it. */
  budgetMs: number;
  /**
   * Jobs handed to the worker at once (default 1). With more, the next job is already in the
   * worker's queue when it posts an answer, so it never waits for this thread to send one: on a
   * loaded machine that wait (this thread being scheduled) left the CLI's readers idle 40% of the
   * time. A job handed over can no longer be overtaken, so the server, whose imports go before the
   * files queued, keeps one.
   */
  depth?: number;
}

interface Pending {
  request: ReadRequest;
  resolve: (result: JobResults[keyof JobResults]) => void;
  reject: (error: Error) => void;
}

/** How each job's stop is worded: `reading took over 10 s and was stopped`. */
const doing: Record<ReaderJob['job'], string> = { file: 'reading', pageText: 'reading', import: 'cleaning the page' };

/** A file that takes this long is not a plan we can read while the drafter waits (the slowest hostile file: under 4 s). */
export const defaultReadBudgetMs = 10_000;

export class WorkerFileReader {
  private worker: Worker | undefined;
  private readonly queue: Pending[] = [];
  /** The jobs handed to the worker, in the order it runs them: the first is the one it is on. */
  private readonly handed: Pending[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the worker has started and runs the reader's code. */
  private online = false;
  private nextId = 0;
  private disposed = false;

  constructor(private readonly options: WorkerFileReaderOptions) {}

  /** Reads one file; rejects with `TransientReadError` when it ran out of time, `ReaderCrashError` when the worker died on it. */
  read(bytes: Uint8Array, kind: UserFileKind): Promise<UserFileAnswer> {
    return this.run({ job: 'file', bytes, kind });
  }

  /**
   * Runs one job, with the same budget and failures as `read`. A drafter waits on an import, not
   * on a folder scan: its jobs go before the files queued.
   */
  run<J extends ReaderJob>(job: J): Promise<JobResult<J>> {
    if (this.disposed) return Promise.reject(new TransientReadError('the corpus reader has stopped'));
    return new Promise((resolve, reject) => {
      const pending: Pending = { request: { ...job, id: this.nextId++ }, resolve: resolve as Pending['resolve'], reject };
      if (job.job === 'file') this.queue.push(pending);
      else this.queue.splice(this.queue.findIndex((p) => p.request.job === 'file') >>> 0, 0, pending);
      this.pump();
    });
  }

  /** Stops the worker; reads still queued fail as transient. */
  async dispose(): Promise<void> {
    this.disposed = true;
    const stopped = new TransientReadError('the corpus reader has stopped');
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const pending of [...this.handed.splice(0), ...this.queue.splice(0)]) pending.reject(stopped);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private pump(): void {
    if (this.disposed) return;
    // An idle worker does not keep the process alive; one with a file does (a CLI run waits for it).
    if (this.handed.length === 0 && this.queue.length === 0) return void this.worker?.unref();
    const depth = Math.max(1, this.options.depth ?? 1);
    while (this.handed.length < depth && this.queue.length > 0) {
      const pending = this.queue.shift()!;
      const worker = this.ensureWorker();
      worker.ref();
      this.handed.push(pending);
      // The bytes are copied, not moved: the caller still hashes them for the cache.
      worker.postMessage(pending.request);
    }
    // The budget is the file's: a worker still starting (a second or more on a loaded machine) does not spend it.
    if (this.online) this.startClock();
  }

  /** Starts the budget of the job the worker is on, when it has none running. */
  private startClock(): void {
    const current = this.handed[0];
    if (!current || this.timer) return;
    const seconds = Math.round(this.options.budgetMs / 100) / 10;
    const what = doing[current.request.job];
    this.timer = setTimeout(() => this.fail(new TransientReadError(`${what} took over ${seconds} s and was stopped`)), this.options.budgetMs);
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
      const pending = this.handed[0];
      if (worker !== this.worker || !pending || pending.request.id !== response.id) return;
      clearTimeout(this.timer);
      this.timer = undefined;
      this.handed.shift();
      // The worker goes straight on to the next job handed to it: its budget starts now.
      this.startClock();
      if ('result' in response) pending.resolve(response.result);
      // The reader threw on a file's bytes: a verdict on the file like any other refusal.
      else if (pending.request.job === 'file') pending.resolve({ ok: false, reason: `could not be read: ${response.error}` });
      else pending.reject(new Error(response.error));
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
    // Idle, it does not keep the process alive (the CLI's `lsp` ends on `exit`): see `pump`.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /**
   * The job the worker is on fails; the worker is replaced and the queue goes on, with the jobs
   * handed to the stopped worker but not begun first, in their order.
   */
  private fail(error: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    clearTimeout(this.timer);
    this.timer = undefined;
    const [current, ...notBegun] = this.handed.splice(0);
    this.queue.unshift(...notBegun);
    current?.reject(error);
    this.pump();
  }
}
