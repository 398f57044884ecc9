import * as vscode from 'vscode';
import type { Feature } from './feature';

/**
 * Indexes the folders of `policyDraft.corpus.folders` next to the bundled corpus (in the language
 * server). Activation does not wait for the scan: hovers and search use the bundled corpus until
 * the user's is ready.
 */
export const ownCorpus: Feature = (context, { folders }) => {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('policyDraft.corpus.folders')) folders.refresh();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => folders.refresh()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => folders.refresh()),
  );
};
