import { parentPort } from 'node:worker_threads';
import { analyse, type AnalysisRequest, type AnalysisResponse } from './analysisProtocol';

/**
 * Runs the drafting checks and the parses behind the outline and the hover in a worker thread, so a
 * long draft never stalls the extension host (typing, hovers, other extensions). Bundled as
 * dist/analysisWorker.js; no editor API here.
 */
parentPort?.on('message', (request: AnalysisRequest) => {
  let response: AnalysisResponse;
  try {
    response = { id: request.id, result: analyse(request.kind, request.input) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
