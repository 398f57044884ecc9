import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { serveCorpusReads } from './corpusReader';
import { startServer } from './server';

/**
 * dist/server.js, which the extension starts over IPC (`--node-ipc`); the transport is taken from
 * the command line, so `node dist/server.js --stdio` works too (`policy-draft lsp --stdio` is the
 * documented way). Started as a worker thread, the same bundle reads own-corpus files for the
 * server (one bundle shipped, not two copies of the readers).
 */
if (isMainThread) startServer(createConnection(ProposedFeatures.all), { bundleDir: __dirname });
else serveCorpusReads();
