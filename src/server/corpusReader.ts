import { parentPort } from 'node:worker_threads';
import { readProjectUserFile } from '../core/userCorpus/projectReader';
import type { ReadRequest, ReadResponse } from './workerFileReader';

/**
 * The worker thread in which the language server reads own-corpus files (see
 * `WorkerFileReader`), so their normalising and parsing never holds up a hover. It runs the
 * server's own bundle (dist/server.js), started as a worker.
 */
export function serveCorpusReads(): void {
  parentPort?.on('message', (request: ReadRequest) => {
    readProjectUserFile(request.bytes, request.kind).then(
      (result) => parentPort!.postMessage({ id: request.id, result } satisfies ReadResponse),
      (error: unknown) => parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies ReadResponse),
    );
  });
}
