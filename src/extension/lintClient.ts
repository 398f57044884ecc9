import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { lintDraft, type LintResult } from '../core/checks/lintDraft';
import type { Settings } from '../core/settings';
import type { LintRequest, LintResponse } from './lintProtocol';

/** A check running longer than this is stopped: the worker is ended and started afresh next time. */
const timeoutMs = 20_000;

interface Pending {
  resolve(result: LintResult): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Runs `lintDraft` in a worker thread (dist/lintWorker.js beside the bundle), one request at a time
 * in the order asked. The caller drops results for outdated document versions. When the worker
 * bundle is missing (tests from source), the checks run inline instead.
 */
export class LintClient {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly inline: boolean;

  constructor(private readonly workerFile = join(__dirname, 'lintWorker.js')) {
    this.inline = !existsSync(workerFile);
  }

  lint(text: string, settings: Settings): Promise<LintResult> {
    if (this.inline) return Promise.resolve(lintDraft(text, settings));
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<LintResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.stop(new Error(`the check took longer than ${timeoutMs / 1000} s and was stopped`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      const request: LintRequest = { id, text, settings };
      worker.postMessage(request);
    });
  }

  dispose(): void {
    this.stop(new Error('the extension is shutting down'));
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile);
    worker.on('message', (response: LintResponse) => {
      const pending = this.pending.get(response.id);
      if (!pending) return;
      this.pending.delete(response.id);
      clearTimeout(pending.timer);
      if ('error' in response) pending.reject(new Error(response.error));
      else pending.resolve(response.result);
    });
    worker.on('error', (error) => this.stop(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.stop(new Error(`the check worker exited (code ${code})`));
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
