import * as vscode from 'vscode';
import { draftChecks } from './draftChecks';
import type { Feature } from './feature';
import { newPlanFeature } from './newPlan';
import { precedents } from './precedents';
import { outline } from './outline';
import { importDocument } from './userCorpus/importDocumentCommand';
import { userCorpus } from './userCorpus/userCorpusFeature';

/** Every capability, registered in order at activation. */
const features: Feature[] = [newPlanFeature, outline, draftChecks, precedents, userCorpus, importDocument];

/** What `activate` returns, so end-to-end tests can await readiness instead of sleeping. */
export interface PolicyDraftApi {
  readonly version: string;
}

export async function activate(context: vscode.ExtensionContext): Promise<PolicyDraftApi> {
  try {
    for (const feature of features) await feature(context);
    return { version: String(context.extension.packageJSON.version) };
  } catch (error) {
    // VS Code shows nothing by itself when activation fails; say it, then let VS Code record it.
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Policy Drafting Assistant failed to start: {0}', message));
    throw error;
  }
}

export function deactivate(): void {}
