import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from '../../server/server';
import { UsageError } from '../errors';
import type { Command } from '../io';

/**
 * `policy-draft lsp --stdio`: the language server the extension runs, for any editor that speaks
 * the Language Server Protocol (Neovim, Helix …). It runs until the client sends `exit`.
 */
export const lsp: Command = async (args, io) => {
  if (args.length !== 1 || args[0] !== '--stdio') throw new UsageError('lsp: usage: policy-draft lsp --stdio');
  startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout)), { bundleDir: io.bundleDir });
  // The connection ends the process on `exit`; until then there is nothing to return.
  return new Promise<number>(() => {});
};
