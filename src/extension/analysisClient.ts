import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyse, type Analyses, type AnalysisKind, type AnalysisRequest, type AnalysisResponse } from './analysisProtocol';

/** An analysis running longer than this is stopped: the worker is ended and started afresh next time. */
const timeoutMs = 20_000;

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Runs analyses in one worker thread (dist/analysisWorker.js beside the bundle), in the order asked.
 * Callers drop results for outdated document versions. When the worker bundle is missing (running
 * from source), analyses run inline instead.
 */
export class AnalysisClient {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly inline: boolean;

  constructor(private readonly workerFile = join(__dirname, 'analysisWorker.js')) {
    this.inline = !existsSync(workerFile);
  }

  run<K extends AnalysisKind>(kind: K, input: Analyses[K]['input']): Promise<Analyses[K]['result']> {
    if (this.inline) return new Promise((resolve) => resolve(analyse(kind, input)));
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.stop(new Error(`the ${kind} analysis took longer than ${timeoutMs / 1000} s and was stopped`)), timeoutMs);
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject, timer });
      worker.postMessage({ id, kind, input } as AnalysisRequest);
    });
  }

  dispose(): void {
    this.stop(new Error('the extension is shutting down'));
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile);
    worker.on('message', (response: AnalysisResponse) => {
      const pending = this.pending.get(response.id);
      if (!pending) return;
      this.pending.delete(response.id);
      clearTimeout(pending.timer);
      if ('error' in response) pending.reject(new Error(response.error));
      else pending.resolve(response.result);
    });
    worker.on('error', (error) => this.stop(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.stop(new Error(`the analysis worker exited (code ${code})`));
    });
    // The worker must not keep the extension host alive on shutdown.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Ends the worker and fails whatever it was doing; the next request starts a new one. */
  private stop(reason: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    for (const pending of this.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(reason);
    }
    this.pending.clear();
    void worker?.terminate();
  }
}

let shared: AnalysisClient | undefined;

/** The one analysis worker every feature uses, so a window runs one extra thread, not one per feature. */
export function sharedAnalysisClient(subscriptions: { dispose(): unknown }[]): AnalysisClient {
  if (!shared) {
    const client = new AnalysisClient();
    shared = client;
    subscriptions.push({ dispose: () => { client.dispose(); shared = undefined; } });
  }
  return shared;
}
