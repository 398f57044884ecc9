import { parentPort } from 'node:worker_threads';
import { encodeUserFileResult } from '../core/userCorpus/encodedResult';
import { importForCorpus, pageTextOf } from '../core/userCorpus/importDocument';
import { readProjectUserFile } from '../core/userCorpus/projectReader';
import type { JobResult, ReaderJob, ReadRequest, ReadResponse } from './workerFileReader';

/**
 * The worker thread in which the language server reads own-corpus files and cleans pages to
 * import (see `WorkerFileReader`), so their normalising and parsing never holds up a hover. It
 * runs the server's own bundle (dist/server.js), started as a worker.
 */
export function serveCorpusReads(): void {
  parentPort?.on('message', (request: ReadRequest) => {
    run(request).then(
      (result) => parentPort!.postMessage({ id: request.id, result } satisfies ReadResponse),
      (error: unknown) => parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies ReadResponse),
    );
  });
}

async function run(job: ReaderJob): Promise<JobResult<ReaderJob>> {
  switch (job.job) {
    case 'file':
      // As the cache's JSON: one string to copy to the taking thread, which stores it as it is.
      return encodeUserFileResult(await readProjectUserFile(job.bytes, job.kind));
    case 'pageText':
      return pageTextOf(job.bytes, job.name);
    case 'import':
      return importForCorpus(job.page, job.options);
  }
}
