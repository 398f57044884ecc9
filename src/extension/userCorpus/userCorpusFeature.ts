import * as vscode from 'vscode';
import { corpusService } from '../corpusService';
import type { Feature } from '../feature';
import { UserCorpusService } from './userCorpusService';

let service: UserCorpusService | undefined;

/** The running service (the import command offers its folders). */
export function userCorpusService(): UserCorpusService | undefined {
  return service;
}

/**
 * Indexes the folders of `policyDraft.corpus.folders` next to the bundled corpus. Activation does
 * not wait for the scan: hovers and search use the bundled corpus until the user's is ready.
 */
export const userCorpus: Feature = (context) => {
  const current = new UserCorpusService(context);
  service = current;
  const corpus = corpusService(context);
  context.subscriptions.push(
    current,
    current.onDidChange(() => corpus.setUserDocuments(current.documents())),
    { dispose: () => (service = service === current ? undefined : service) },
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('policyDraft.corpus.folders')) void current.refresh();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void current.refresh()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void current.refresh()),
  );
  void current.refresh();
};
