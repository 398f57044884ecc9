import { parentPort } from 'node:worker_threads';
import { lintDraft } from '../core/checks/lintDraft';
import type { LintRequest, LintResponse } from './lintProtocol';

/**
 * Runs the drafting checks in a worker thread, so a long draft never stalls the extension host
 * (typing, hovers, other extensions). Bundled as dist/lintWorker.js; no editor API here.
 */
parentPort?.on('message', (request: LintRequest) => {
  let response: LintResponse;
  try {
    response = { id: request.id, result: lintDraft(request.text, request.settings) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
