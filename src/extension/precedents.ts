import * as vscode from 'vscode';
import { sharedAnalysisClient } from './analysisClient';
import { searchCorpus, searchCorpusCommand } from './corpusSearch';
import { corpusService } from './corpusService';
import { CorpusContentProvider, corpusScheme } from './corpusView';
import type { Feature } from './feature';
import { PrecedentHoverProvider } from './precedentHover';
import { insertPrecedent, insertPrecedentCommand, openPrecedent, openPrecedentCommand } from './precedentCommands';

/**
 * Precedents in the editor: the hover, the corpus search palette, the read-only corpus view and
 * the open/insert commands. Nothing is loaded here; the corpus loads on the first hover or search.
 */
export const precedents: Feature = (context) => {
  const corpus = corpusService(context);
  const commands: Record<string, (...args: unknown[]) => unknown> = {
    [searchCorpusCommand]: (initial?: unknown) => searchCorpus(corpus, typeof initial === 'string' ? initial : ''),
    [openPrecedentCommand]: (ref?: unknown) => openPrecedent(corpus, ref),
    [insertPrecedentCommand]: (ref?: unknown) => insertPrecedent(corpus, ref),
  };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(corpusScheme, new CorpusContentProvider(corpus)),
    // Every language: the provider itself checks the `languages` setting, which may change.
    vscode.languages.registerHoverProvider('*', new PrecedentHoverProvider(corpus, sharedAnalysisClient(context.subscriptions))),
    ...Object.entries(commands).map(([id, handler]) => vscode.commands.registerCommand(id, handler)),
  );
};
