import * as vscode from 'vscode';
import { CorpusClient } from './corpusClient';
import { DraftServer } from './draftServer';
import { draftOutputs } from './draftOutputs';
import type { Feature, Services } from './feature';
import { newPlanFeature } from './newPlan';
import { ownCorpus } from './ownCorpus';
import { precedents } from './precedents';
import { renumberFeature } from './renumber';
import { shippedDocs } from './shippedDocs';
import { skippedDrafts } from './skippedDrafts';
import { importDocument } from './userCorpus/importDocumentCommand';
import { UserCorpusFolders } from './userCorpus/userCorpusFolders';

/** Every capability the extension host registers itself, in order; the language server does the rest. */
const features: Feature[] = [newPlanFeature, skippedDrafts, precedents, ownCorpus, importDocument, renumberFeature, draftOutputs, shippedDocs];

/** What `activate` returns, so end-to-end tests can await readiness instead of sleeping. */
export interface PolicyDraftApi {
  readonly version: string;
}

/** Stopped on deactivation, so the server process ends with the window. */
let running: DraftServer | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PolicyDraftApi> {
  try {
    const server = new DraftServer(context);
    running = server;
    const corpus = new CorpusClient(server);
    const folders = new UserCorpusFolders(server);
    const services: Services = { server, corpus, folders };
    context.subscriptions.push(
      server,
      corpus,
      folders,
      // The server sees the documents of the languages named when it started.
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('policyDraft.languages')) void server.restart();
      }),
    );
    for (const feature of features) await feature(context, services);
    await server.ready();
    return { version: String(context.extension.packageJSON.version) };
  } catch (error) {
    // VS Code shows nothing by itself when activation fails; say it, then let VS Code record it.
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Policy Drafting Assistant failed to start: {0}', message));
    throw error;
  }
}

export function deactivate(): Promise<void> | undefined {
  const server = running;
  running = undefined;
  return server?.dispose();
}
