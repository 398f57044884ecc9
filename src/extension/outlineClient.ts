import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { outlinePlan, type PlanOutline } from '../core/outline/planOutline';

export interface OutlineRequest {
  id: number;
  text: string;
}

export type OutlineResponse = { id: number; result: PlanOutline } | { id: number; error: string };

/** A parse running longer than this is abandoned: the worker is ended and started afresh next time. */
const timeoutMs = 20_000;

interface Pending {
  resolve(result: PlanOutline): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Computes outlines in a worker thread (dist/outlineWorker.js beside the bundle), in the order asked.
 * When the worker bundle is missing (running from source), it parses inline instead.
 */
export class OutlineClient {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly inline: boolean;

  constructor(private readonly workerFile = join(__dirname, 'outlineWorker.js')) {
    this.inline = !existsSync(workerFile);
  }

  outline(text: string): Promise<PlanOutline> {
    if (this.inline) return Promise.resolve(outlinePlan(text));
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<PlanOutline>((resolve, reject) => {
      const timer = setTimeout(() => this.stop(new Error(`parsing took longer than ${timeoutMs / 1000} s and was stopped`)), timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      const request: OutlineRequest = { id, text };
      worker.postMessage(request);
    });
  }

  dispose(): void {
    this.stop(new Error('the extension is shutting down'));
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile);
    worker.on('message', (response: OutlineResponse) => {
      const pending = this.pending.get(response.id);
      if (!pending) return;
      this.pending.delete(response.id);
      clearTimeout(pending.timer);
      if ('error' in response) pending.reject(new Error(response.error));
      else pending.resolve(response.result);
    });
    worker.on('error', (error) => this.stop(error));
    worker.on('exit', () => {
      if (this.worker === worker) this.stop(new Error('the outline worker stopped'));
    });
    this.worker = worker;
    return worker;
  }

  /** Ends the worker and fails whatever was waiting on it; the next request starts a new one. */
  private stop(error: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    for (const pending of this.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    this.pending.clear();
    void worker?.terminate();
  }
}
