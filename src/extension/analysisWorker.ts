import { parentPort } from 'node:worker_threads';
import { analyse, type AnalysisRequest, type AnalysisResponse } from './analysisProtocol';

/**
 * Runs the drafting checks, the parses behind the outline and the hover, and the reading of Word
 * files in a worker thread, so a long draft or document never stalls the extension host (typing, hovers, other extensions). Bundled as
 * dist/analysisWorker.js; no editor API here.
 */
parentPort?.on('message', (request: AnalysisRequest) => {
  // Reading a Word file is asynchronous; the rest answers at once.
  new Promise((resolve) => resolve(analyse(request.kind, request.input))).then(
    (result) => parentPort?.postMessage({ id: request.id, result } as AnalysisResponse),
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } as AnalysisResponse),
  );
});
