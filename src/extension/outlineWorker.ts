import { parentPort } from 'node:worker_threads';
import { outlinePlan } from '../core/outline/planOutline';
import type { OutlineRequest, OutlineResponse } from './outlineClient';

/**
 * Parses documents for the Outline view and folding in a worker thread: a long plan takes tens of
 * milliseconds to parse, which must not stall typing in the extension host. Bundled as
 * dist/outlineWorker.js; no editor API here.
 */
parentPort?.on('message', (request: OutlineRequest) => {
  let response: OutlineResponse;
  try {
    response = { id: request.id, result: outlinePlan(request.text) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
