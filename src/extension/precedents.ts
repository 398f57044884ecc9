import * as vscode from 'vscode';
import { corpusScheme, insertPrecedentCommand, openPrecedentCommand } from '../server/protocol';
import { searchCorpus, searchCorpusCommand } from './corpusSearch';
import { CorpusContentProvider } from './corpusView';
import type { Feature } from './feature';
import { insertPrecedent, openPrecedent } from './precedentCommands';

/**
 * Precedents in the editor beyond the hover (which the language server answers): the corpus
 * search palette, the read-only corpus view and the open/insert commands behind the hover's links.
 */
export const precedents: Feature = (context, { corpus }) => {
  const commands: Record<string, (...args: unknown[]) => unknown> = {
    [searchCorpusCommand]: (initial?: unknown) => searchCorpus(corpus, typeof initial === 'string' ? initial : ''),
    [openPrecedentCommand]: (ref?: unknown) => openPrecedent(corpus, ref),
    [insertPrecedentCommand]: (ref?: unknown) => insertPrecedent(corpus, ref),
  };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(corpusScheme, new CorpusContentProvider(corpus)),
    ...Object.entries(commands).map(([id, handler]) => vscode.commands.registerCommand(id, handler)),
  );
};
