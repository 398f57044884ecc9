import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

/**
 * dist/server.js, which the extension starts over IPC (`--node-ipc`); the transport is taken from
 * the command line, so `node dist/server.js --stdio` works too (`policy-draft lsp --stdio` is the
 * documented way).
 */
startServer(createConnection(ProposedFeatures.all), { bundleDir: __dirname });
